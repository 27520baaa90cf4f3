import { defineElement } from '../internal/define.js';
import { YzRating } from './yz-rating.js';

defineElement('yz-rating', YzRating);

declare global {
  interface HTMLElementTagNameMap {
    'yz-rating': YzRating;
  }
}
