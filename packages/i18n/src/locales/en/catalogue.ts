import type { LocaleTable } from '../../resource.js';

const catalogue: LocaleTable = {};

export default catalogue;
