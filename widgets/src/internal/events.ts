/** Dispatch a `yz-` event that bubbles and crosses shadow roots, the only kind our components emit. */
export function emit<T>(
  target: EventTarget,
  type: `yz-${string}`,
  detail: T,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(
    new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }),
  );
}
