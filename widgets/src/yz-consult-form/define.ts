import { defineElement } from '../internal/define.js';
import { whenIdle } from '../internal/idle.js';
import { YzConsultForm } from './yz-consult-form.js';
import { YzItemPicker } from './yz-item-picker.js';

defineElement('yz-item-picker', YzItemPicker);
defineElement('yz-consult-form', YzConsultForm);

// The receipt asks for a rating (<yz-rating>) only after the visitor has written and sent a
// question: its code loads once the page is idle rather than before the form can first render,
// still early enough (and while online) for a receipt given offline to take a rating too.
whenIdle(() => {
  import('../yz-rating/define.js').catch(() => {
    // Offline at that moment: the consultation progress page loads it again when opened.
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'yz-consult-form': YzConsultForm;
    'yz-item-picker': YzItemPicker;
  }
}
