/**
 * The components an MDX body may use: exactly the linter's allow-list (`siteComponents`). The entry pages,
 * the print handbook and the feeds all pass this map to `<Content components={…} />`, so no content file
 * imports anything. Loaded through Vite's glob import because plain `tsc` has no types for .astro modules
 * imported from a .ts file.
 */
import type { SiteComponent } from './lint/allow-list.ts';

const modules = import.meta.glob<unknown>('../components/ContactDetails.astro', { eager: true, import: 'default' });

/** Each allow-listed component by the name MDX writes it with. */
export const contentComponents = {
  ContactDetails: modules['../components/ContactDetails.astro'],
} satisfies Record<SiteComponent, unknown>;
