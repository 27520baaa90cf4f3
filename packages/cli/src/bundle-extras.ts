import type { Catalogue } from '@yizhan/catalogue';
import type { BundleFile } from '@yizhan/catalogue/node';

/**
 * Files that other packages add to a bundle beside catalogue.json. The search capability adds
 * its prebuilt index here (search-index.json).
 */
export async function bundleExtras(_catalogue: Catalogue): Promise<BundleFile[]> {
  return [];
}
