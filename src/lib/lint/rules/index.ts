/** Every content rule, run in this order: one file each, so a rule is found, read and tested alone. */
import { commentInText } from './comment-in-text.ts';
import { noImports } from './imports.ts';
import { noExpressions } from './expressions.ts';
import { allowedElements } from './elements.ts';
import { allowedAttributes } from './attributes.ts';
import { safeUrls } from './unsafe-urls.ts';
import { imageFiles } from './images.ts';
import { videoFiles } from './media-files.ts';
import { headingLevels } from './headings.ts';
import { plainTables } from './tables.ts';
import { sameLanguageLinks } from './language-links.ts';
import { internalLinks } from './internal-links.ts';
import { referencesExist } from './references.ts';
import { translationReferences } from './translation-references.ts';
import { uniqueAddresses, uniqueOrders, uniqueTitles } from './unique-entries.ts';
import { knownPages } from './page-names.ts';
import { unusedFiles } from './unused-files.ts';
import { contactFile } from './contact-file.ts';
import type { EntryRule, SiteRule } from '../types.ts';

/** Rules that look at one entry (the safe subset first). */
export const entryRules: EntryRule[] = [
  commentInText,
  noImports,
  noExpressions,
  allowedElements,
  allowedAttributes,
  safeUrls,
  imageFiles,
  videoFiles,
  headingLevels,
  plainTables,
  sameLanguageLinks,
];

/** Rules that compare entries or follow links between them. */
export const siteRules: SiteRule[] = [
  internalLinks,
  referencesExist,
  translationReferences,
  uniqueAddresses,
  uniqueTitles,
  uniqueOrders,
  knownPages,
  unusedFiles,
  contactFile,
];
