import { defineElement } from '../internal/define.js';
import { YzCatalogue } from './yz-catalogue.js';

defineElement('yz-catalogue', YzCatalogue);

export { YzCatalogue };
