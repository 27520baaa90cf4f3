import type { Clock } from './clock.js';

/**
 * Where the kiosk is in a visitor's life cycle:
 * - `attract`: nobody here, the attract screen loops;
 * - `resting`: the clean home screen right after a wipe, waiting `attractSeconds` for a touch;
 * - `active`: a visitor is using the kiosk;
 * - `countdown`: no touch for `idleSeconds`; a visible countdown asks "still there?". Any input
 *   cancels it; at zero the visitor is forgotten (wiped) and the kiosk rests.
 */
export type IdlePhase = 'attract' | 'resting' | 'active' | 'countdown';

export interface IdleState {
  phase: IdlePhase;
  /** Whole seconds left on the visible countdown; only in `countdown`. */
  secondsLeft?: number;
}

export type WipeReason = 'idle' | 'visitor' | 'staff' | 'startup' | 'recovery';

export interface IdleTimerOptions {
  clock: Clock;
  idleSeconds: number;
  countdownSeconds: number;
  attractSeconds: number;
  onState: (state: IdleState) => void;
  onWipe: (reason: WipeReason) => void;
}

/**
 * Elderly mode (适老化) promises no time pressure: the kiosk waits this many times longer
 * before it starts asking.
 */
export const RELAXED_FACTOR = 2;

export class IdleTimer {
  private state: IdleState = { phase: 'attract' };
  private timer: unknown;
  private relaxed = false;

  constructor(private readonly options: IdleTimerOptions) {}

  get current(): IdleState {
    return { ...this.state };
  }

  /** Any visitor input: a touch, a key on the on-screen keyboard, a scroll. */
  activity(): void {
    this.enter({ phase: 'active' });
  }

  /** Elderly mode on or off; takes effect from the next input. Reset by every wipe. */
  setRelaxed(relaxed: boolean): void {
    this.relaxed = relaxed;
    if (this.state.phase === 'active') this.enter({ phase: 'active' });
  }

  /** Forget the visitor now: they pressed "finish", or staff asked, or the app just started. */
  wipe(reason: WipeReason): void {
    this.relaxed = false;
    this.enter({ phase: 'resting' });
    this.options.onWipe(reason);
  }

  /**
   * Rest without a wipe: for a host whose timer does not outlive the page (kiosk:web, where the
   * reload that ends a wipe builds the timer anew), picking up where the wipe left the kiosk.
   */
  rest(): void {
    this.enter({ phase: 'resting' });
  }

  stop(): void {
    this.clear();
  }

  private clear(): void {
    if (this.timer !== undefined) this.options.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(seconds: number, then: () => void): void {
    this.clear();
    this.timer = this.options.clock.setTimeout(() => {
      this.timer = undefined;
      then();
    }, seconds * 1000);
  }

  private enter(state: IdleState): void {
    const changed = state.phase !== this.state.phase || state.secondsLeft !== this.state.secondsLeft;
    this.state = state;
    const { idleSeconds, countdownSeconds, attractSeconds } = this.options;
    switch (state.phase) {
      case 'active':
        this.schedule(idleSeconds * (this.relaxed ? RELAXED_FACTOR : 1), () =>
          this.enter({ phase: 'countdown', secondsLeft: countdownSeconds }),
        );
        break;
      case 'countdown': {
        const left = state.secondsLeft ?? 0;
        this.schedule(1, () =>
          left <= 1 ? this.wipe('idle') : this.enter({ phase: 'countdown', secondsLeft: left - 1 }),
        );
        break;
      }
      case 'resting':
        this.schedule(attractSeconds, () => this.enter({ phase: 'attract' }));
        break;
      case 'attract':
        this.clear();
        break;
    }
    if (changed) this.options.onState({ ...state });
  }
}
