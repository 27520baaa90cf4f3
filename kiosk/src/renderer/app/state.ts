/**
 * The visitor's session as plain data, apart from rendering: where they are, what they typed,
 * language and elderly mode, which tasks they finished and which rating prompt is due. Everything
 * here belongs to one visitor and goes at once on a wipe (`reset`); nothing is written anywhere.
 */
export type Screen =
  | { name: 'attract' }
  | { name: 'home' }
  | { name: 'category'; category: string }
  | { name: 'search' }
  | { name: 'guide'; itemId: string }
  | { name: 'hall' }
  | { name: 'consult'; itemId?: string }
  | { name: 'staff' };

export type ScreenName = Screen['name'];

/** A rating the kiosk offers after a finished task; voluntary, one per target. */
export interface RatingPrompt {
  targetType: 'item';
  targetId: string;
}

/**
 * Where the visitor is with a rating prompt, as its sheet tells the visit: `choosing` (a level
 * chosen or text typed, not sent yet), `saved` (safe: sent, or queued in the outbox) or `refused`
 * (the server refused it after all; the form is back with their choices, still unsent).
 */
export type RatingState = 'choosing' | 'saved' | 'refused';

/** A QR code the visitor asked for, shown large over the screen. */
export interface HandOff {
  kind: 'guide' | 'consultation';
  url: string;
  modules: string[];
}

export interface Notice {
  tone: 'info' | 'error';
  /** Key in the kiosk namespace. */
  key: string;
}

export interface VisitorState {
  stack: Screen[];
  locale: string;
  elderly: boolean;
  query: string;
  /** Items whose guide the visitor took away (printed or scanned): a task finished. */
  finished: string[];
  /** Rating targets already answered or declined in this visit. */
  ratingSettled: string[];
  rating: RatingPrompt | undefined;
  /** The visitor has chosen something in the current prompt and not sent it yet: it keeps its place. */
  ratingUnsent: boolean;
  /** Prompts of services finished meanwhile, asked in turn once the current one is closed. */
  ratingWaiting: RatingPrompt[];
  handOff: HandOff | undefined;
  notice: Notice | undefined;
}

export function initialState(locale: string): VisitorState {
  return {
    stack: [{ name: 'attract' }],
    locale,
    elderly: false,
    query: '',
    finished: [],
    ratingSettled: [],
    rating: undefined,
    ratingUnsent: false,
    ratingWaiting: [],
    handOff: undefined,
    notice: undefined,
  };
}

type Listener = (state: VisitorState) => void;

export class VisitorStore {
  private value: VisitorState;
  private readonly listeners = new Set<Listener>();

  constructor(private defaultLocale: string) {
    this.value = initialState(defaultLocale);
  }

  get state(): VisitorState {
    return this.value;
  }

  get screen(): Screen {
    return this.value.stack[this.value.stack.length - 1] ?? { name: 'home' };
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<VisitorState>): void {
    this.value = { ...this.value, ...patch };
    for (const listener of [...this.listeners]) listener(this.value);
  }

  /** Forget the visitor: language back to the hall's default, everything else empty. */
  reset(locale = this.defaultLocale, screen: Screen = { name: 'attract' }): void {
    this.defaultLocale = locale;
    this.value = { ...initialState(locale), stack: [screen] };
    for (const listener of [...this.listeners]) listener(this.value);
  }

  /** Open a screen on top of the current one; the home screen starts a fresh trail. */
  go(screen: Screen): void {
    if (screen.name === 'home' || screen.name === 'attract') {
      this.set({ stack: [screen], handOff: undefined, notice: undefined, ...this.promptOnLeave() });
      return;
    }
    const current = this.screen;
    if (JSON.stringify(current) === JSON.stringify(screen)) return;
    this.set({ stack: [...this.value.stack, screen], handOff: undefined, notice: undefined });
  }

  back(): void {
    const stack = this.value.stack.slice(0, -1);
    this.set({
      stack: stack.length ? stack : [{ name: 'home' }],
      handOff: undefined,
      notice: undefined,
      ...this.promptOnLeave(),
    });
  }

  setLocale(locale: string): void {
    this.set({ locale });
  }

  setElderly(elderly: boolean): void {
    this.set({ elderly });
  }

  setQuery(query: string): void {
    this.set({ query });
  }

  showHandOff(handOff: HandOff | undefined): void {
    this.set({ handOff });
  }

  notify(notice: Notice | undefined): void {
    this.set({ notice });
  }

  /** The visitor took a guide away (printed, scanned): ask for a rating when they leave it. */
  finishTask(itemId: string): void {
    if (!this.value.finished.includes(itemId)) this.set({ finished: [...this.value.finished, itemId] });
  }

  /**
   * Rated, or "no thanks": never ask about this target again in this visit. The next service
   * waiting in line, if any, is asked about now.
   */
  settleRating(): void {
    const rating = this.value.rating;
    if (!rating) return;
    const key = ratingKey(rating);
    const settled = this.value.ratingSettled.includes(key)
      ? this.value.ratingSettled
      : [...this.value.ratingSettled, key];
    const waiting = this.value.ratingWaiting.filter((p) => !settled.includes(ratingKey(p)));
    this.set({ rating: waiting[0], ratingUnsent: false, ratingWaiting: waiting.slice(1), ratingSettled: settled });
  }

  /**
   * What the visitor did with the prompt of `prompt`. Unsent choices (`choosing`, `refused`) keep
   * the current prompt in place until it is sent or declined; heard about another prompt than the
   * current one, that part changes nothing. A `saved` target is not asked about again in this
   * visit, even if the visitor never closes its prompt and the next finished task's prompt takes
   * its place; a `refused` one may be asked again. The prompt itself stays until it is settled.
   */
  setRatingState(prompt: RatingPrompt, state: RatingState): void {
    const key = ratingKey(prompt);
    const saved = state === 'saved';
    const unsent = !saved;
    const current = this.value.rating;
    const settled = this.value.ratingSettled;
    const patch: Partial<VisitorState> = {};
    if (current && ratingKey(current) === key && this.value.ratingUnsent !== unsent) patch.ratingUnsent = unsent;
    // Only the widget's outcome says whether the rating is given; `choosing` leaves that as it is.
    if (state !== 'choosing' && saved !== settled.includes(key)) {
      patch.ratingSettled = saved ? [...settled, key] : settled.filter((k) => k !== key);
    }
    if (Object.keys(patch).length) this.set(patch);
  }

  /** Leaving a guide whose task was finished brings up its rating prompt (once). */
  private promptOnLeave(): Partial<VisitorState> {
    const current = this.screen;
    if (current.name !== 'guide' || this.value.rating) return {};
    const prompt: RatingPrompt = { targetType: 'item', targetId: current.itemId };
    if (!this.value.finished.includes(current.itemId) || this.value.ratingSettled.includes(ratingKey(prompt)))
      return {};
    return { rating: prompt };
  }

  /**
   * Ask now (the visitor pressed "done" on a guide). A prompt with nothing chosen, or whose rating
   * is already safe, gives way as it always did. One where the visitor has chosen a level or typed
   * a comment and not sent it keeps its place, and the new one waits in line until it is sent and
   * closed or declined: nothing the visitor chose is lost. Waiting in line rather than telling them
   * another service waits, because an elderly visitor at a touchscreen is best served by one
   * question at a time that does not change under their finger, with no second message to read
   * and decide about while typing; the next question then comes up in the same place, under its
   * own service's name.
   */
  askRating(prompt: RatingPrompt): void {
    const key = ratingKey(prompt);
    if (this.value.ratingSettled.includes(key)) return;
    const current = this.value.rating;
    if (current && this.value.ratingUnsent && ratingKey(current) !== key) {
      const waiting = this.value.ratingWaiting;
      if (!waiting.some((p) => ratingKey(p) === key)) this.set({ ratingWaiting: [...waiting, prompt] });
      return;
    }
    const same = current !== undefined && ratingKey(current) === key;
    this.set({
      rating: prompt,
      ratingUnsent: same && this.value.ratingUnsent,
      ratingWaiting: this.value.ratingWaiting.filter((p) => ratingKey(p) !== key),
    });
  }
}

const ratingKey = (prompt: RatingPrompt) => `${prompt.targetType}:${prompt.targetId}`;
