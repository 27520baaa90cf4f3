import type { LocaleTable } from '../../resource.js';

const consult: LocaleTable = {};

export default consult;
