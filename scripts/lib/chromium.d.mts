/** The Chromium binary: CHROMIUM_PATH (set by scripts/lib/bootstrap.mjs), else Debian's. */
export function chromiumExecutable(): string;
/** Flags every tool here starts Chromium with. */
export const CHROMIUM_ARGS: readonly string[];
