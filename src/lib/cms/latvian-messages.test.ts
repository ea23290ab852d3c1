/** The CMS's refusals read in Latvian first, in the site's "Latvian / English" form. */
import { describe, expect, it } from 'vitest';
import { inLatvian } from './latvian-messages.ts';

describe('inLatvian', () => {
  it('puts Latvian before each English refusal the CMS shows', () => {
    expect(inLatvian('This field is required.')).toBe('Šis lauks jāaizpilda. / This field is required.');
    expect(inLatvian('3 fields have errors. Please correct them to save the entry.')).toBe(
      'Kļūdas ir 3 laukos: izlabojiet tās, lai ierakstu varētu saglabāt. / 3 fields have errors. Please correct them to save the entry.',
    );
    expect(inLatvian('This field is required. You must add at least 1 item.')).toBe(
      'Šis lauks jāaizpilda. / This field is required. Pievienojiet vismaz 1. / You must add at least 1 item.',
    );
  });

  it('leaves other text as it is', () => {
    expect(inLatvian('Save')).toBe('Save');
    expect(inLatvian('Lauks "slug" ir nepareizs.')).toBe('Lauks "slug" ir nepareizs.');
  });
});
