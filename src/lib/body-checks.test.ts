import { describe, expect, it } from 'vitest';
import { bodyProblems } from './body-checks';

const file = 'content/guidelines/lv/plans.mdx';

describe('bodyProblems', () => {
  it('tells the editor that aligned table columns would not show, with the line', () => {
    const body = 'Ievads\n\n| solis | laiks |\n| :--- | ---: |\n| 1 | 2 |\n';
    expect(bodyProblems({ file, body })).toMatchInlineSnapshot(`
      [
        {
          "field": "tabula/table (body line 4)",
          "file": "content/guidelines/lv/plans.mdx",
          "message": "Kolonnu līdzināšana ar koliem (:---) šajā vietnē netiek rādīta: rakstiet tikai --- bez koliem / Column alignment with colons (:---) is not shown on this site: write plain --- without colons",
        },
      ]
    `);
  });

  it('accepts plain tables, horizontal rules and text with colons', () => {
    const body = '| a | b |\n| --- | --- |\n| 1: x | 2 |\n\n---\n\nLaiks: 10:00\n';
    expect(bodyProblems({ file, body })).toEqual([]);
  });
});
