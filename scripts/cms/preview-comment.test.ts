/** The preview comment: the address, links to the changed pages, and the content check in both languages. */
import { describe, expect, it } from 'vitest';
import { marker, previewComment, problemsInLog } from './preview-comment.ts';

const pages = {
  'content/stories/lv/x.mdx': { path: '/stasti/x/', title: 'Stāsts X' },
  'content/stories/en/x.mdx': { path: '/en/stories/x/', title: 'Story X' },
};
const url = 'https://owner.github.io/site/preview/pr-7/';

describe('previewComment', () => {
  it('links every changed file to its page under the preview address', () => {
    const body = previewComment({
      url,
      changed: ['content/stories/lv/x.mdx', 'content/stories/en/x.mdx', 'content/stories/images/a.png'],
      pages,
      problems: [],
    });
    expect(body.startsWith(marker)).toBe(true);
    expect(body).toContain(`**Adrese / Address:** ${url}`);
    expect(body).toContain(
      '- [Stāsts X](https://owner.github.io/site/preview/pr-7/stasti/x/) (`content/stories/lv/x.mdx`)',
    );
    expect(body).toContain(
      '- [Story X](https://owner.github.io/site/preview/pr-7/en/stories/x/) (`content/stories/en/x.mdx`)',
    );
    expect(body).not.toContain('a.png');
    expect(body).toContain('**Satura pārbaude / Content check:** kļūdu nav / no errors.');
  });

  it('summarises the content errors of a failed build, with file and line, and says there is no preview', () => {
    const log =
      'build…\n::error file=content/stories/lv/x.mdx,line=3,col=2::Trūkst lauka "date" / The field "date" is missing: 50%25\nmore\n';
    const body = previewComment({
      url: undefined,
      changed: ['content/stories/lv/x.mdx'],
      removed: ['content/pages/lv/about.mdx'],
      pages: {},
      problems: problemsInLog(log),
    });
    expect(body).toContain('The preview was not built');
    expect(body).toContain('1 kļūda / error');
    expect(body).toContain('- `content/stories/lv/x.mdx:3`: Trūkst lauka "date" / The field "date" is missing: 50%');
    expect(body).toContain('Dzēsti / Removed: `content/pages/lv/about.mdx`');
    expect(body).not.toContain('Changed pages');
  });

  it('names a changed file that became no page, such as a draft', () => {
    expect(previewComment({ url, changed: ['content/stories/lv/draft.mdx'], pages, problems: [] })).toContain(
      'No page (a draft?): `content/stories/lv/draft.mdx`',
    );
  });
});
