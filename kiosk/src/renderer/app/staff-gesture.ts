/**
 * The way into the staff screen: seven taps on the hall's name within four seconds. Long enough
 * that no visitor does it by accident, short enough for staff to do without thinking; nothing on
 * screen advertises it. The staff screen shows counts and versions only, so a curious visitor who
 * finds it learns nothing personal (see docs/kiosk.md).
 */
export const STAFF_TAPS = 7;
export const STAFF_WINDOW_MS = 4000;

export class StaffGesture {
  private taps: number[] = [];

  constructor(private readonly onOpen: () => void) {}

  /** A tap at `at` ms (an event's timeStamp). */
  tap(at: number): void {
    this.taps = [...this.taps.filter((t) => at - t < STAFF_WINDOW_MS), at];
    if (this.taps.length >= STAFF_TAPS) {
      this.taps = [];
      this.onOpen();
    }
  }
}
