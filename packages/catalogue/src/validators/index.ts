/** Chinese identifier validators: pure, browser-safe, returning machine reason codes. */
export { type Validator, type ValidatorResult } from './result.js';
export { validateMobile, type MobileReason } from './mobile.js';
export { validateEmail, type EmailReason } from './email.js';
export { validateUscc, usccCheckCharacter, type UsccReason } from './uscc.js';
export { validateResidentId, residentIdCheckCharacter, type ResidentIdReason } from './resident-id.js';
export {
  validatePatentApplication,
  parsePatentApplication,
  patentCheckDigit,
  type ParsedPatentApplication,
  type PatentApplicationReason,
  type PatentType,
} from './patent.js';
export { validateTrademarkNumber, type TrademarkNumberReason } from './trademark.js';
