/**
 * Work that no first paint needs (a QR code, a component the page needs later) runs when the
 * main thread is idle, in a task of its own, not inside the task that renders. The timeout keeps
 * it from waiting for ever on a page that is never idle.
 */
export function whenIdle(run: () => void, timeout = 2000): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(run, { timeout });
  else setTimeout(run, 200);
}

export const idle = (timeout?: number): Promise<void> => new Promise((resolve) => whenIdle(resolve, timeout));
