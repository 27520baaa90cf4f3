import type { LocaleTable } from '../../resource.js';

const console: LocaleTable = {};

export default console;
