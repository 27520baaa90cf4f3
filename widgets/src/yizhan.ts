/**
 * The one-file loader: `<script type="module" src="yizhan.js">` registers every Yizhan component.
 * Safe when two copies meet on one page (see internal/define.ts).
 */
import './yz-search/define.js';
import './yz-catalogue/define.js';
import './yz-outlets/define.js';
import './yz-consult-form/define.js';
import './yz-rating/define.js';

export * from './index.js';
