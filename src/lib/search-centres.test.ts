import { describe, expect, it } from 'vitest';
import { creditCentres, storyCredit } from './search-centres';

describe('creditCentres', () => {
  const members = () => ({
    type: { centre: new Set(['aglona', 'zilupe']), story: new Set(['aglona-story', 'other-story']) },
    centre: { 'Aglonas centrs': new Set(['aglona', 'aglona-story']), 'Zilupes centrs': new Set(['zilupe']) },
  });

  it('counts for a centre’s profile the words its own story has, a little below the story', () => {
    // "kur var iemācīties izšūt": the story has both words, the profile only "izšūt".
    const pages = new Map([
      ['aglona', { slots: [0, 4] }],
      ['aglona-story', { slots: [2, 3] }],
      ['other-story', { slots: [9, 9] }],
    ]);
    creditCentres(members(), pages);
    expect(pages.get('aglona')!.slots).toEqual([storyCredit * 2, 4]);
    // The story and a page of no centre keep their own scores.
    expect(pages.get('aglona-story')!.slots).toEqual([2, 3]);
    expect(pages.get('other-story')!.slots).toEqual([9, 9]);
  });

  it('leaves a profile that has none of the words, and a query of one word, to the page’s own score', () => {
    const unmatched = new Map([['aglona-story', { slots: [2, 3] }]]);
    creditCentres(members(), unmatched);
    expect(unmatched.has('aglona')).toBe(false);
    const oneWord = new Map([
      ['aglona', { slots: [1] }],
      ['aglona-story', { slots: [6] }],
    ]);
    creditCentres(members(), oneWord);
    expect(oneWord.get('aglona')!.slots).toEqual([1]);
  });

  it('does nothing without the filters that tell a centre’s pages', () => {
    const pages = new Map([
      ['aglona', { slots: [0, 4] }],
      ['aglona-story', { slots: [2, 3] }],
    ]);
    creditCentres({}, pages);
    expect(pages.get('aglona')!.slots).toEqual([0, 4]);
  });
});
