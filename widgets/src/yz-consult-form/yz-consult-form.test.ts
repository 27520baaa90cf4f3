import { freshApi, intake, json, created, progress, type RecordedRequest } from './fake-intake.js';
import { expect, fixture, html } from '@open-wc/testing';
import {
  DEMO_BUNDLE,
  deepActiveElement,
  emulateMedia,
  imeCompose,
  press,
  setOffline,
  tap,
  type,
  until,
} from '../../test/helpers.js';
import { sharedOutbox } from '../internal/shared-outbox.js';
import './define.js';
import type { YzConsultForm } from './yz-consult-form.js';
import type { YzItemPicker } from './yz-item-picker.js';

declare const describe: (name: string, fn: () => void) => void;
declare const it: (name: string, fn: () => Promise<void>) => void;
declare const afterEach: (fn: () => Promise<void> | void) => void;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = (el: Element, selector: string): Element[] => [...el.shadowRoot!.querySelectorAll(selector)];
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function form(api = freshApi(), attrs: Record<string, string | boolean> = {}): Promise<YzConsultForm> {
  const el = document.createElement('yz-consult-form');
  el.setAttribute('api', api);
  el.setAttribute('lang', 'zh-CN');
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.append(el);
  await until(
    () => Boolean($(el, 'form') || $(el, '.confirmation') || $(el, '.status') || $(el, 'yz-consult-status')),
    'form rendered',
  );
  return el;
}

/** Set a control's value the way typing does (an `input` event), then leave it (`change`). */
async function fill(el: YzConsultForm, selector: string, value: string): Promise<void> {
  const control = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, selector)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function fillValid(el: YzConsultForm): Promise<void> {
  await fill(el, '#f-topic', 'trademark');
  await fill(el, '#f-question', '商标快到期了，续展需要准备哪些材料？');
  await fill(el, '#f-name', '王女士');
  await fill(el, '#f-mobile', '138 0013 8000');
  const consent = $<HTMLInputElement>(el, '#f-consent')!;
  consent.click();
  await el.updateComplete;
}

const button = (el: Element, label: string): HTMLButtonElement =>
  $$(el, 'button').find((b) => text(b).includes(label)) as HTMLButtonElement;

async function toCheck(el: YzConsultForm): Promise<void> {
  button(el, '下一步').click();
  await until(() => Boolean($(el, '[part="check"]')), 'check step');
}

async function toDone(el: YzConsultForm): Promise<void> {
  button(el, '确认提交').click();
  await until(() => Boolean($(el, '.confirmation')), 'confirmation', 8000);
}

function yizhanStorageKeys(): string[] {
  return Object.keys(localStorage).filter((k) => k.startsWith('yizhan:'));
}

describe('yz-consult-form', () => {
  afterEach(async () => {
    await setOffline(false);
    localStorage.clear();
    intake.reset();
  });

  it('renders an empty, accessible form with a separate unticked consent and a hidden spam trap', async () => {
    const el = await form();
    await expect(el).to.be.accessible();
    expect($<HTMLInputElement>(el, '#f-consent')!.checked).to.equal(false);
    const trap = $<HTMLInputElement>(el, '#f-website')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    expect(trap.closest('[aria-hidden="true"]') !== null, 'inside aria-hidden').to.equal(true);
    const box = trap.getBoundingClientRect();
    expect(box.right).to.be.below(0);
    // The notice says what, who, how long and which rights, from the locale strings.
    const notice = text($(el, '[part="notice"]'));
    for (const words of ['用途', '谁会看到', '保存期限', '查阅', '删除']) expect(notice).to.contain(words);
  });

  it('on an empty submit shows a focused error summary whose links move focus to each field', async () => {
    const el = await form();
    button(el, '下一步').click();
    await until(() => Boolean($(el, '.error-summary')), 'error summary');
    const summary = $(el, '.error-summary')!;
    await until(() => deepActiveElement() === summary, 'summary focused');
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.getAttribute('tabindex')).to.equal('-1');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => text(a))).to.deep.equal([
      '请选择咨询类别',
      '请填写您的问题',
      '选择短信或电话答复时请填写手机号码',
      '请阅读个人信息处理说明，并勾选同意后再提交',
    ]);
    // Messages next to fields, tied to them for screen readers.
    const question = $<HTMLTextAreaElement>(el, '#f-question')!;
    expect(question.getAttribute('aria-invalid')).to.equal('true');
    expect(question.getAttribute('aria-describedby')).to.contain('f-question-error');
    expect(text($(el, '#f-question-error'))).to.contain('请填写您的问题');
    await expect(el).to.be.accessible();

    links[2]!.click();
    expect(deepActiveElement() === $(el, '#f-mobile'), 'focused element').to.equal(true);
    links[3]!.click();
    expect(deepActiveElement() === $(el, '#f-consent'), 'focused element').to.equal(true);
    links[0]!.click();
    expect(deepActiveElement() === $(el, '#f-topic'), 'focused element').to.equal(true);
  });

  it('checks mobile and email with the Chinese validators, in Chinese, and loses nothing typed', async () => {
    const el = await form();
    await fill(el, '#f-topic', 'patent');
    await fill(el, '#f-question', '专利申请号格式');
    await fill(el, '#f-name', '李先生');
    await fill(el, '#f-mobile', '1380013800');
    await fill(el, '#f-email', 'li@@example');
    button(el, '下一步').click();
    await until(() => Boolean($(el, '.error-summary')));
    expect(text($(el, '#f-mobile-error'))).to.contain('手机号码应为 11 位数字');
    expect(text($(el, '#f-email-error'))).to.contain('电子邮箱格式不正确');
    // Everything typed is still there.
    expect($<HTMLSelectElement>(el, '#f-topic')!.value).to.equal('patent');
    expect($<HTMLTextAreaElement>(el, '#f-question')!.value).to.equal('专利申请号格式');
    expect($<HTMLInputElement>(el, '#f-name')!.value).to.equal('李先生');
    expect($<HTMLInputElement>(el, '#f-mobile')!.value).to.equal('1380013800');
    expect($<HTMLInputElement>(el, '#f-email')!.value).to.equal('li@@example');

    await fill(el, '#f-mobile', '12800138000');
    expect(text($(el, '#f-mobile-error'))).to.contain('应以 13–19 开头');
    // Fixed fields lose their error at once; the summary follows.
    await fill(el, '#f-mobile', '+86 138-0013-8000');
    expect($(el, '#f-mobile-error') === null, 'absent').to.equal(true);
    expect(text($(el, '.error-summary'))).to.not.contain('手机号码');

    // The messages follow the reader's language.
    el.setAttribute('lang', 'en');
    await until(() => text($(el, '#f-email-error')).includes('Enter an email address in the right format'));
  });

  it('offers email replies only once an address is typed, and then requires a valid one', async () => {
    const el = await form();
    const channels = () => $$(el, 'input[name="replyChannel"]').map((i) => (i as HTMLInputElement).value);
    expect(channels()).to.deep.equal(['sms', 'phone']);
    await fill(el, '#f-email', 'wang@example.cn');
    expect(channels()).to.deep.equal(['sms', 'phone', 'email']);
    $<HTMLInputElement>(el, 'input[value="email"]')!.click();
    await fill(el, '#f-email', '');
    // Still offered while chosen, so the choice is not silently changed.
    expect(channels()).to.contain('email');
    await fill(el, '#f-topic', 'trademark');
    await fill(el, '#f-question', '商标续展的材料有哪些？');
    button(el, '下一步').click();
    await until(() => Boolean($(el, '#f-email-error')));
    expect(text($(el, '#f-email-error'))).to.contain('选择邮件答复时请填写电子邮箱');
    // With email chosen the mobile number is not required.
    expect($(el, '#f-mobile-error') === null, 'absent').to.equal(true);
  });

  it('does not validate or announce while an IME composes in the question field', async () => {
    const el = await form();
    button(el, '下一步').click();
    await until(() => Boolean($(el, '#f-question-error')));
    const question = $<HTMLTextAreaElement>(el, '#f-question')!;
    question.focus();
    await imeCompose(['s', 'sh', 'shang', 'shangbiao']);
    await el.updateComplete;
    // Mid-composition: the error stays put, nothing is stored, nothing announced.
    expect(text($(el, '#f-question-error'))).to.contain('请填写您的问题');
    expect(question.getAttribute('aria-invalid')).to.equal('true');
    expect(yizhanStorageKeys()).to.deep.equal([]);
    expect(text($(el, '[aria-live="polite"]'))).to.equal('');
    await imeCompose([], '商标续展要多久');
    await el.updateComplete;
    expect(question.value).to.equal('商标续展要多久');
    // Composition committed: the draft is saved; the field is re-checked only when left.
    expect(yizhanStorageKeys().length).to.equal(1);
    question.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect($(el, '#f-question-error') === null, 'absent').to.equal(true);
    await until(() => text($(el, '[aria-live="polite"]')).includes('还可以输入 1993 个字'), 'count announced', 3000);
  });

  it('shows check-your-answers with Change links back to each field, then sends and shows the receipt', async () => {
    const api = freshApi();
    const el = await form(api);
    const submitted: CustomEvent[] = [];
    el.addEventListener('yz-submitted', (e) => submitted.push(e as CustomEvent));
    await fillValid(el);
    await toCheck(el);
    await until(() => deepActiveElement() === $(el, '#check-title'), 'check heading focused');
    const rows = $$(el, '.summary-list .row');
    expect(text(rows[0])).to.contain('商标');
    expect(text($(el, '.summary-list'))).to.contain('138 0013 8000');
    expect(text($(el, '.summary-list'))).to.contain('已同意（说明版本 2025-01）');
    await expect(el).to.be.accessible();

    // Change → back at that field, with the answer kept.
    const change = $$(el, '.summary-list a').find((a) => text(a).includes('手机号码')) as HTMLAnchorElement;
    change.click();
    await until(() => deepActiveElement() === $(el, '#f-mobile'), 'mobile focused');
    expect($<HTMLInputElement>(el, '#f-mobile')!.value).to.equal('138 0013 8000');
    await toCheck(el);
    await toDone(el);

    expect(intake.requests.length).to.equal(1);
    const sent = intake.requests[0]!;
    expect(sent.url).to.equal(`${api}/v1/consultations`);
    expect(sent.key).to.match(/^[0-9a-f-]{36}$/);
    expect(sent.locale).to.equal('zh-CN');
    expect(sent.body).to.deep.include({
      topic: 'trademark',
      channel: 'web',
      locale: 'zh-CN',
      question: '商标快到期了，续展需要准备哪些材料？',
      replyChannel: 'sms',
      website: '',
    });
    expect(sent.body['contact']).to.deep.equal({ name: '王女士', mobile: '13800138000' });
    const consent = sent.body['consent'] as { noticeVersion: string; acceptedAt: string };
    expect(consent.noticeVersion).to.equal('2025-01');
    expect(consent.acceptedAt).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);

    expect(submitted.map((e) => e.detail)).to.deep.equal([{ reference: 'YZ-20261124-7K3Q9P', dueDate: '2026-11-27' }]);
    await until(() => deepActiveElement() === $(el, '#done-title'), 'receipt heading focused');
    expect(text($(el, '[part="reference"]'))).to.equal('YZ-20261124-7K3Q9P');
    expect(getComputedStyle($(el, '[part="reference"]')!).userSelect).to.equal('all');
    expect(text($(el, '.due'))).to.contain('2026年11月27日');
    expect(text($(el, '.confirmation'))).to.contain('138****8000');
    await until(() => Boolean($(el, '[part="qr"] path')?.getAttribute('d')), 'QR drawn');
    const follow = $$(el, '.confirmation a').find((a) => text(a) === '查看办理进度') as HTMLAnchorElement;
    expect(new URL(follow.href).hash).to.equal(
      '#yz-ref=YZ-20261124-7K3Q9P&yz-token=tok_ABCDEFGHIJKLMNOPQRST&yz-rate=rtok_ABCDEFGHIJKLMNOPQRST',
    );
    const rating = $(el, 'yz-rating')!;
    expect(rating.getAttribute('target-id')).to.equal('YZ-20261124-7K3Q9P');
    expect(rating.getAttribute('token')).to.equal('rtok_ABCDEFGHIJKLMNOPQRST');
    await expect(el).to.be.accessible();

    // Sent: the draft is gone, and nothing about the visitor waits in the outbox.
    expect(localStorage.getItem('yizhan:consult-draft:' + location.pathname)).to.equal(null);
    await until(() => true);
    expect(await sharedOutbox(api).list()).to.deep.equal([]);

    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    button(el, '打印回执').click();
    window.print = print;
    expect(printed).to.equal(1);
  });

  it('when offline says the question is saved and will be sent, then sends it exactly once', async () => {
    const el = await form();
    await fillValid(el);
    await toCheck(el);
    // Load axe while online: it is imported on first use.
    await expect(el).to.be.accessible();
    await setOffline(true);
    button(el, '确认提交').click();
    await until(() => text($(el, '[part="status"]')).includes('恢复连接后会自动发送'), 'offline status');
    await expect(el).to.be.accessible();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(intake.requests.length).to.equal(0);
    await setOffline(false);
    await until(() => Boolean($(el, '.confirmation')), 'sent after reconnect', 8000);
    expect(intake.records('/v1/consultations')).to.equal(1);
    expect(intake.requests.length).to.equal(1);
  });

  it('shows "sending" while the request is in flight', async () => {
    let release: (r: Response) => void = () => {};
    intake.reset(() => new Promise<Response>((resolve) => (release = resolve)));
    const el = await form();
    await fillValid(el);
    await toCheck(el);
    button(el, '确认提交').click();
    await until(() => text($(el, '[part="status"]')).includes('正在发送'), 'sending');
    await expect(el).to.be.accessible();
    release(created());
    await until(() => Boolean($(el, '.confirmation')));
  });

  it('resumes after a reload mid-submit: the lost answer is retried with the same key, one record', async () => {
    const api = freshApi();
    // The first try reaches the server but the answer is lost (the connection drops).
    intake.reset((request: RecordedRequest) => {
      if (intake.requests.filter((r) => r.key === request.key).length === 1) throw new TypeError('Failed to fetch');
      return created();
    });
    const first = await form(api);
    await fillValid(first);
    await toCheck(first);
    button(first, '确认提交').click();
    await until(() => intake.requests.length === 1, 'first try');
    // "Reload": the element goes away and a new one comes on the same page.
    first.remove();
    const second = await form(api);
    await until(() => Boolean($(second, '.confirmation')), 'receipt after resume', 10000);
    expect(intake.requests.length).to.equal(2);
    expect(intake.records('/v1/consultations')).to.equal(1);
    expect(text($(second, '[part="reference"]'))).to.equal('YZ-20261124-7K3Q9P');
  });

  it('keeps a draft on this device, restores it with a notice and a clear button', async () => {
    const restored: CustomEvent[] = [];
    const onRestored = (e: Event) => restored.push(e as CustomEvent);
    document.addEventListener('yz-draft-restored', onRestored);
    const first = await form();
    await fill(first, '#f-topic', 'protection');
    await fill(first, '#f-question', '被人仿冒了怎么办');
    await fill(first, '#f-mobile', '13900139000');
    $<HTMLInputElement>(first, '#f-consent')!.click();
    first.remove();

    const second = await form();
    document.removeEventListener('yz-draft-restored', onRestored);
    expect(restored.length).to.equal(1);
    expect(restored[0]!.detail.savedAt).to.be.a('number');
    expect($<HTMLSelectElement>(second, '#f-topic')!.value).to.equal('protection');
    expect($<HTMLTextAreaElement>(second, '#f-question')!.value).to.equal('被人仿冒了怎么办');
    expect($<HTMLInputElement>(second, '#f-mobile')!.value).to.equal('13900139000');
    expect($<HTMLInputElement>(second, '#f-consent')!.checked).to.equal(true);
    expect(text($(second, '.notice'))).to.contain('已恢复您在');
    await expect(second).to.be.accessible();

    button(second, '清除已填内容').click();
    await second.updateComplete;
    expect($<HTMLTextAreaElement>(second, '#f-question')!.value).to.equal('');
    expect(yizhanStorageKeys()).to.deep.equal([]);
    expect(text($(second, '.notice'))).to.contain('已清除');
  });

  it('in ephemeral mode leaves nothing in storage, before or after sending', async () => {
    const api = freshApi();
    const el = await form(api, { ephemeral: true, channel: 'kiosk' });
    await fillValid(el);
    expect(yizhanStorageKeys()).to.deep.equal([]);
    await toCheck(el);
    await toDone(el);
    expect(intake.requests[0]!.body['channel']).to.equal('kiosk');
    expect(yizhanStorageKeys()).to.deep.equal([]);
    await until(() => true);
    expect(await sharedOutbox(api).list()).to.deep.equal([]);
    // The receipt is not shown again to the next visitor.
    el.remove();
    const next = await form(api, { ephemeral: true });
    expect($(next, '.confirmation') === null, 'absent').to.equal(true);
  });

  it('maps a 400 from the server back to its fields, in the reader’s language', async () => {
    intake.reset(() =>
      json(400, {
        error: {
          code: 'validation',
          message: '提交的内容有误',
          fields: [
            { path: 'contact.mobile', message: '该号码无法接收短信' },
            { path: 'locale', message: '不支持的语言' },
          ],
        },
      }),
    );
    const el = await form();
    await fillValid(el);
    await toCheck(el);
    button(el, '确认提交').click();
    await until(() => Boolean($(el, '.error-summary')), 'summary after 400');
    await until(() => deepActiveElement() === $(el, '.error-summary'), 'summary focused');
    expect(text($(el, '.error-summary'))).to.contain('提交的内容有问题，请按提示修改后重新提交');
    expect(text($(el, '.error-summary'))).to.contain('不支持的语言');
    expect(text($(el, '#f-mobile-error'))).to.contain('该号码无法接收短信');
    expect($<HTMLInputElement>(el, '#f-mobile')!.value).to.equal('138 0013 8000');
    await expect(el).to.be.accessible();
  });

  it('re-localizes server field errors by their code after a language switch; keeps text it has no message for', async () => {
    intake.reset(() =>
      json(400, {
        error: {
          code: 'validation',
          message: '提交的内容有误',
          fields: [
            { path: 'contact.mobile', message: '不是有效的中国大陆手机号码（应以 13–19 开头）', code: 'mobile.prefix' },
            { path: 'contact.name', message: '称呼含有不允许的字符', code: 'custom' },
            { path: 'itemId', message: '引用了不存在的服务事项“tm-gone”', code: 'unknownItem' },
          ],
        },
      }),
    );
    const el = await form();
    await fillValid(el);
    await toCheck(el);
    button(el, '确认提交').click();
    await until(() => Boolean($(el, '#f-mobile-error')), 'field errors after 400');
    expect(text($(el, '#f-mobile-error'))).to.contain('应以 13–19 开头');
    expect(text($(el, '#f-name-error'))).to.contain('称呼含有不允许的字符');

    el.setAttribute('lang', 'en');
    await until(
      () => text($(el, '#f-mobile-error')).includes('Not a mainland China mobile number'),
      'mobile in English',
    );
    expect(text($(el, '.error-summary'))).to.contain('Not a mainland China mobile number');
    expect(text($(el, '.error-summary'))).to.contain('The chosen service is no longer listed');
    // No message of its own for that code: the server's words stay.
    expect(text($(el, '#f-name-error'))).to.contain('称呼含有不允许的字符');
    await expect(el).to.be.accessible();
  });

  it('shows 413 at the question, 429 as a wait, 5xx as an automatic retry', async () => {
    intake.reset(() => json(413, { error: { code: 'payload_too_large', message: 'too large' } }));
    const el = await form();
    await fillValid(el);
    await toCheck(el);
    button(el, '确认提交').click();
    await until(() => Boolean($(el, '#f-question-error')), '413 at question');
    expect(text($(el, '#f-question-error'))).to.contain('内容太长');

    intake.reset(() => json(429, { error: { code: 'rate_limited', message: 'slow down' } }, { 'Retry-After': '120' }));
    await toCheck(el);
    button(el, '确认提交').click();
    await until(() => text($(el, '[part="status"]')).includes('约 2 分钟后自动重新发送'), '429 wait');

    // A second form on the page keeps its own draft and submission under its id.
    const el2 = await form(freshApi(), { id: 'second-form' });
    let calls = 0;
    intake.reset(() => (++calls === 1 ? json(503, { error: { code: 'internal', message: 'down' } }) : created()));
    await fillValid(el2);
    await toCheck(el2);
    button(el2, '确认提交').click();
    await until(() => Boolean($(el2, '.confirmation')), 'retried after 503', 8000);
    expect(calls).to.equal(2);
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await form(freshApi(), { src: DEMO_BUNDLE });
    await until(() => Boolean(($(el, '#f-item') as YzItemPicker | null)?.view), 'catalogue loaded', 10000);
    $<HTMLSelectElement>(el, '#f-topic')!.focus();
    await press('ArrowDown');
    await press('ArrowDown');
    expect($<HTMLSelectElement>(el, '#f-topic')!.value).to.not.equal('');
    await press('Tab');
    await type('sbxz');
    const picker = $(el, '#f-item') as YzItemPicker;
    await until(() => (picker.shadowRoot!.querySelectorAll('[role="option"]').length ?? 0) > 0, 'options');
    await press('ArrowDown');
    const input = picker.shadowRoot!.querySelector('input')!;
    expect(input.getAttribute('aria-activedescendant')).to.match(/opt-0$/);
    await press('Enter');
    await until(() => picker.value === 'tm-renewal', 'item chosen');
    await press('Tab'); // the clear button
    await press('Tab');
    expect(deepActiveElement() === $(el, '#f-question'), 'focused element').to.equal(true);
    await type('商标续展需要准备哪些材料？');
    await press('Tab');
    await type('王女士');
    await press('Tab');
    await type('13800138000');
    await press('Tab'); // email, left empty
    await press('Tab'); // reply channel radios
    expect((deepActiveElement() as HTMLInputElement).name).to.equal('replyChannel');
    await press('ArrowRight');
    expect((deepActiveElement() as HTMLInputElement).value).to.equal('phone');
    await press('Tab');
    expect(deepActiveElement() === $(el, '#f-consent'), 'focused element').to.equal(true);
    await press('Space');
    await press('Tab');
    // The spam trap is skipped: next stop is the continue button.
    expect(text(deepActiveElement())).to.contain('下一步');
    await press('Enter');
    await until(() => deepActiveElement() === $(el, '#check-title'), 'check step');
    expect(text($(el, '.summary-list'))).to.contain('商标续展注册');
    expect(text($(el, '.summary-list'))).to.contain('电话');
    for (let i = 0; i < 20 && !text(deepActiveElement()).includes('确认提交'); i++) await press('Tab');
    await press('Enter');
    await until(() => deepActiveElement() === $(el, '#done-title'), 'receipt', 8000);
    expect(intake.requests[0]!.body).to.deep.include({ itemId: 'tm-renewal', replyChannel: 'phone' });
  });

  it('can be completed with touch', async () => {
    const el = await form();
    await fill(el, '#f-topic', 'trademark');
    await fill(el, '#f-question', '商标续展需要准备哪些材料？');
    await fill(el, '#f-mobile', '13800138000');
    await tap($(el, 'input[value="phone"]')!.closest('label')!);
    await tap($(el, '.choice.consent span')!);
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-consent')!.checked).to.equal(true);
    await tap(button(el, '下一步'));
    await until(() => Boolean($(el, '[part="check"]')));
    await tap(button(el, '确认提交'));
    await until(() => Boolean($(el, '.confirmation')), 'receipt', 8000);
    expect(intake.requests[0]!.body['replyChannel']).to.equal('phone');
  });

  it('picks the item from a yz-ask event when listen-ask is set and brings the question into focus', async () => {
    const el = await form(freshApi(), { src: DEMO_BUNDLE, 'listen-ask': true });
    await until(() => Boolean(($(el, '#f-item') as YzItemPicker | null)?.view), 'catalogue loaded', 10000);
    const ask = new CustomEvent('yz-ask', {
      detail: { itemId: 'tm-renewal' },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    document.body.dispatchEvent(ask);
    // Handled: yz-catalogue does not follow its ask-href.
    expect(ask.defaultPrevented).to.equal(true);
    await until(() => deepActiveElement() === $(el, '#f-question'), 'question focused');
    expect(($(el, '#f-item') as YzItemPicker).value).to.equal('tm-renewal');
    expect($<HTMLSelectElement>(el, '#f-topic')!.value).to.equal('trademark');
    expect(text(($(el, '#f-item') as YzItemPicker).shadowRoot!.querySelector('.chosen'))).to.contain('商标续展注册');
    await expect(el).to.be.accessible();
  });

  it('ignores yz-ask without listen-ask', async () => {
    const el = await form();
    document.body.dispatchEvent(
      new CustomEvent('yz-ask', { detail: { query: '天气预报' }, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect($<HTMLTextAreaElement>(el, '#f-question')!.value).to.equal('');
  });

  it('is form-associated: the item picker submits its value with a host form and resets with it', async () => {
    const host = await fixture<HTMLFormElement>(
      html`<form><yz-item-picker name="itemId" label="事项" .value=${'tm-renewal'}></yz-item-picker></form>`,
    );
    const picker = host.querySelector('yz-item-picker')!;
    await picker.updateComplete;
    expect(new FormData(host).get('itemId')).to.equal('tm-renewal');
    expect(picker.form === host, 'form owner').to.equal(true);
    host.reset();
    await picker.updateComplete;
    expect(new FormData(host).get('itemId')).to.equal(null);
  });

  it('shows a consultation’s progress from a status link, with the PIPL export and erase', async () => {
    intake.reset((request) => {
      if (request.method === 'DELETE')
        return json(200, { reference: 'YZ-20261124-7K3Q9P', erasedAt: '2026-11-25T10:00:00+08:00' });
      if (request.url.endsWith('/export')) return json(200, { reference: 'YZ-20261124-7K3Q9P' });
      return progress({
        status: 'answered',
        answer: { text: '续展需要提交续展申请书和身份证明。', answeredAt: '2026-11-25T09:30:00+08:00' },
      });
    });
    const before = location.href;
    history.replaceState(
      null,
      '',
      '#yz-ref=YZ-20261124-7K3Q9P&yz-token=tok_ABCDEFGHIJKLMNOPQRST&yz-rate=rtok_ABCDEFGHIJKLMNOPQRST',
    );
    const el = await form();
    await until(() => Boolean($(el, 'yz-consult-status')?.shadowRoot?.querySelector('.answer')), 'progress shown');
    // The token leaves the address bar at once.
    expect(location.hash).to.equal('');
    const status = $(el, 'yz-consult-status')!;
    const s = (selector: string) => status.shadowRoot!.querySelector<HTMLElement>(selector);
    expect(text(status.shadowRoot!.querySelector('dl'))).to.contain('已答复');
    expect(text(s('.answer'))).to.contain('续展需要提交续展申请书');
    expect(intake.requests[0]!.authorization).to.equal('Bearer tok_ABCDEFGHIJKLMNOPQRST');
    expect(s('yz-rating')!.getAttribute('token')).to.equal('rtok_ABCDEFGHIJKLMNOPQRST');
    await expect(el).to.be.accessible();

    const buttons = () => [...status.shadowRoot!.querySelectorAll('button')];
    const createObjectURL = URL.createObjectURL;
    let downloaded = 0;
    URL.createObjectURL = () => (downloaded++, 'blob:test');
    buttons()
      .find((b) => text(b) === '导出我的信息')!
      .click();
    await until(() => downloaded === 1, 'export downloaded');
    URL.createObjectURL = createObjectURL;
    expect(intake.requests.at(-1)!.url).to.match(/\/v1\/consultations\/YZ-20261124-7K3Q9P\/export$/);

    buttons()
      .find((b) => text(b) === '删除我的个人信息')!
      .click();
    await (status as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    buttons()
      .find((b) => text(b) === '确定删除')!
      .click();
    await until(() => text(status.shadowRoot!.querySelector('section')).includes('您的个人信息已删除'), 'erased');
    expect(intake.requests.at(-1)!.method).to.equal('DELETE');

    buttons()
      .find((b) => text(b) === '再提一个问题')!
      .click();
    await until(() => Boolean($(el, 'form')), 'back to the form');
    history.replaceState(null, '', before);
  });

  it('says when the personal data was erased on a status link opened later, and offers no second erase', async () => {
    intake.reset(() => progress({ erasedAt: '2026-11-25T10:00:00+08:00' }));
    const before = location.href;
    history.replaceState(null, '', '#yz-ref=YZ-20261124-7K3Q9P&yz-token=tok_ABCDEFGHIJKLMNOPQRST');
    const el = await form();
    await until(() => Boolean($(el, 'yz-consult-status')?.shadowRoot?.querySelector('dl')), 'progress shown');
    const status = $(el, 'yz-consult-status')!;
    expect(text(status.shadowRoot!.querySelector('section'))).to.contain('您的个人信息已于 2026年11月25日 删除');
    const labels = [...status.shadowRoot!.querySelectorAll('button')].map((b) => text(b));
    expect(labels).to.include('导出我的信息');
    expect(labels).not.to.include('删除我的个人信息');
    await expect(el).to.be.accessible();
    history.replaceState(null, '', before);
  });

  it('prints the receipt on its own, also on a page that hides the form when it prints', async () => {
    const el = await form();
    await fillValid(el);
    await toCheck(el);
    await toDone(el);
    // A portal whose print stylesheet is made for its handling guides: the form's section goes.
    const slot = el.parentElement!;
    slot.id = 'consult-slot';
    const style = document.createElement('style');
    style.textContent = '@media print { #consult-slot { display: none } }';
    document.head.append(style);
    const other = document.createElement('p');
    other.textContent = '服务事项与办事指南';
    slot.before(other);
    const displays = () => ({
      other: getComputedStyle(other).display,
      slot: getComputedStyle(slot).display,
      receipt: getComputedStyle($(el, '.confirmation')!).display,
      rating: getComputedStyle($(el, '.rating')!).display,
    });
    const print = window.print;
    let printed: ReturnType<typeof displays> | undefined;
    try {
      await emulateMedia({ media: 'print' });
      window.print = () => void (printed = displays());
      button(el, '打印回执').click();
      dispatchEvent(new Event('afterprint'));
      expect(printed).to.deep.equal({ other: 'none', slot: 'block', receipt: 'block', rating: 'none' });
      // Printed: the page prints as its own stylesheet says again.
      expect(displays()).to.include({ other: 'block', slot: 'none' });
    } finally {
      window.print = print;
      style.remove();
      other.remove();
      await emulateMedia({ media: 'screen' });
    }
  });

  it('forgets the receipt kept on this device once the requester erased their data', async () => {
    const el = await form();
    await fillValid(el);
    await toCheck(el);
    await toDone(el);
    expect(yizhanStorageKeys()).to.include(`yizhan:consult-receipt:${location.pathname}`);
    intake.reset((request) =>
      request.method === 'DELETE'
        ? json(200, { reference: 'YZ-20261124-7K3Q9P', erasedAt: '2026-11-25T10:00:00+08:00' })
        : progress(),
    );
    const before = location.href;
    history.replaceState(null, '', '#yz-ref=YZ-20261124-7K3Q9P&yz-token=tok_ABCDEFGHIJKLMNOPQRST');
    dispatchEvent(new HashChangeEvent('hashchange'));
    await until(() => Boolean($(el, 'yz-consult-status')?.shadowRoot?.querySelector('dl')), 'progress shown');
    const status = $(el, 'yz-consult-status')!;
    const click = async (label: string) => {
      [...status.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === label)!.click();
      await (status as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    };
    await click('删除我的个人信息');
    await click('确定删除');
    await until(() => text(status.shadowRoot!.querySelector('section')).includes('您的个人信息已删除'), 'erased');
    history.replaceState(null, '', before);
    // The receipt said "the reply goes to 138****8000": no longer true, and not to be shown again.
    expect(yizhanStorageKeys()).to.not.include(`yizhan:consult-receipt:${location.pathname}`);
    expect(el.receipt).to.equal(undefined);
    const again = await form();
    expect($(again, '.confirmation')).to.equal(null);
    expect($(again, 'form')).to.not.equal(null);
  });

  it('says so when a status link is wrong', async () => {
    intake.reset(() => json(404, { error: { code: 'not_found', message: 'no' } }));
    history.replaceState(null, '', '#yz-ref=YZ-20261124-7K3Q9P&yz-token=wrong_ABCDEFGHIJKLMNOP');
    const el = await form();
    await until(
      () => text($(el, 'yz-consult-status')?.shadowRoot?.querySelector('[role="alert"]')).includes('没有找到'),
      'not found',
    );
  });

  it('mirrors in Uyghur (right to left): the error bars and the notice bar sit on the right, axe passes', async () => {
    const el = await form(freshApi(), { lang: 'ug' });
    await until(() => $(el, '.wrap')?.getAttribute('dir') === 'rtl', 'rtl');
    $<HTMLButtonElement>(el, 'form button[type="submit"]')!.click();
    await until(() => Boolean($(el, '.error-summary')), 'error summary');
    const invalid = getComputedStyle($(el, '.field.invalid')!);
    expect(invalid.borderRightWidth).to.equal('4px');
    expect(invalid.borderLeftWidth).to.equal('0px');
    expect(invalid.paddingRight).to.not.equal('0px');
    expect(getComputedStyle($(el, '.notice-box')!).borderRightWidth).to.equal('4px');
    await expect(el).to.be.accessible();
  });

  it('in elderly mode uses larger type and 56 px targets', async () => {
    const el = await form(freshApi(), { elderly: true, src: DEMO_BUNDLE });
    expect(parseFloat(getComputedStyle(el).fontSize)).to.equal(20);
    const picker = $(el, '#f-item') as YzItemPicker;
    await picker.updateComplete;
    expect(picker.shadowRoot!.querySelector('input')!.getBoundingClientRect().height).to.be.at.least(56);
    expect($(el, '#f-mobile')!.getBoundingClientRect().height).to.be.at.least(56);
    expect(button(el, '下一步').getBoundingClientRect().height).to.be.at.least(56);
    await expect(el).to.be.accessible();
  });
});
