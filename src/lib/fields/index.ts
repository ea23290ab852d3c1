/** The field rules and collection schemas, for the build, the linter, the editor scripts and the CMS. */
export * from './rules.ts';
export * from './schemas.ts';
export { nearestKey, strictObject } from './strict.ts';
export { contactSchema } from './contact.ts';
