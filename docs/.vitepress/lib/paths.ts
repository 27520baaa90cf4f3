import { fileURLToPath } from 'node:url';

/** The repository root (this file is docs/.vitepress/lib/paths.ts). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const DOCS = `${ROOT}docs/`;
/** Generated files the site serves (widgets build, demo bundle, downloads); not committed. */
export const GENERATED_PUBLIC = `${DOCS}site/public/`;
