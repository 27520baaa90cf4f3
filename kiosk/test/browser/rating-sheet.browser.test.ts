/**
 * The rating sheet follows what yz-rating says (yz-saved, yz-refused, yz-dismissed), never the
 * outbox itself: it offers "知道了" once the rating is safe, sent or queued, and takes it back when
 * the server refuses it and the widget's form returns with its own "no, thanks". The intake
 * server is the widgets' test double; taps are real touch.
 */
import { freshApi, intake, json } from '../../../widgets/src/yz-consult-form/fake-intake.js';
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/renderer/components/rating-sheet.js';
import type { KioskRatingSheet, KioskRatingStateDetail } from '../../src/renderer/components/rating-sheet.js';
import { VisitorStore, type RatingPrompt } from '../../src/renderer/app/state.js';
import { tap, until } from './helpers.js';

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const setOffline = (offline: boolean) => executeServerCommand('yz-offline', { offline });

async function sheet(prompt: RatingPrompt) {
  const el = await fixture<KioskRatingSheet>(
    html`<yz-kiosk-rating-sheet
      lang="zh-CN"
      api=${freshApi()}
      item-name="商标续展注册"
      .prompt=${prompt}
    ></yz-kiosk-rating-sheet>`,
  );
  const rating = () => el.shadowRoot!.querySelector('yz-rating')!;
  const inRating = <T extends HTMLElement = HTMLElement>(selector: string) =>
    rating()?.shadowRoot?.querySelector<T>(selector) ?? null;
  const button = (label: string) =>
    [...(rating()?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) =>
      text(b).includes(label),
    );
  const close = () => el.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="dismiss"]');
  await until(() => Boolean(inRating('form')), 'rating form', 10000);
  return { el, rating, inRating, button, close };
}

describe('rating sheet', () => {
  afterEach(async () => {
    await setOffline(false);
    intake.reset();
  });

  it('can be closed once an offline rating is queued, and not once the server refuses it', async () => {
    intake.reset(() => json(400, { error: { code: 'validation', message: '未知事项' } }));
    const { el, inRating, button, close } = await sheet({ targetType: 'item', targetId: 'tm-renewal' });
    const settled: Event[] = [];
    el.addEventListener('kiosk-rating-settled', (e) => settled.push(e));
    const said: unknown[] = [];
    el.addEventListener('kiosk-rating-state', (e) => said.push((e as CustomEvent).detail));
    const prompt = { targetType: 'item', targetId: 'tm-renewal' };
    // Before a rating the widget's own "no, thanks" is the way out.
    expect(close(), 'no close button yet').to.equal(null);
    await expect(el).to.be.accessible();

    await setOffline(true);
    await tap(inRating('.level')!);
    // Chosen and not sent: said once, however many inputs follow.
    expect(said).to.deep.equal([{ prompt, state: 'choosing' }]);
    await tap(button('提交评价')!);
    await until(() => text(inRating('.status')).includes('恢复网络后会自动发送'), 'queued');
    await until(() => Boolean(close()), 'close offered once queued');
    expect(text(close())).to.equal('知道了');
    // The visit hears it too, so the service is not asked about again even if this stays open.
    expect(said).to.deep.equal([
      { prompt, state: 'choosing' },
      { prompt, state: 'saved' },
    ]);
    expect(intake.requests.length).to.equal(0);
    await expect(el).to.be.accessible();

    // Delivered later and refused for good: the form is back, and so is the widget's "no, thanks".
    await setOffline(false);
    await until(() => Boolean(inRating('form')), 'form back after the refusal', 8000);
    await until(() => close() === null, 'close withdrawn');
    expect(said.at(-1)).to.deep.equal({ prompt, state: 'refused' });
    await expect(el).to.be.accessible();
    await tap(button('不用了')!);
    await until(() => settled.length === 1, 'settled by the widget\'s "no, thanks"');
  });

  it('offers "知道了" after a rating the server took at once; a new prompt gets a fresh form', async () => {
    const { el, rating, inRating, button, close } = await sheet({ targetType: 'item', targetId: 'tm-renewal' });
    intake.reset(() => json(201, { id: 'r1' }));
    await tap(inRating('.level')!);
    await tap(button('提交评价')!);
    await until(() => text(inRating('.status')).includes('感谢您的评价'), 'thanks', 8000);
    await until(() => Boolean(close()), 'close offered');
    const first = rating();

    // Asked again about the same service: the same widget, still rated.
    el.prompt = { targetType: 'item', targetId: 'tm-renewal' };
    await el.updateComplete;
    expect(rating()).to.equal(first);
    expect(close(), 'still closable').to.not.equal(null);

    // Another service: its own widget and token, asking afresh.
    el.prompt = { targetType: 'item', targetId: 'patent-pledge' };
    await el.updateComplete;
    expect(rating()).to.not.equal(first);
    await until(() => Boolean(inRating('form')), 'a fresh form');
    expect(close(), 'not closable before rating').to.equal(null);
    await tap(inRating('.level')!);
    await tap(button('提交评价')!);
    await until(() => intake.requests.length === 2, 'second rating sent', 8000);
    expect(intake.requests[1]!.body['token']).to.not.equal(intake.requests[0]!.body['token']);
    expect(intake.requests[1]!.body['target']).to.deep.equal({ type: 'item', id: 'patent-pledge' });
    await until(() => Boolean(close()), 'closable again');
    await expect(el).to.be.accessible();
  });

  it('keeps a prompt the visitor chose in when another service is finished; that one waits its turn', async () => {
    // Wired to the visit as the kiosk app wires it.
    const store = new VisitorStore('zh-CN');
    const untouched = { targetType: 'item', targetId: 'tm-registration' } as const;
    const first = { targetType: 'item', targetId: 'tm-renewal' } as const;
    const second = { targetType: 'item', targetId: 'patent-pledge' } as const;
    store.askRating(untouched);
    const { el, rating, inRating, button, close } = await sheet(store.state.rating!);
    store.subscribe((s) => (el.prompt = s.rating));
    el.addEventListener('kiosk-rating-settled', () => store.settleRating());
    el.addEventListener('kiosk-rating-state', (e) => {
      const { prompt, state } = (e as CustomEvent<KioskRatingStateDetail>).detail;
      store.setRatingState(prompt, state);
    });

    // Nothing chosen: the next finished service's prompt takes its place, as before.
    store.askRating(first);
    await el.updateComplete;
    expect(rating().getAttribute('target-id')).to.equal('tm-renewal');
    await until(() => Boolean(inRating('form')), 'form');

    // A level and a comment, not sent yet.
    await tap(inRating('.level')!);
    await until(() => Boolean(inRating('textarea')), 'comment box');
    await tap(inRating('textarea')!);
    await executeServerCommand('yz-ime', { steps: [], commit: '窗口很耐心' });
    await until(() => store.state.ratingUnsent, 'the visit knows something is unsent');
    const chosen = rating();

    // Another service finished: it waits in line, and nothing the visitor chose is gone.
    store.askRating(second);
    await el.updateComplete;
    expect(rating()).to.equal(chosen);
    expect(rating().getAttribute('target-id')).to.equal('tm-renewal');
    expect(inRating<HTMLInputElement>('input[name="level"]:checked')?.value).to.equal('5');
    expect(inRating<HTMLTextAreaElement>('textarea')!.value).to.equal('窗口很耐心');
    await expect(el).to.be.accessible();

    // Sent: the thanks stays until the visitor closes it, then the waiting service is asked about.
    intake.reset(() => json(201, { id: 'r1' }));
    await tap(button('提交评价')!);
    await until(() => Boolean(close()), 'close offered', 8000);
    expect(intake.requests[0]!.body['comment']).to.equal('窗口很耐心');
    expect(store.state.rating).to.deep.equal(first);
    await tap(close()!);
    await until(() => rating()?.getAttribute('target-id') === 'patent-pledge', 'the waiting prompt');
    await until(() => Boolean(inRating('form')), 'a fresh form');
    expect(inRating('input[name="level"]:checked')).to.equal(null);
    expect(store.state.ratingWaiting).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
