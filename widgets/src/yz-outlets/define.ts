import { defineElement } from '../internal/define.js';
import { YzOutlets } from './yz-outlets.js';

defineElement('yz-outlets', YzOutlets);

export { YzOutlets };
