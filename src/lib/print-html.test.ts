import { describe, expect, it } from 'vitest';
import { prefixForPrint } from './print-html';

describe('prefixForPrint', () => {
  const html =
    '<h2 id="kopsavilkums">K</h2><input type="checkbox" aria-labelledby="task-1"><span id="task-1">x</span><a href="#kopsavilkums">up</a><a href="/centri/zilupe/">Zilupe</a><a href="https://www.britishcouncil.lv/">BC</a>';
  const out = prefixForPrint(html, 'g-a', 'https://example.org/');

  it('keeps ids unique per guideline and in-page links pointing at them', () => {
    expect(out).toContain('id="g-a-kopsavilkums"');
    expect(out).toContain('aria-labelledby="g-a-task-1"');
    expect(out).toContain('href="#g-a-kopsavilkums"');
  });

  it('gives every link its full address for the printed copy', () => {
    expect(out).toContain('href="/centri/zilupe/" data-print-url="https://example.org/centri/zilupe/"');
    expect(out).toContain('data-print-url="https://www.britishcouncil.lv/"');
  });
});
