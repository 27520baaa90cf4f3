import { freshApi, intake, json } from '../yz-consult-form/fake-intake.js';
import { expect, fixture, html } from '@open-wc/testing';
import { RATING_TAGS } from '@yizhan/catalogue/constants';
import { deepActiveElement, press, setOffline, tap, type, until } from '../../test/helpers.js';
import { sharedOutbox } from '../internal/shared-outbox.js';
import './define.js';
import type { YzRating, YzRefusedDetail, YzSavedDetail } from './yz-rating.js';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const radio = (el: YzRating, level: number) => $<HTMLInputElement>(el, `input[name="level"][value="${level}"]`)!;
const button = (el: Element, label: string) => $$(el, 'button').find((b) => text(b).includes(label))!;

const REFERENCE = 'YZ-20261124-7K3Q9P';

/** Every yz-* event the element sends, in order, as heard by the page (they bubble out of the host). */
function heard(el: Element): { type: string; detail: unknown }[] {
  const events: { type: string; detail: unknown }[] = [];
  const host = el.parentElement!;
  for (const name of ['yz-saved', 'yz-refused', 'yz-rated', 'yz-dismissed']) {
    host.addEventListener(name, (e) => events.push({ type: name, detail: (e as CustomEvent).detail }));
  }
  return events;
}

async function rating(attrs: Record<string, string | boolean> = {}): Promise<YzRating> {
  const el = document.createElement('yz-rating');
  const all: Record<string, string | boolean> = {
    api: freshApi(),
    lang: 'zh-CN',
    'target-type': 'consultation',
    'target-id': REFERENCE,
    token: `rtok_${Math.random().toString(36).slice(2)}_ABCDEFGH`,
    ...attrs,
  };
  for (const [name, value] of Object.entries(all)) {
    if (value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await until(() => Boolean($(el, 'form') || $(el, '.status')), 'rating rendered');
  return el;
}

describe('yz-rating', () => {
  afterEach(async () => {
    await setOffline(false);
    localStorage.clear();
    intake.reset();
  });

  it('is an accessible radio group of five levels, best first, moved with arrow keys', async () => {
    const el = await rating();
    await expect(el).to.be.accessible();
    const labels = $$(el, '.level').map((l) => text(l));
    expect(labels).to.deep.equal(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    expect($(el, 'fieldset legend')!.textContent).to.contain('您对本次服务满意吗');
    // Faces are decoration only.
    expect($$(el, '.face').every((f) => f.getAttribute('aria-hidden') === 'true')).to.equal(true);
    radio(el, 5).focus();
    await press('ArrowRight');
    expect(deepActiveElement() === radio(el, 4), 'focused element').to.equal(true);
    expect(radio(el, 4).checked).to.equal(true);
    await press('ArrowRight');
    await press('ArrowRight');
    expect(radio(el, 2).checked).to.equal(true);
    await el.updateComplete;
    // Touch targets: the whole label is the target, at least 44 px square.
    const box = $(el, '.level')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });

  it('asks for a reason at ≤ 2, says it opens a rectification case, and reports the case', async () => {
    intake.reset(() => json(201, { id: 'r1', rectification: { caseId: 'RC-0001', dueDate: '2026-12-01' } }));
    const el = await rating();
    const rated: CustomEvent[] = [];
    el.addEventListener('yz-rated', (e) => rated.push(e as CustomEvent));
    radio(el, 2).click();
    await el.updateComplete;
    expect(text($(el, '.rectification'))).to.contain('整改工单');
    expect(text($(el, '.tags legend'))).to.contain('至少选一项');
    expect($$(el, '.tags input').map((i) => (i as HTMLInputElement).value)).to.deep.equal([...RATING_TAGS[2]]);
    button(el, '提交评价').click();
    await el.updateComplete;
    expect(text($(el, '.tags .error'))).to.contain('请至少选择一个不满意的原因');
    await until(() => deepActiveElement() === $(el, '.tags input'), 'first tag focused');
    expect(intake.requests.length).to.equal(0);
    await expect(el).to.be.accessible();

    ($(el, '.tags input[value="slow-reply"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect($(el, '.tags .error') === null, 'absent').to.equal(true);
    const comment = $<HTMLTextAreaElement>(el, 'textarea')!;
    comment.value = '等了很久';
    comment.dispatchEvent(new Event('input'));
    button(el, '提交评价').click();
    await until(() => text($(el, '.status')).includes('感谢您的评价'), 'thanks', 8000);
    expect(text($(el, '.status'))).to.contain('RC-0001');
    expect(text($(el, '.status'))).to.contain('2026年12月1日');
    expect(intake.requests[0]!.body).to.deep.equal({
      token: el.token,
      target: { type: 'consultation', id: REFERENCE },
      level: 2,
      tags: ['slow-reply'],
      comment: '等了很久',
      channel: 'web',
      locale: 'zh-CN',
    });
    expect(rated.map((e) => e.detail)).to.deep.equal([
      { level: 2, rectification: { caseId: 'RC-0001', dueDate: '2026-12-01' } },
    ]);
    await expect(el).to.be.accessible();
  });

  it('still shows the rectification case of a bad rating when it comes back as "already rated"', async () => {
    intake.reset(() => json(201, { id: 'r1', rectification: { caseId: 'RC-0002', dueDate: '2026-12-01' } }));
    const token = 'rtok_rectified_ABCDEFGH';
    const first = await rating({ token });
    radio(first, 1).click();
    await first.updateComplete;
    ($(first, '.tags input') as HTMLInputElement).click();
    button(first, '提交评价').click();
    await until(() => text($(first, '.status')).includes('RC-0002'), 'case shown');
    first.remove();
    // The receipt page opened again (a reload): the case number and its date are still there.
    const again = await rating({ token });
    expect(text($(again, '.status'))).to.contain('您已经评价过了');
    expect(text($(again, '.status'))).to.contain('RC-0002');
    expect(text($(again, '.status'))).to.contain('2026年12月1日');
    await expect(again).to.be.accessible();
  });

  it('keeps ticked tags when the level changes and sends only those of the chosen level', async () => {
    const el = await rating();
    radio(el, 5).click();
    await el.updateComplete;
    ($(el, '.tags input[value="fast"]') as HTMLInputElement).click();
    radio(el, 3).click();
    await el.updateComplete;
    radio(el, 4).click();
    await el.updateComplete;
    expect(($(el, '.tags input[value="fast"]') as HTMLInputElement).checked).to.equal(true);
    radio(el, 3).click();
    await el.updateComplete;
    button(el, '提交评价').click();
    await until(() => intake.requests.length === 1);
    expect(intake.requests[0]!.body['tags']).to.deep.equal([]);
    expect(intake.requests[0]!.body['level']).to.equal(3);
  });

  it('remembers that it was rated, and shows "already rated" on a 409', async () => {
    const token = 'rtok_remembered_ABCDEFGH';
    const first = await rating({ token });
    radio(first, 5).click();
    await first.updateComplete;
    button(first, '提交评价').click();
    await until(() => text($(first, '.status')).includes('感谢'), 'thanks');
    first.remove();
    const again = await rating({ token });
    expect(text($(again, '.status'))).to.contain('您已经评价过了');
    await expect(again).to.be.accessible();

    intake.reset(() => json(409, { error: { code: 'conflict', message: '已评价' } }));
    // Rated on another device: this one does not know, the server does.
    const elsewhere = await rating({ token: 'rtok_other_device_ABCDEFGH', 'target-id': 'YZ-20261124-ABCDEF' });
    radio(elsewhere, 4).click();
    await elsewhere.updateComplete;
    button(elsewhere, '提交评价').click();
    await until(() => text($(elsewhere, '.status')).includes('您已经评价过了'), 'already on 409');
  });

  it('says yz-saved (queued) once a rating given offline is stored, and yz-rated when it is delivered', async () => {
    const el = await rating();
    const events = heard(el);
    await setOffline(true);
    // By keyboard: arrows choose the level, a comment is typed, Enter on the send button.
    radio(el, 5).focus();
    await press('ArrowRight');
    await el.updateComplete;
    $<HTMLTextAreaElement>(el, 'textarea')!.focus();
    await type('窗口很耐心');
    button(el, '提交评价').focus();
    await press('Enter');
    await until(() => events.length > 0, 'yz-saved');
    const saved: YzSavedDetail = {
      delivery: 'queued',
      target: { type: 'consultation', id: REFERENCE },
      level: 4,
      alreadyRated: false,
    };
    // No comment and no token: what was rated and how, nothing about the visitor.
    expect(events).to.deep.equal([{ type: 'yz-saved', detail: saved }]);
    expect(text($(el, '.status'))).to.contain('恢复网络后会自动发送');
    expect(intake.requests.length).to.equal(0);
    await expect(el).to.be.accessible();

    await setOffline(false);
    await until(() => events.length === 2, 'yz-rated after delivery', 8000);
    expect(events.map((e) => e.type)).to.deep.equal(['yz-saved', 'yz-rated']);
    expect(events[1]!.detail).to.deep.equal({ level: 4 });
    expect(intake.records('/v1/ratings')).to.equal(1);
    expect(intake.requests[0]!.body['comment']).to.equal('窗口很耐心');
    await expect(el).to.be.accessible();
  });

  it('says yz-saved (queued) after 2 s when the server does not answer, and yz-rated once it does', async () => {
    let answer: (response: Response) => void = () => undefined;
    intake.reset(() => new Promise<Response>((resolve) => (answer = resolve)));
    const el = await rating({ 'target-type': 'outlet', 'target-id': 'cd-ipsc', token: false });
    const events = heard(el);
    const started = Date.now();
    await tap($(el, '.level')!);
    await el.updateComplete;
    await tap(button(el, '提交评价'));
    await until(() => intake.requests.length === 1, 'first try sent');
    await until(() => events.length === 1, 'yz-saved while the first try waits', 6000);
    // A host (the kiosk's sheet) may let the visitor go: the rating is in the outbox.
    expect(Date.now() - started).to.be.below(5000);
    expect(events[0]).to.deep.equal({
      type: 'yz-saved',
      detail: { delivery: 'queued', target: { type: 'outlet', id: 'cd-ipsc' }, level: 5, alreadyRated: false },
    });
    // What the visitor reads agrees with the event: kept on this device, not still "sending".
    await until(() => text($(el, '.status')).includes('已保存在本设备'), 'status says it is kept');
    expect(text($(el, '.status'))).to.not.contain('正在发送');
    await expect(el).to.be.accessible();
    answer(json(201, { ok: true }));
    await until(() => events.length === 2, 'yz-rated after the late answer', 8000);
    expect(events.map((e) => e.type)).to.deep.equal(['yz-saved', 'yz-rated']);
  });

  it('shows where a rating got to when the page takes it out while sending and puts it back', async () => {
    let answer: (response: Response) => void = () => undefined;
    intake.reset(() => new Promise<Response>((resolve) => (answer = resolve)));
    const el = await rating({ 'target-type': 'item', 'target-id': 'tm-renewal', token: false });
    const host = el.parentElement!;
    const events = heard(el);
    await tap($(el, '.level')!);
    await el.updateComplete;
    await tap(button(el, '提交评价'));
    await until(() => text($(el, '.status')).includes('正在发送'), 'sending');
    // Taken out while the first try waits (a host re-rendering its panel, say), back after 2 s.
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    host.append(el);
    await until(() => text($(el, '.status')).includes('已保存在本设备'), 'kept on this device, not "sending"');
    expect(events).to.deep.equal([
      {
        type: 'yz-saved',
        detail: { delivery: 'queued', target: { type: 'item', id: 'tm-renewal' }, level: 5, alreadyRated: false },
      },
    ]);

    // Out again while the server takes it: back, the visitor is thanked and the page told.
    el.remove();
    const outbox = sharedOutbox(el.api);
    const delivered = new Promise<void>((resolve) => {
      const off = outbox.subscribe((change) => {
        if (change.type === 'update' && change.entry.status === 'sent') resolve(off());
      });
    });
    answer(json(201, { id: 'r1' }));
    await delivered;
    host.append(el);
    await until(() => text($(el, '.status')).includes('感谢您的评价'), 'thanks once back');
    expect(events.map((e) => e.type)).to.deep.equal(['yz-saved', 'yz-rated']);
    expect(intake.records('/v1/ratings')).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('asks afresh, with a token of its own, when a page points it at another item, and knows the first again', async () => {
    // A portal with one rating under whichever handling guide is open (the demo does this).
    intake.reset(() => json(201, { id: 'r1', rectification: { caseId: 'RC-0042', dueDate: '2026-12-01' } }));
    const el = await rating({ 'target-type': 'item', 'target-id': 'tm-renewal', token: false });
    const events = heard(el);
    await tap($$(el, '.level')[4]!); // 非常不满意
    await el.updateComplete;
    await tap($(el, '.tags input')!);
    await el.updateComplete;
    await tap(button(el, '提交评价'));
    await until(() => text($(el, '.status')).includes('RC-0042'), 'rated, with its case', 8000);

    el.setAttribute('target-id', 'patent-pledge');
    await el.updateComplete;
    expect($(el, 'form'), 'a form for the new item, not the thanks for the first').to.not.equal(null);
    expect(radio(el, 1).checked).to.equal(false);
    const first = intake.requests[0]!.body;
    intake.reset(() => json(201, { id: 'r2' }));
    await tap($(el, '.level')!);
    await el.updateComplete;
    await tap(button(el, '提交评价'));
    await until(() => text($(el, '.status')).includes('感谢您的评价'), 'second item rated', 8000);
    const second = intake.requests[0]!.body;
    expect(second['target']).to.deep.equal({ type: 'item', id: 'patent-pledge' });
    // The server keeps one rating per token: the same token would have been refused as a repeat.
    expect(second['token']).to.not.equal(first['token']);

    // Back to the first item: already rated here, with its case, not a second rating.
    el.setAttribute('target-id', 'tm-renewal');
    await el.updateComplete;
    expect($(el, 'form'), 'no form').to.equal(null);
    expect(text($(el, '.status'))).to.contain('您已经评价过了');
    expect(text($(el, '.status'))).to.contain('RC-0042');
    expect(el.token).to.equal(first['token']);
    expect(events.map((e) => e.type)).to.deep.equal(['yz-saved', 'yz-rated', 'yz-saved', 'yz-rated']);
    await expect(el).to.be.accessible();
  });

  it('finishes a rating still on its way for what was rated, when the page points it at another item meanwhile', async () => {
    let answer: (response: Response) => void = () => undefined;
    intake.reset(() => new Promise<Response>((resolve) => (answer = resolve)));
    const el = await rating({ 'target-type': 'item', 'target-id': 'tm-renewal', token: false });
    const events = heard(el);
    await tap($(el, '.level')!);
    await el.updateComplete;
    await tap(button(el, '提交评价'));
    await until(() => intake.requests.length === 1, 'first try sent');

    el.setAttribute('target-id', 'patent-pledge');
    await el.updateComplete;
    await tap($(el, '.level')!);
    await el.updateComplete;
    answer(json(201, { id: 'r1' }));
    await until(() => events.some((e) => e.type === 'yz-rated'), 'the first rating delivered', 8000);
    expect(events.map((e) => e.type)).to.deep.equal(['yz-saved', 'yz-rated']);
    expect(events[0]!.detail).to.deep.include({ target: { type: 'item', id: 'tm-renewal' }, level: 5 });
    // The new item's form, and what the visitor has chosen in it, are untouched.
    await el.updateComplete;
    expect($(el, 'form'), 'still the form').to.not.equal(null);
    expect(radio(el, 5).checked).to.equal(true);
  });

  it('says yz-saved (sent) when the server takes the rating at once, before yz-rated', async () => {
    const el = await rating({ 'target-type': 'item', 'target-id': 'tm-renewal', token: false });
    const events = heard(el);
    await tap($(el, '.level')!);
    await el.updateComplete;
    await tap(button(el, '提交评价'));
    await until(() => events.length === 2, 'yz-saved and yz-rated', 8000);
    const saved: YzSavedDetail = {
      delivery: 'sent',
      target: { type: 'item', id: 'tm-renewal' },
      level: 5,
      alreadyRated: false,
    };
    expect(events).to.deep.equal([
      { type: 'yz-saved', detail: saved },
      { type: 'yz-rated', detail: { level: 5 } },
    ]);
    expect(text($(el, '.status'))).to.contain('感谢您的评价');
    await expect(el).to.be.accessible();
  });

  it('says yz-refused with the API error code when the server refuses a rating for good, and the form comes back', async () => {
    intake.reset(() =>
      json(400, {
        error: {
          code: 'validation',
          message: '未知事项',
          fields: [{ path: 'target.id', message: '未知事项', code: 'unknownItem' }],
        },
      }),
    );
    const el = await rating({ 'target-type': 'item', 'target-id': 'no-such-item', token: false });
    const events = heard(el);
    // Not a refusal: problems the form shows itself before anything is sent.
    button(el, '提交评价').focus();
    await press('Enter');
    await until(() => Boolean($(el, '.levels .error')), 'level required');
    expect(events).to.deep.equal([]);

    radio(el, 5).focus();
    await press('ArrowRight');
    await press('ArrowRight');
    await el.updateComplete;
    button(el, '提交评价').focus();
    await press('Enter');
    await until(() => events.length > 0, 'yz-refused', 8000);
    const refused: YzRefusedDetail = {
      code: 'validation',
      status: 400,
      target: { type: 'item', id: 'no-such-item' },
      level: 3,
    };
    expect(events).to.deep.equal([{ type: 'yz-refused', detail: refused }]);
    // Back to the form with the choice kept, and the failure said.
    await until(() => Boolean($(el, 'form')), 'form back');
    expect(radio(el, 3).checked).to.equal(true);
    expect(text($(el, '.error'))).to.not.equal('');
    await expect(el).to.be.accessible();

    // Queued offline first, refused once the network returns: yz-refused still follows.
    const queued = await rating({ 'target-type': 'item', 'target-id': 'no-such-item', token: false });
    const later = heard(queued);
    await setOffline(true);
    await tap($(queued, '.level')!);
    await queued.updateComplete;
    await tap(button(queued, '提交评价'));
    await until(() => later.length === 1, 'queued');
    expect(later[0]).to.deep.include({ type: 'yz-saved' });
    expect((later[0]!.detail as YzSavedDetail).delivery).to.equal('queued');
    await setOffline(false);
    await until(() => later.length === 2, 'refused after reconnecting', 8000);
    expect(later[1]).to.deep.equal({
      type: 'yz-refused',
      detail: { code: 'validation', status: 400, target: { type: 'item', id: 'no-such-item' }, level: 5 },
    });
    await until(() => Boolean($(queued, 'form')), 'form back');
    await expect(queued).to.be.accessible();
  });

  it('says yz-saved, not yz-refused, when the server already has a rating for the case (409)', async () => {
    intake.reset(() => json(409, { error: { code: 'conflict', message: '已评价' } }));
    const el = await rating({ token: 'rtok_rated_elsewhere_ABCDEFGH' });
    const events = heard(el);
    await tap($(el, '.level')!);
    await el.updateComplete;
    await tap(button(el, '提交评价'));
    await until(() => text($(el, '.status')).includes('您已经评价过了'), 'already rated', 8000);
    expect(events).to.deep.equal([
      {
        type: 'yz-saved',
        detail: { delivery: 'sent', target: { type: 'consultation', id: REFERENCE }, level: 5, alreadyRated: true },
      },
    ]);
    await expect(el).to.be.accessible();
  });

  it('is voluntary: "no thanks" dismisses it and says nothing is affected', async () => {
    const el = await rating();
    const dismissed: Event[] = [];
    el.addEventListener('yz-dismissed', (e) => dismissed.push(e));
    button(el, '不用了').click();
    await until(() => Boolean($(el, '.status')));
    expect(dismissed.length).to.equal(1);
    expect(text($(el, '.status'))).to.contain('不影响');
    expect(intake.requests.length).to.equal(0);
  });

  it('says a rating made offline is saved and sends it when the connection returns', async () => {
    const el = await rating();
    await expect(el).to.be.accessible();
    await setOffline(true);
    radio(el, 4).click();
    await el.updateComplete;
    button(el, '提交评价').click();
    await until(() => text($(el, '.status')).includes('恢复网络后会自动发送'), 'offline status');
    await expect(el).to.be.accessible();
    await setOffline(false);
    await until(() => text($(el, '.status')).includes('感谢'), 'sent', 8000);
    expect(intake.records('/v1/ratings')).to.equal(1);
  });

  it('makes its own token for an item or outlet task, and takes touch', async () => {
    const el = await rating({ 'target-type': 'item', 'target-id': 'tm-renewal', token: false, elderly: true });
    expect(el.token).to.match(/^[0-9a-f-]{36}$/);
    await tap($(el, '.level')!);
    await el.updateComplete;
    expect(radio(el, 5).checked).to.equal(true);
    const target = $(el, '.tag')!;
    expect(target.getBoundingClientRect().height).to.be.at.least(56);
    await tap(target);
    await tap(button(el, '提交评价'));
    await until(() => intake.requests.length === 1);
    expect(intake.requests[0]!.body).to.deep.include({ token: el.token, target: { type: 'item', id: 'tm-renewal' } });
    expect(intake.requests[0]!.body['tags']).to.deep.equal(['clear-guide']);
  });

  it('in compact mode shows only the faces until a level is chosen, in English too', async () => {
    const el = await rating({ compact: true, lang: 'en' });
    expect($(el, '.tags') === null, 'absent').to.equal(true);
    expect(button(el, 'Send rating')).to.equal(undefined);
    expect(text($(el, '.level'))).to.equal('Very satisfied');
    radio(el, 1).click();
    await el.updateComplete;
    expect(text($(el, '.rectification'))).to.contain('rectification case');
    await expect(el).to.be.accessible();
  });

  it('mirrors in Uyghur (right to left): the rectification and error bars sit on the right, axe passes', async () => {
    const el = await rating({ lang: 'ug' });
    await until(() => $(el, '.wrap')?.getAttribute('dir') === 'rtl', 'rtl');
    radio(el, 2).click();
    await el.updateComplete;
    expect(getComputedStyle($(el, '.rectification')!).borderRightWidth).to.equal('4px');
    expect(getComputedStyle($(el, '.rectification')!).borderLeftWidth).to.equal('0px');
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await until(() => Boolean($(el, '.tags.invalid')), 'tags error');
    const invalid = getComputedStyle($(el, '.tags.invalid')!);
    expect(invalid.borderRightWidth).to.equal('4px');
    expect(invalid.paddingRight).to.not.equal('0px');
    await expect(el).to.be.accessible();
  });

  it('renders nothing for a missing or malformed target', async () => {
    const el = document.createElement('yz-rating');
    el.setAttribute('target-type', 'consultation');
    el.setAttribute('target-id', 'not-a-reference');
    el.setAttribute('token', 'rtok_ABCDEFGHIJKLMNOP');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(el.shadowRoot!.querySelector('form') === null, 'no form').to.equal(true);
  });
});
