import type { LocaleTable } from '../../resource.js';

const search: LocaleTable = {};

export default search;
