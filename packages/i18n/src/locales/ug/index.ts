import type { LocaleResource } from '../../resource.js';
import common from './common.js';
import ui from './ui.js';
import search from './search.js';
import catalogue from './catalogue.js';
import outlets from './outlets.js';
import consult from './consult.js';
import rating from './rating.js';
import kiosk from './kiosk.js';

/**
 * ug (Uyghur, right to left): the namespaces a visitor sees in the widgets and on the kiosk.
 * Staff-facing namespaces (validation, cli, console) fall back to English, then zh-CN.
 */
const ug: LocaleResource = { common, ui, search, catalogue, outlets, consult, rating, kiosk };

export default ug;
