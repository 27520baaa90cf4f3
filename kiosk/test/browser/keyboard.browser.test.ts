import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/renderer/keyboard/kiosk-keyboard.js';
import type {
  KioskKeyboard,
  KeyboardCandidateDetail,
  KeyboardKeyDetail,
} from '../../src/renderer/keyboard/kiosk-keyboard.js';
import { chooseCandidate, typeKey } from '../../src/renderer/keyboard/compose.js';
import { demoContent, tap, until } from './helpers.js';

/** A real mouse press held on a key for `ms`: pointer down, wait, up. */
async function hold(button: HTMLElement, ms: number): Promise<void> {
  const rect = button.getBoundingClientRect();
  await sendMouse({
    type: 'move',
    position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
  });
  await sendMouse({ type: 'down' });
  await new Promise((resolve) => setTimeout(resolve, ms));
  await sendMouse({ type: 'up' });
}

const key = (el: KioskKeyboard, button: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[data-skbtn="${button}"]`)!;
const candidates = (el: KioskKeyboard) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.candidate')].map((b) => b.textContent!.trim());

/** A keyboard wired the way the search screen wires it: the page keeps the text. */
async function keyboard(lang = 'zh-CN'): Promise<KioskKeyboard> {
  const { engine } = await demoContent();
  const el = await fixture<KioskKeyboard>(html`<yz-kiosk-keyboard lang=${lang} .engine=${engine}></yz-kiosk-keyboard>`);
  el.addEventListener(
    'kiosk-key',
    (e) => (el.value = typeKey(el.value, (e as CustomEvent<KeyboardKeyDetail>).detail.button)),
  );
  el.addEventListener(
    'kiosk-candidate',
    (e) => (el.value = chooseCandidate(el.value, (e as CustomEvent<KeyboardCandidateDetail>).detail.word)),
  );
  await until(() => key(el, 'q') !== null && el.shadowRoot!.querySelector('.hint')?.textContent?.trim() !== '', 'keys');
  return el;
}

describe('yz-kiosk-keyboard', () => {
  it('turns pinyin initials typed by touch into catalogue words', async () => {
    const el = await keyboard();
    await tap(key(el, 's'));
    await tap(key(el, 'b'));
    expect(el.value).to.equal('sb');
    await until(() => candidates(el).length > 0, 'candidates');
    expect(candidates(el)[0]).to.equal('商标');
    expect(candidates(el)).to.include('商标注册');
    const chosen = oneEvent(el, 'kiosk-candidate');
    const word = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.candidate')].find(
      (b) => b.textContent!.trim() === '商标注册',
    )!;
    await tap(word);
    expect((await chosen).detail).to.deep.equal({ word: '商标注册', pinyin: 'sb' });
    expect(el.value).to.equal('商标注册');
  });

  it('deletes and clears by touch, and has spoken names for its function keys', async () => {
    const el = await keyboard();
    el.value = '商标zl';
    await el.updateComplete;
    await tap(key(el, '{bksp}'));
    expect(el.value).to.equal('商标z');
    await tap(key(el, '{clear}'));
    expect(el.value).to.equal('');
    expect(key(el, '{bksp}').getAttribute('aria-label')).to.equal('删除');
    expect(key(el, '{clear}').getAttribute('aria-label')).to.equal('全部清空');
    expect(key(el, 'q').getAttribute('type')).to.equal('button');
  });

  it('a held letter types once; a held ⌫ keeps deleting until let go', async () => {
    const el = await keyboard();
    await hold(key(el, 'a'), 1200);
    expect(el.value).to.equal('a');
    el.value = '商标zhuce';
    await el.updateComplete;
    await hold(key(el, '{bksp}'), 1200);
    expect(el.value.length, el.value).to.be.below(6);
    const after = el.value;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(el.value, 'no repeat after the press ends').to.equal(after);
  });

  it('says when there is nothing to offer, in the page language', async () => {
    const el = await keyboard('en');
    el.value = 'xq';
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('.hint') !== null || candidates(el).length > 0, 'bar');
    el.value = 'qqqq';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.hint')?.textContent).to.contain('No words for “qqqq”');
    expect(key(el, '{bksp}').getAttribute('aria-label')).to.equal('Delete');
  });

  it('keys are touch-sized and do not take focus from the text field', async () => {
    const el = await keyboard();
    const field = document.createElement('input');
    document.body.prepend(field);
    field.focus();
    await tap(key(el, 'a'));
    expect(document.activeElement).to.equal(field);
    field.remove();
    for (const button of el.shadowRoot!.querySelectorAll('button')) {
      const { width, height } = button.getBoundingClientRect();
      expect(Math.min(width, height), button.textContent ?? '').to.be.at.least(44);
    }
  });

  it('passes axe', async () => {
    const el = await keyboard();
    el.value = 'zl';
    await el.updateComplete;
    await until(() => candidates(el).length > 0, 'candidates');
    await expect(el).to.be.accessible();
  });
});
