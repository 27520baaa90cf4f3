/**
 * The Chinese identifier validators of @yizhan/catalogue, without the rest of that package:
 * its index also brings zod schemas and the CSV reader (which needs Node's Buffer), so in
 * unbundled development and tests it cannot load in a browser. The validator modules are plain
 * functions with no imports beyond each other. Switch to a `@yizhan/catalogue/validators`
 * subpath export once the catalogue package offers one.
 */
export {
  validateMobile,
  validateEmail,
  validateUscc,
  validateResidentId,
  validatePatentApplication,
  validateTrademarkNumber,
} from '../../../packages/catalogue/src/validators/index.js';
