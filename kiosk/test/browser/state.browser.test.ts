import { expect } from '@open-wc/testing';
import { VisitorStore } from '../../src/renderer/app/state.js';

describe('visitor session', () => {
  it('starts on the attract screen in the hall language and keeps a trail for Back', () => {
    const store = new VisitorStore('zh-CN');
    expect(store.screen).to.deep.equal({ name: 'attract' });
    store.go({ name: 'home' });
    store.go({ name: 'search' });
    store.go({ name: 'guide', itemId: 'tm-registration' });
    store.go({ name: 'guide', itemId: 'tm-registration' });
    expect(store.state.stack.map((s) => s.name)).to.deep.equal(['home', 'search', 'guide']);
    store.back();
    expect(store.screen.name).to.equal('search');
    store.go({ name: 'home' });
    expect(store.state.stack).to.have.length(1);
    store.back();
    expect(store.screen.name).to.equal('home');
  });

  it('asks for a rating when the visitor leaves a guide they took away, once', () => {
    const store = new VisitorStore('zh-CN');
    store.go({ name: 'home' });
    store.go({ name: 'guide', itemId: 'tm-renewal' });
    store.back();
    expect(store.state.rating, 'nothing finished yet').to.equal(undefined);
    store.go({ name: 'guide', itemId: 'tm-renewal' });
    store.finishTask('tm-renewal');
    store.go({ name: 'home' });
    expect(store.state.rating).to.deep.equal({ targetType: 'item', targetId: 'tm-renewal' });
    store.settleRating();
    expect(store.state.rating).to.equal(undefined);
    store.go({ name: 'guide', itemId: 'tm-renewal' });
    store.back();
    expect(store.state.rating, 'already answered').to.equal(undefined);
    store.askRating({ targetType: 'item', targetId: 'tm-renewal' });
    expect(store.state.rating).to.equal(undefined);
  });

  it('does not ask again about a rated service whose prompt was never closed, unless the rating was refused', () => {
    const store = new VisitorStore('zh-CN');
    const first = { targetType: 'item', targetId: 'tm-registration' } as const;
    const second = { targetType: 'item', targetId: 'patent-pledge' } as const;
    store.go({ name: 'home' });
    store.askRating(first);
    store.setRatingState(first, 'saved');
    expect(store.state.rating, 'the prompt stays until closed').to.deep.equal(first);
    store.askRating(second);
    expect(store.state.rating).to.deep.equal(second);
    store.askRating(first);
    expect(store.state.rating, 'rated already').to.deep.equal(second);
    // Refused by the server after all: not given, so it may be asked again.
    store.setRatingState(first, 'refused');
    store.settleRating();
    store.askRating(first);
    expect(store.state.rating).to.deep.equal(first);
    store.setRatingState(first, 'saved');
    store.settleRating();
    expect(store.state.ratingSettled).to.deep.equal(['item:patent-pledge', 'item:tm-registration']);
  });

  it('a prompt with unsent choices keeps its place; services finished meanwhile wait in line, once each', () => {
    const store = new VisitorStore('zh-CN');
    const first = { targetType: 'item', targetId: 'tm-registration' } as const;
    const second = { targetType: 'item', targetId: 'patent-pledge' } as const;
    const third = { targetType: 'item', targetId: 'tm-renewal' } as const;
    const fourth = { targetType: 'item', targetId: 'gi-registration' } as const;
    store.go({ name: 'home' });
    store.askRating(first);
    store.setRatingState(second, 'choosing');
    expect(store.state.ratingUnsent, 'not about the prompt shown').to.equal(false);
    store.setRatingState(first, 'choosing');
    store.askRating(second);
    store.askRating(third);
    store.askRating(second);
    store.askRating(first);
    expect(store.state.rating).to.deep.equal(first);
    expect(store.state.ratingUnsent, 'asked again about the same one: still unsent').to.equal(true);
    expect(store.state.ratingWaiting).to.deep.equal([second, third]);
    // Declined ("no, thanks"): the next one in line.
    store.settleRating();
    expect(store.state).to.deep.include({ rating: second, ratingUnsent: false });
    expect(store.state.ratingWaiting).to.deep.equal([third]);
    // Nothing chosen in it: a newly finished service takes its place, as before; the line stays.
    store.askRating(first);
    expect(store.state.rating, 'declined already').to.deep.equal(second);
    // Safe once sent: it may give way too.
    store.setRatingState(second, 'choosing');
    store.setRatingState(second, 'saved');
    store.askRating(third);
    expect(store.state.rating).to.deep.equal(third);
    expect(store.state.ratingWaiting).to.deep.equal([]);
    store.setRatingState(third, 'choosing');
    store.askRating(second);
    store.askRating(fourth);
    expect(store.state.ratingWaiting, 'the saved one is not asked again').to.deep.equal([fourth]);
    // The idle wipe forgets the prompt, its choices and the line.
    store.reset('zh-CN', { name: 'home' });
    expect(store.state).to.deep.include({ rating: undefined, ratingUnsent: false, ratingWaiting: [] });
  });

  it('forgets everything on reset, back to the given language', () => {
    const store = new VisitorStore('zh-CN');
    const seen: string[] = [];
    store.subscribe((s) => seen.push(s.locale));
    store.go({ name: 'search' });
    store.setLocale('en');
    store.setElderly(true);
    store.setQuery('sb');
    store.finishTask('tm-registration');
    store.showHandOff({ kind: 'guide', url: 'https://portal.example.cn/#item=x', modules: [] });
    store.notify({ tone: 'info', key: 'app.print.done' });
    store.reset('zh-CN', { name: 'home' });
    const s = store.state;
    expect(s).to.deep.include({ locale: 'zh-CN', elderly: false, query: '', rating: undefined, handOff: undefined });
    expect(s.stack).to.deep.equal([{ name: 'home' }]);
    expect(s.finished).to.deep.equal([]);
    expect(s.notice).to.equal(undefined);
    expect(seen.at(-1)).to.equal('zh-CN');
  });

  it('a new screen clears a QR code or notice left on the last one', () => {
    const store = new VisitorStore('zh-CN');
    store.go({ name: 'guide', itemId: 'a' });
    store.showHandOff({ kind: 'guide', url: 'u', modules: [] });
    store.go({ name: 'hall' });
    expect(store.state.handOff).to.equal(undefined);
  });
});
