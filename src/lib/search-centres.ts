/**
 * A centre's profile answers where and by whom a practice is done, but its stories tell the same
 * practice at greater length, with more of a question's words and more often ("kur var iemācīties
 * izšūt": the story says "iemācīties", the profile "apgūst"), so a question about the practice
 * ranked the story and guidelines that name the centre in passing above the profile. Here, for a
 * query of several words, a profile that has at least one of them counts each word as found as well
 * as the centre's own pages (its stories and videos, by their `centre` filter) find it, times
 * `storyCredit`. A query of one word is a name or a topic: each page keeps its own score for it.
 */
import { collections } from './collections.ts';

/**
 * A little under 1: a story that has the words as well as its centre stays first, being the page that
 * tells the practice, and the profile comes next to it. (0.8 and 0.9 both hold both query sets.)
 */
export const storyCredit = 0.8;

/** Which pages carry each filter value: `type` → `centre` → ids, `centre` → a centre's title → ids. */
type Members = Record<string, Record<string, Set<string>>>;

/**
 * Raises, in place, each matched centre profile's score per query word (`slots`, as findPages in
 * search-query.ts keeps them) to `storyCredit` times the best score of the centre's other pages.
 */
export function creditCentres(members: Members, pages: Map<string, { slots: number[] }>): void {
  const profiles = members['type']?.[collections.centres.type];
  if (!profiles) return;
  for (const ofCentre of Object.values(members['centre'] ?? {})) {
    const profile = [...ofCentre].find((id) => profiles.has(id));
    const slots = profile === undefined ? undefined : pages.get(profile)?.slots;
    if (!slots || slots.length < 2) continue;
    const told = [...ofCentre].filter((id) => id !== profile).map((id) => pages.get(id)?.slots ?? []);
    for (const story of told)
      story.forEach((score, slot) => (slots[slot] = Math.max(slots[slot]!, storyCredit * score)));
  }
}
