import type { LocaleTable } from '../../resource.js';

const kiosk: LocaleTable = {};

export default kiosk;
