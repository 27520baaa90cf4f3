/**
 * Repeat a key while a finger (or the mouse) stays on it, as a hardware keyboard repeats
 * Backspace: nothing before a pause that a slow tap never reaches, then steadily until the press
 * ends. simple-keyboard has its own hold, but it repeats every letter as well, and on a
 * touchscreen an unsteady or slow finger then types "aaa"; so its hold is off and only the keys
 * chosen here repeat.
 */
export interface HoldRepeatOptions {
  /** Whether a press on this key (the element with `data-skbtn`) repeats. */
  repeats(button: string): boolean;
  /** One more press of that key; the first press is the keyboard's own. */
  onRepeat(button: string): void;
  /** Before the first repeat; simple-keyboard's value, long enough for any deliberate tap. */
  delayMs?: number;
  everyMs?: number;
}

export function repeatWhileHeld(root: HTMLElement, options: HoldRepeatOptions): () => void {
  const delay = options.delayMs ?? 500;
  const every = options.everyMs ?? 100;
  const controller = new AbortController();
  let stopHold: (() => void) | undefined;

  root.addEventListener(
    'pointerdown',
    (event) => {
      stopHold?.();
      const key = event.target instanceof Element ? event.target.closest('[data-skbtn]') : null;
      const button = key?.getAttribute('data-skbtn');
      if (!button || !options.repeats(button)) return;
      const pointer = event.pointerId;
      let interval: number | undefined;
      const timeout = window.setTimeout(() => {
        interval = window.setInterval(() => options.onRepeat(button), every);
      }, delay);
      const hold = new AbortController();
      const end = (e: PointerEvent) => {
        if (e.pointerId === pointer) stopHold?.();
      };
      // On the window: a mouse let go off the key still ends the press (a touch stays with its key).
      window.addEventListener('pointerup', end, { capture: true, signal: hold.signal });
      window.addEventListener('pointercancel', end, { capture: true, signal: hold.signal });
      stopHold = () => {
        window.clearTimeout(timeout);
        window.clearInterval(interval);
        hold.abort();
        stopHold = undefined;
      };
    },
    { signal: controller.signal },
  );

  return () => {
    stopHold?.();
    controller.abort();
  };
}
