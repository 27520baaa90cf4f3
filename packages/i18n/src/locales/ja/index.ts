import type { LocaleResource } from '../../resource.js';
import common from './common.js';
import validation from './validation.js';
import cli from './cli.js';
import ui from './ui.js';
import search from './search.js';
import catalogue from './catalogue.js';
import outlets from './outlets.js';
import consult from './consult.js';
import rating from './rating.js';
import kiosk from './kiosk.js';
import console from './console.js';

/** ja: one module per namespace. A new namespace is imported here and listed in ../../loaders.ts. */
const ja: LocaleResource = { common, validation, cli, ui, search, catalogue, outlets, consult, rating, kiosk, console };

export default ja;
