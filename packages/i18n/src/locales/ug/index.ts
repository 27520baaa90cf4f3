import type { LocaleResource } from '../../resource.js';

const ug: LocaleResource = {};

export default ug;
