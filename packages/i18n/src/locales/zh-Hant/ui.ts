import type { LocaleTable } from '../../resource.js';

const ui: LocaleTable = {};

export default ui;
