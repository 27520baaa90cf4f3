import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/renderer/keyboard/field-keyboard.js';
import type { KioskFieldKeyboard } from '../../src/renderer/keyboard/field-keyboard.js';
import { demoContent, tap, until } from './helpers.js';

/** A form like the consultation form: its fields live in a shadow root and listen to `input`. */
class TestForm extends LitElement {
  static override properties = { question: { state: true }, mobile: { state: true } };
  declare question: string;
  declare mobile: string;
  constructor() {
    super();
    this.question = '';
    this.mobile = '';
  }
  override render() {
    return html`<label
        >问题
        <textarea
          id="q"
          .value=${this.question}
          @input=${(e: InputEvent) => (this.question = (e.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>
      <label
        >手机
        <input
          id="m"
          type="tel"
          maxlength="11"
          .value=${this.mobile}
          @input=${(e: InputEvent) => (this.mobile = (e.target as HTMLInputElement).value)}
      /></label>
      <label>同意 <input id="c" type="checkbox" /></label>`;
  }
}
customElements.define('test-consult-form', TestForm);

async function setup() {
  const { engine } = await demoContent();
  const root = await fixture<HTMLDivElement>(
    html`<div lang="zh-CN">
      <test-consult-form></test-consult-form>
      <yz-kiosk-field-keyboard .engine=${engine}></yz-kiosk-field-keyboard>
    </div>`,
  );
  const form = root.querySelector<TestForm>('test-consult-form')!;
  const dock = root.querySelector<KioskFieldKeyboard>('yz-kiosk-field-keyboard')!;
  await form.updateComplete;
  const field = (id: string) => form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
  const key = (button: string): HTMLButtonElement | null =>
    dock
      .shadowRoot!.querySelector('yz-kiosk-keyboard')
      ?.shadowRoot?.querySelector<HTMLButtonElement>(`button[data-skbtn="${button}"]`) ?? null;
  const candidates = () => [
    ...(dock
      .shadowRoot!.querySelector('yz-kiosk-keyboard')
      ?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.candidate') ?? []),
  ];
  return { form, dock, field, key, candidates };
}

async function openFor(dock: KioskFieldKeyboard, field: HTMLElement, key: (b: string) => HTMLButtonElement | null) {
  field.focus();
  await until(() => dock.open && key('q') !== null, 'keyboard open');
}

describe('yz-kiosk-field-keyboard', () => {
  it('opens for a text field inside a widget and types Chinese at the caret by touch', async () => {
    const { form, dock, field, key, candidates } = await setup();
    expect(dock.open).to.equal(false);
    await openFor(dock, field('q'), key);
    for (const k of ['s', 'b']) await tap(key(k)!);
    await until(() => candidates().length > 0, 'candidates');
    await tap(candidates().find((b) => b.textContent!.trim() === '商标')!);
    await tap(key('{space}')!);
    await tap(key('z')!);
    await tap(key('{bksp}')!);
    for (const k of ['z', 'h', 'i', 'y', 'a']) await tap(key(k)!);
    await until(() => candidates().some((b) => b.textContent!.trim() === '质押'), 'candidates');
    await tap(candidates().find((b) => b.textContent!.trim() === '质押')!);
    await tap(key('？')!);
    expect(form.question).to.equal('商标 质押？');
    expect(form.shadowRoot!.activeElement).to.equal(field('q'));
  });

  it('types digits into a phone field and respects its length limit', async () => {
    const { form, dock, field, key } = await setup();
    await openFor(dock, field('m'), key);
    for (const d of '138001380001234') await tap(key(d)!);
    expect(form.mobile).to.equal('13800138000');
    await tap(key('{clear}')!);
    expect(form.mobile).to.equal('');
  });

  it('follows focus from field to field inside one widget', async () => {
    const { form, dock, field, key } = await setup();
    await openFor(dock, field('q'), key);
    field('m').focus();
    await tap(key('1')!);
    expect(form.mobile).to.equal('1');
    expect(form.question).to.equal('');
  });

  it('stays away from checkboxes and closes when focus leaves the field, or on Hide', async () => {
    const { dock, field, key } = await setup();
    field('c').focus();
    await dock.updateComplete;
    expect(dock.open).to.equal(false);
    await openFor(dock, field('q'), key);
    field('c').focus();
    await until(() => !dock.open, 'closed');
    await openFor(dock, field('q'), key);
    await tap(dock.shadowRoot!.querySelector('[data-action="hide-keyboard"]')!);
    await until(() => !dock.open, 'hidden');
    expect(document.activeElement).not.to.equal(field('q'));
  });

  it('never opens where search has its own keyboard, and passes axe when open', async () => {
    const { dock, field, key } = await setup();
    dock.disabled = true;
    await dock.updateComplete;
    field('q').focus();
    await dock.updateComplete;
    expect(dock.open).to.equal(false);
    field('q').blur();
    dock.disabled = false;
    await dock.updateComplete;
    await openFor(dock, field('q'), key);
    await expect(dock).to.be.accessible();
  });
});
