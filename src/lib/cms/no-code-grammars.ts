/**
 * Stands in for every `@shikijs/langs/<language>` grammar that Sveltia CMS can load to colour code blocks
 * in its editor (astro.config.mjs aliases them here). The body editor offers no code blocks and the site
 * highlights no code, so bundling some 300 grammars (about 17 MB) into every build would only slow it down.
 */
const noGrammars: never[] = [];
export default noGrammars;
