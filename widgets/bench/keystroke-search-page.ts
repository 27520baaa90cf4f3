/**
 * Runs inside Chromium for `keystroke-search.ts`: mounts yz-search over a catalogue and its prebuilt
 * index served by the benchmark, and times every keystroke Playwright types into it, up to the
 * frame that shows it, and every (debounced) search, up to the frame that shows its results.
 */
import '../src/yz-search/define.js';
import { SearchEngine } from '@yizhan/search';
import type { Catalogue } from '@yizhan/catalogue';
import type { YzSearch } from '../src/yz-search/yz-search.js';

/** One keystroke: a key Playwright pressed (`key`) or a character it inserted (`text`, hanzi). */
export interface KeystrokeSample {
  via: 'key' | 'text';
  /** Event time stamp (the keydown's, or the beforeinput's for inserted text), ms. */
  start: number;
  /** From the event's time stamp to the task after the next frame's rendering, ms. */
  toPaint: number;
  /** From the event's time stamp to the start of the next frame (its animation callbacks): input handling, then waiting for the frame. */
  toFrame: number;
  /** Main-thread work the keystroke caused: input listeners with Lit's update, plus the frame's rendering, ms. */
  work: number;
  /** From the event's time stamp to when the page's first listener ran: time spent waiting for a busy main thread. */
  inputDelay: number;
  /** Event Timing's longest entry for this keystroke (to presentation, 8 ms steps); 0 when under 16 ms. */
  eventTiming: number;
}

/** One search the component ran (after its debounce), up to the frame that shows its results. */
export interface SearchSample {
  query: string;
  /** When the search started, ms (same clock as the keystrokes' `start`). */
  start: number;
  /** `engine.search` alone, ms. */
  searchMs: number;
  /** From the search call to the task after the frame that shows the results, ms. */
  toPaint: number;
  /** Options in the listbox in that frame. */
  options: number;
}

export interface KeystrokeResults {
  keystrokes: KeystrokeSample[];
  searches: SearchSample[];
}

/** The task after the next frame's rendering (style, layout, paint) has run on the main thread. */
const afterNextPaint = (then: (frameAt: number) => void): void => {
  requestAnimationFrame(() => {
    const frameAt = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(frameAt);
    channel.port2.postMessage(null);
  });
};

let el: YzSearch | undefined;
let keystrokes: KeystrokeSample[] = [];
let searches: SearchSample[] = [];
let timings: PerformanceEventTiming[] = [];
let pending: { via: 'key' | 'text'; start: number; firstAt: number; inputDelay: number } | undefined;
let measuring = false;

// The component's own code stays as shipped: the engine it loads is this class, timed from outside.
const search = SearchEngine.prototype.search;
SearchEngine.prototype.search = function (this: SearchEngine, ...args: Parameters<typeof search>) {
  const start = performance.now();
  const response = search.apply(this, args);
  const searchMs = performance.now() - start;
  if (measuring) {
    const query = args[0];
    afterNextPaint(() => {
      const options = el?.shadowRoot?.querySelectorAll('[role="option"]').length ?? 0;
      searches.push({ query, start, searchMs, toPaint: performance.now() - start, options });
    });
  }
  return response;
};

// Capture listeners on window run before the component's own (these events are composed).
addEventListener(
  'keydown',
  (event) => {
    if (!measuring || event.key.length !== 1) return;
    const now = performance.now();
    pending = { via: 'key', start: event.timeStamp, firstAt: now, inputDelay: now - event.timeStamp };
  },
  true,
);
addEventListener(
  'beforeinput',
  (event) => {
    if (!measuring || pending) return;
    const now = performance.now();
    pending = { via: 'text', start: event.timeStamp, firstAt: now, inputDelay: now - event.timeStamp };
  },
  true,
);
let handled: { firstAt: number; start: number } | undefined;
let handledAt = 0;
addEventListener(
  'input',
  () => {
    const keystroke = pending;
    pending = undefined;
    if (!keystroke) return;
    handled = keystroke;
    afterNextPaint((frameAt) => {
      const paintedAt = performance.now();
      const { firstAt, ...sample } = keystroke;
      keystrokes.push({
        ...sample,
        toPaint: paintedAt - keystroke.start,
        toFrame: frameAt - keystroke.start,
        // The page's own work: its input listeners and Lit's update, then the frame's rendering.
        work: handledAt - firstAt + (paintedAt - frameAt),
        eventTiming: 0,
      });
    });
  },
  true,
);
// Bubbling on window: runs after the component's listener and the Lit update it queued.
addEventListener('input', () => {
  if (handled) handledAt = performance.now();
  handled = undefined;
});

// The browser's own measure, to the frame's presentation; it only reports events of 16 ms or more.
new PerformanceObserver((list) => {
  if (measuring) timings.push(...(list.getEntries() as PerformanceEventTiming[]));
}).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);

const KEY_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input']);

export async function mount(catalogueUrl: string, indexUrl: string): Promise<{ items: number; outlets: number }> {
  const [catalogue, searchIndex] = await Promise.all([
    fetch(catalogueUrl).then((r) => r.json() as Promise<Catalogue>),
    fetch(indexUrl).then((r) => r.json() as Promise<unknown>),
  ]);
  el = document.createElement('yz-search');
  el.catalogue = catalogue;
  el.searchIndex = searchIndex;
  document.body.append(el);
  await el.updateComplete;
  return { items: catalogue.items.length, outlets: catalogue.outlets.length };
}

let baseline: HTMLInputElement | undefined;

/**
 * The same page's floor: a plain `<input>`. What the browser takes to paint a keystroke here
 * (frame scheduling, caret, text layout) is not the component's cost. With `repaint`, a line of
 * text under it is rewritten on the same debounce as yz-search's results (60 ms after typing
 * pauses): the least any search-as-you-type box does, and it changes when Chromium's next frame
 * can start.
 */
export function mountBaseline(repaint: boolean): void {
  baseline = document.createElement('input');
  baseline.setAttribute('aria-label', 'baseline');
  baseline.style.cssText = 'display:block;font:16px sans-serif;width:300px';
  document.body.prepend(baseline);
  if (!repaint) return;
  const input = baseline;
  const line = document.createElement('p');
  input.after(line);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => (line.textContent = `${input.value} 的结果`), 60);
  });
}

/** Empty the box between queries (not a keystroke: the page sets the value). */
export async function clear(): Promise<void> {
  if (baseline) baseline.value = '';
  if (!el) return;
  el.value = '';
  await el.updateComplete;
}

export function start(): void {
  keystrokes = [];
  searches = [];
  timings = [];
  pending = undefined;
  measuring = true;
}

export async function finish(): Promise<KeystrokeResults> {
  // Event Timing entries arrive after presentation: give the last ones time to come in.
  await new Promise((resolve) => setTimeout(resolve, 300));
  measuring = false;
  const sorted = [...keystrokes].sort((a, b) => a.start - b.start);
  for (const entry of timings) {
    if (!KEY_EVENTS.has(entry.name)) continue;
    // A keystroke's events (keydown, keypress, input, keyup) start at or after its own time stamp.
    let owner: KeystrokeSample | undefined;
    for (const k of sorted) {
      if (k.start <= entry.startTime + 0.01) owner = k;
      else break;
    }
    if (owner) owner.eventTiming = Math.max(owner.eventTiming, entry.duration);
  }
  return { keystrokes: sorted, searches };
}

declare global {
  interface Window {
    yzKeystrokeBench: {
      mount: typeof mount;
      mountBaseline: typeof mountBaseline;
      clear: typeof clear;
      start: typeof start;
      finish: typeof finish;
    };
  }
}
window.yzKeystrokeBench = { mount, mountBaseline, clear, start, finish };
