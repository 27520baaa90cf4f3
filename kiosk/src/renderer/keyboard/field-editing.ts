import { KEY, pinyinStart } from './compose.js';

/**
 * Typing into a form field from the on-screen keyboard, the way a hardware keyboard would: through
 * the browser's editing commands at the caret, so the field's own `input` events, `maxlength`,
 * undo and caret behave as usual and any widget (yz-consult-form, its item picker) just works.
 */
export type TextField = HTMLInputElement | HTMLTextAreaElement;

const TEXT_INPUTS = new Set(['text', 'search', 'tel', 'email', 'url', '']);

/** A field a visitor types text into (not a checkbox, not read-only, not disabled). */
export function isTextField(node: unknown): node is TextField {
  if (node instanceof HTMLTextAreaElement) return !node.readOnly && !node.disabled;
  return (
    node instanceof HTMLInputElement &&
    TEXT_INPUTS.has(node.getAttribute('type')?.toLowerCase() ?? '') &&
    !node.readOnly &&
    !node.disabled
  );
}

/** The focused element, through shadow roots. */
export function deepActiveElement(root: Document = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Email fields have no caret API; their caret is taken to be at the end. */
function caret(field: TextField): number {
  try {
    return field.selectionStart ?? field.value.length;
  } catch {
    return field.value.length;
  }
}

export function textBeforeCaret(field: TextField): string {
  return field.value.slice(0, caret(field));
}

function select(field: TextField, start: number, end: number): boolean {
  try {
    field.setSelectionRange(start, end);
    return true;
  } catch {
    return false;
  }
}

function announce(field: TextField, inputType: string, data: string | null): void {
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType, data }));
}

function insert(field: TextField, text: string): void {
  field.focus({ preventScroll: true });
  // execCommand is deprecated but still the one way to edit "as the user" (events, undo, maxlength).
  if (field.ownerDocument.execCommand('insertText', false, text)) return;
  const at = caret(field);
  const room = field.maxLength >= 0 ? Math.max(0, field.maxLength - field.value.length) : text.length;
  const piece = text.slice(0, room);
  field.value = field.value.slice(0, at) + piece + field.value.slice(at);
  select(field, at + piece.length, at + piece.length);
  announce(field, 'insertText', piece);
}

function deleteBackward(field: TextField): void {
  field.focus({ preventScroll: true });
  if (field.ownerDocument.execCommand('delete')) return;
  const at = caret(field);
  if (at === 0) return;
  const before = Array.from(field.value.slice(0, at)).slice(0, -1).join('');
  field.value = before + field.value.slice(at);
  select(field, before.length, before.length);
  announce(field, 'deleteContentBackward', null);
}

/** Apply one key of the on-screen keyboard to the field. */
export function typeInto(field: TextField, button: string): void {
  if (button === KEY.backspace) return deleteBackward(field);
  if (button === KEY.clear) {
    field.focus({ preventScroll: true });
    field.select();
    if (!field.ownerDocument.execCommand('delete')) {
      field.value = '';
      announce(field, 'deleteContent', null);
    }
    return;
  }
  if (button === KEY.space) return insert(field, ' ');
  if (button.startsWith('{')) return;
  insert(field, button);
}

/** Put a chosen word in place of the pinyin just before the caret. */
export function chooseInto(field: TextField, word: string): void {
  const end = caret(field);
  const start = pinyinStart(field.value.slice(0, end));
  field.focus({ preventScroll: true });
  if (start < end && !select(field, start, end)) {
    for (let i = start; i < end; i++) deleteBackward(field);
  }
  insert(field, word);
}
