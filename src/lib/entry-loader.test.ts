import { describe, expect, it } from 'vitest';
import { needsMdx } from './entry-loader';

// Which bodies the build renders as Markdown at content sync, and which it leaves to the MDX compiler.
describe('how an entry body is rendered', () => {
  it('renders plain Markdown without the MDX compiler: headings, lists, tables, links, images, footnotes', () => {
    const body = [
      '## Kā sākt',
      '',
      '- [ ] Uzaiciniet vecākus',
      '- Sarunājiet telpu',
      '',
      '| Kas | Kad |',
      '| --- | --- |',
      '| Talka | maijā |',
      '',
      'Lasiet par [Zilupes centru](/centri/zilupe/) ![Talka](./talka.webp) un piezīmi.[^1]',
      '',
      '[^1]: Pēc projekta apraksta.',
      '',
      '```',
      '<ContactDetails /> {kods}',
      '```',
    ].join('\n');
    expect(needsMdx(body)).toBe(false);
  });

  it('leaves a body with a site component, an HTML element or an expression to the MDX compiler', () => {
    expect(needsMdx('Rakstiet mums:\n\n<ContactDetails />\n')).toBe(true);
    expect(needsMdx('Saīsinājums <abbr title="Kopienu resursu centrs">KRC</abbr>.')).toBe(true);
    expect(needsMdx('Teksts {/* piezīme */} te.')).toBe(true);
  });
});
