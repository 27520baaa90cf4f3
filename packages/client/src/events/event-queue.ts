import type { DemandEvent } from '@yizhan/catalogue';

/**
 * Events waiting to be sent, aggregated before they leave (pure, no I/O):
 * - a search repeated in the same batch counts once (one person pressing Enter twice is one
 *   need), keeping the latest result count;
 * - consecutive searches where one extends the other (`商`, `商标`, `商标续展` while typing, or
 *   backspacing) collapse into the last one, the query the person settled on.
 * The queue is bounded: when the server is unreachable for long, the oldest events go first.
 */
export class EventQueue {
  private events: DemandEvent[] = [];

  constructor(private readonly capacity = 500) {}

  get size(): number {
    return this.events.length;
  }

  add(event: DemandEvent): void {
    if (event.type === 'search') {
      const last = this.events.at(-1);
      if (last?.type === 'search' && sameContext(last, event) && extends_(last.query, event.query)) {
        this.events[this.events.length - 1] = event;
        return;
      }
      const earlier = this.events.findIndex(
        (e) => e.type === 'search' && sameContext(e, event) && e.query === event.query,
      );
      if (earlier >= 0) this.events.splice(earlier, 1);
    }
    this.events.push(event);
    if (this.events.length > this.capacity) this.events.splice(0, this.events.length - this.capacity);
  }

  /** Remove and return up to `max` events, oldest first. */
  take(max: number): DemandEvent[] {
    return this.events.splice(0, max);
  }

  /** Put events whose sending failed back in front, still within capacity. */
  restore(events: DemandEvent[]): void {
    this.events = [...events, ...this.events].slice(-this.capacity);
  }
}

const sameContext = (a: DemandEvent, b: DemandEvent) => a.channel === b.channel && a.locale === b.locale;
const extends_ = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
