import { defineElement } from '../internal/define.js';
import '../yz-rating/define.js';
import { YzConsultForm } from './yz-consult-form.js';
import { YzItemPicker } from './yz-item-picker.js';

defineElement('yz-item-picker', YzItemPicker);
defineElement('yz-consult-form', YzConsultForm);

declare global {
  interface HTMLElementTagNameMap {
    'yz-consult-form': YzConsultForm;
    'yz-item-picker': YzItemPicker;
  }
}
