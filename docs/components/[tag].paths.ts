import { componentPage, loadElements, MANIFEST_PATH } from '../.vitepress/lib/manifest.js';

/** One page per element in widgets/custom-elements.json. */
export default {
  watch: [MANIFEST_PATH],
  paths() {
    return loadElements().map((el) => ({ params: { tag: el.tagName }, content: componentPage(el) }));
  },
};
