/**
 * Keyboard gate: Tab through a page in Chromium. Every visible interactive element is reached, each
 * Tab stop shows a focus indicator (its outline or box-shadow differs from when it is not focused),
 * and the skip link is the first stop, visible when focused, and moves focus to <main>.
 */
import type { Page } from 'playwright-core';

/** Elements a keyboard user must be able to reach. */
const interactive =
  'a[href], area[href], button, input:not([type=hidden]), select, textarea, summary, iframe, [tabindex], [contenteditable=true]';

interface Ring {
  outline: string;
  shadow: string;
}
interface Stop {
  id: string;
  name: string;
  focused: Ring;
  visible: boolean;
}

/** Marks every reachable-looking element with data-kbd and names it for messages. */
function markInteractive(selector: string): Record<string, string> {
  const names: Record<string, string> = {};
  let n = 0;
  for (const el of document.querySelectorAll<HTMLElement>(selector)) {
    const disabled = (el as HTMLButtonElement).disabled === true;
    if (disabled || el.tabIndex < 0 || el.closest('[inert]') || !el.checkVisibility({ visibilityProperty: true }))
      continue;
    const radio = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : '';
    el.dataset['kbd'] = radio || `e${n++}`;
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    names[el.dataset['kbd']] =
      `<${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> "${text}"`;
  }
  return names;
}

/** The focused element now: its mark, its focus ring, and whether it is on screen. */
function current(): Stop | undefined {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body) return undefined;
  el.dataset['kbdStop'] ??= `s${document.querySelectorAll('[data-kbd-stop]').length}`;
  const style = getComputedStyle(el);
  const rect = el.getBoundingClientRect();
  const visible =
    rect.width > 0 &&
    rect.height > 0 &&
    rect.bottom > 0 &&
    rect.right > 0 &&
    rect.top < innerHeight &&
    rect.left < innerWidth;
  return {
    id: el.dataset['kbd'] ?? el.dataset['kbdStop'],
    name: `<${el.localName}${el.id ? `#${el.id}` : ''}${el.className ? ` class="${el.className}"` : ''}>`,
    focused: { outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`, shadow: style.boxShadow },
    visible,
  };
}

/** The rings of the Tab stops with nothing focused, by their stop marks. */
function unfocusedRings(): Record<string, Ring> {
  (document.activeElement as HTMLElement | null)?.blur();
  const rings: Record<string, Ring> = {};
  for (const el of document.querySelectorAll<HTMLElement>('[data-kbd-stop]')) {
    const style = getComputedStyle(el);
    rings[el.dataset['kbdStop']!] = {
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      shadow: style.boxShadow,
    };
  }
  return rings;
}

const showsRing = (ring: Ring) => !/^none |^\S+ 0px /.test(ring.outline) || ring.shadow !== 'none';

/** Tabs through the whole page once (it must be freshly loaded) and lists what is wrong. */
export async function tabThrough(page: Page, where: string): Promise<{ problems: string[]; stops: number }> {
  const names = await page.evaluate(markInteractive, interactive);
  const stops: (Stop & { mark: string })[] = [];
  for (let i = 0; i < Object.keys(names).length + 30; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(current);
    // A <video>'s own controls are several stops inside it: the element stays the same meanwhile.
    if (stop && stop.id === stops.at(-1)?.id) continue;
    if (!stop || stops.some((s) => s.id === stop.id)) break;
    stops.push({
      ...stop,
      mark: await page.evaluate(() => (document.activeElement as HTMLElement).dataset['kbdStop']!),
    });
  }
  const rings = await page.evaluate(unfocusedRings);
  const problems: string[] = [];
  const reached = new Set(stops.map((s) => s.id));
  for (const [id, name] of Object.entries(names))
    if (!reached.has(id)) problems.push(`${where}: ${name} is never reached with Tab`);
  for (const stop of stops) {
    const before = rings[stop.mark];
    const same = before && before.outline === stop.focused.outline && before.shadow === stop.focused.shadow;
    const label = names[stop.id] ?? stop.name;
    if (same || !showsRing(stop.focused))
      problems.push(
        `${where}: ${label} shows no focus indicator (outline ${stop.focused.outline}, box-shadow ${stop.focused.shadow})`,
      );
    if (!stop.visible) problems.push(`${where}: ${label} is off screen when focused`);
  }
  return { problems, stops: stops.length };
}

/** The first Tab stop is a visible skip link; Enter on it puts focus on <main>. Needs a fresh page. */
export async function checkSkipLink(page: Page, where: string): Promise<string[]> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate(current);
  const isSkip = await page.evaluate(() => document.activeElement?.matches('a.skip-link[href^="#"]') ?? false);
  if (!first || !isSkip) return [`${where}: the first Tab stop is ${first?.name ?? 'nothing'}, not the skip link`];
  const problems = first.visible ? [] : [`${where}: the skip link is not visible when focused`];
  await page.keyboard.press('Enter');
  const landed = await page.evaluate(() => document.activeElement?.localName ?? 'nothing');
  if (landed !== 'main') problems.push(`${where}: Enter on the skip link moves focus to <${landed}>, not <main>`);
  return problems;
}
