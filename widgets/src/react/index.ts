// Generated from custom-elements.json by widgets/scripts/framework-types.ts. Do not edit.
/**
 * Every Yizhan React wrapper. Importing this registers every element; import one component's
 * module instead (`@yizhan/widgets/react/yz-search`) to load only that one.
 */
export * from './yz-catalogue.js';
export * from './yz-consult-form.js';
export * from './yz-outlets.js';
export * from './yz-rating.js';
export * from './yz-search.js';
