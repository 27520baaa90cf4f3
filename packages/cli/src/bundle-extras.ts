import { BUNDLE_FILES, type Catalogue } from '@yizhan/catalogue';
import type { BundleFile } from '@yizhan/catalogue/node';
import { buildSearchIndex } from '@yizhan/search/build';

/**
 * Files that other packages add to a bundle beside catalogue.json: the prebuilt search index
 * (pinyin computed here, at build time, so browsers never load a pinyin library).
 */
export async function bundleExtras(catalogue: Catalogue): Promise<BundleFile[]> {
  return [{ path: BUNDLE_FILES.searchIndex, content: JSON.stringify(buildSearchIndex(catalogue)) }];
}
