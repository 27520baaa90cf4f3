/** The Chinese identifier validators of @yizhan/catalogue (plain functions, no zod). */
export {
  validateMobile,
  validateEmail,
  validateUscc,
  validateResidentId,
  validatePatentApplication,
  validateTrademarkNumber,
} from '@yizhan/catalogue/validators';
