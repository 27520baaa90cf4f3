import type { LocaleResource } from '../../resource.js';

const ja: LocaleResource = {};

export default ja;
