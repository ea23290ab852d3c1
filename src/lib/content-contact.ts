/**
 * The contact details, read from CONTENT_ROOT like all other content (a test's or the benchmark's folder
 * has its own). The content linter has checked the file against the schema before the build reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { contentRoot } from './content-root.ts';
import { contactSchema } from './fields/index.ts';

export type Contact = z.output<typeof contactSchema>;

/** content/contact.json, parsed. */
export function readContact(): Contact {
  return contactSchema.parse(JSON.parse(readFileSync(join(contentRoot, 'contact.json'), 'utf8')));
}
