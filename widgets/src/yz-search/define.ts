import { defineElement } from '../internal/define.js';
import { YzSearch } from './yz-search.js';

defineElement('yz-search', YzSearch);

declare global {
  interface HTMLElementTagNameMap {
    'yz-search': YzSearch;
  }
}
