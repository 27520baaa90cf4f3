import type { LocaleTable } from '../../resource.js';

const outlets: LocaleTable = {};

export default outlets;
