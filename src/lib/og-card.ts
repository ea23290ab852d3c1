/**
 * The link-preview card's design (src/lib/og-image.ts draws it): satori's element tree of the site's mark,
 * the page's kind, its title and, for entries, its centre, on the site's colours.
 */

/** What a card shows: the page's title, its kind (e.g. "Stāsts") and, for entries, its centre. */
export interface OgCard {
  title: string;
  kind: string;
  centre?: string | undefined;
  siteName: string;
  tagline: string;
}

/** The size link previews expect (Open Graph, X/Twitter large card). */
export const ogSize = { width: 1200, height: 630 } as const;

type Node = {
  type: string;
  props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string | undefined };
};
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

/** The card as satori's element tree: green band with the site's mark, kind, title, centre. */
export function cardTree(card: OgCard): Node {
  const dot = (left: number, top: number) =>
    el('div', { position: 'absolute', left, top, width: 26, height: 26, borderRadius: 13, background: '#ffffff' });
  const mark = el(
    'div',
    { position: 'relative', width: 96, height: 96, borderRadius: 48, background: '#0b5e3b', display: 'flex' },
    [dot(17, 26), dot(53, 26), dot(35, 57)],
  );
  const titleSize = card.title.length > 70 ? 52 : card.title.length > 40 ? 62 : 72;
  const body = el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: 64 }, [
    el('div', { display: 'flex', alignItems: 'center', gap: 28 }, [
      mark,
      el('div', { display: 'flex', flexDirection: 'column' }, [
        el('div', { fontSize: 40, fontWeight: 700, color: '#0b5e3b' }, card.siteName),
        el('div', { fontSize: 26, color: '#4a5560' }, card.tagline),
      ]),
    ]),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', flexGrow: 1, justifyContent: 'center', width: ogSize.width - 128 },
      [
        el(
          'div',
          { fontSize: 30, fontWeight: 700, color: '#0b5e3b', textTransform: 'uppercase', letterSpacing: 2 },
          card.kind,
        ),
        el('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, marginTop: 12 }, card.title),
        ...(card.centre ? [el('div', { fontSize: 34, color: '#4a5560', marginTop: 20 }, card.centre)] : []),
      ],
    ),
  ]);
  const band = el('div', { width: ogSize.width, height: 24, background: '#0b5e3b' });
  return el(
    'div',
    {
      width: ogSize.width,
      height: ogSize.height,
      display: 'flex',
      flexDirection: 'column',
      background: '#f1f5f2',
      color: '#1d2327',
      fontFamily: 'Noto Sans',
    },
    [body, band],
  );
}
