import type { LocaleTable } from '../../resource.js';

const rating: LocaleTable = {};

export default rating;
