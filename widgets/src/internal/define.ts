/** The version of this widgets build, written into the registry so two copies can be told apart. */
export const WIDGETS_VERSION = '0.1.0';

interface Registry {
  version: string;
  elements: Record<string, string>;
}

declare global {
  // Shared by every copy of the widgets on a page (two portals' scripts may meet).
  var __yizhanWidgets__: Registry | undefined;
}

/**
 * Register a custom element only if no copy has registered that name yet. When two builds of
 * Yizhan meet on one page, the first wins and a version mismatch is reported once on the console,
 * instead of the second throwing `NotSupportedError` and breaking the host page.
 */
let warned = false;

export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const registry = (globalThis.__yizhanWidgets__ ??= { version: WIDGETS_VERSION, elements: {} });
  const existing = customElements.get(name);
  if (existing) {
    const other = registry.elements[name];
    // Once per copy, not once per element: one line in the console says what happened.
    if (other && other !== WIDGETS_VERSION && !warned) {
      warned = true;
      console.warn(
        `[yizhan] Yizhan widgets ${other} are already registered on this page (first: <${name}>); this copy (${WIDGETS_VERSION}) uses them instead of its own.`,
      );
    }
    return;
  }
  customElements.define(name, constructor);
  registry.elements[name] = WIDGETS_VERSION;
}
