import { expect } from '@open-wc/testing';
import type { Activity } from '../../src/shared/bridge.js';
import { guardTouch } from '../../src/renderer/app/touch-guard.js';
import { tap } from './helpers.js';

describe('touch guard', () => {
  let stop: () => void = () => {};
  afterEach(() => stop());

  it('reports touches and keys, and no long-press menu opens', async () => {
    const seen: Activity[] = [];
    stop = guardTouch(window, { report: (a) => seen.push(a) });
    const button = document.createElement('button');
    button.textContent = 'x';
    document.body.append(button);
    await tap(button);
    expect(seen).to.deep.include({ kind: 'touch' });
    const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true, composed: true });
    button.dispatchEvent(menu);
    expect(menu.defaultPrevented).to.equal(true);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(seen).to.deep.include({ kind: 'key' });
    button.remove();
  });

  it('stops pinch and ctrl+wheel zoom but not scrolling', () => {
    stop = guardTouch(window, { report: () => {} });
    const zoom = new WheelEvent('wheel', { ctrlKey: true, cancelable: true, bubbles: true });
    window.dispatchEvent(zoom);
    expect(zoom.defaultPrevented).to.equal(true);
    const scroll = new WheelEvent('wheel', { deltaY: 40, cancelable: true, bubbles: true });
    window.dispatchEvent(scroll);
    expect(scroll.defaultPrevented).to.equal(false);
    const zoomKey = new KeyboardEvent('keydown', { key: '+', ctrlKey: true, cancelable: true });
    window.dispatchEvent(zoomKey);
    expect(zoomKey.defaultPrevented).to.equal(true);
  });

  it('lets text be selected only in fields and marked places', () => {
    stop = guardTouch(window, { report: () => {} });
    const para = document.createElement('p');
    const ref = document.createElement('p');
    ref.className = 'selectable';
    const field = document.createElement('input');
    document.body.append(para, ref, field);
    const select = (el: Element) => {
      const event = new Event('selectstart', { bubbles: true, cancelable: true, composed: true });
      el.dispatchEvent(event);
      return !event.defaultPrevented;
    };
    expect(select(para)).to.equal(false);
    expect(select(ref)).to.equal(true);
    expect(select(field)).to.equal(true);
    para.remove();
    ref.remove();
    field.remove();
  });

  it('keeps the window on the app: links elsewhere do not navigate', () => {
    stop = guardTouch(window, { report: () => {} });
    const away = document.createElement('a');
    away.href = 'https://www.cnipa.gov.cn/';
    const here = document.createElement('a');
    here.href = '#top';
    document.body.append(away, here);
    const click = (a: HTMLAnchorElement) => {
      const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      a.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(click(away)).to.equal(true);
    expect(click(here)).to.equal(false);
    away.remove();
    here.remove();
  });

  it('reports scrolling at most once a second', () => {
    const seen: Activity[] = [];
    stop = guardTouch(window, { report: (a) => seen.push(a), scrollEveryMs: 1000 });
    for (let i = 0; i < 5; i++) document.dispatchEvent(new Event('scroll'));
    expect(seen.filter((a) => a.kind === 'scroll')).to.have.length(1);
  });
});
