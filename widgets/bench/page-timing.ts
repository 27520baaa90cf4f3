/** Timing helpers for the benchmark pages (they run inside Chromium). */

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** After the next frame is painted (a rAF, then a task after it). */
export async function painted(): Promise<void> {
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Yields a task at a time until `predicate` holds. */
export async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setTimeout(resolve, 0));
}
