/**
 * Sveltia CMS has no Latvian interface, so its form speaks English. The sentences with which it
 * refuses to save are what an editor must understand, so those are shown in Latvian first, then in
 * English, as every message of the site's checks is. Field hints are Latvian already (from the schemas).
 */
import { bilingual } from '../editor-messages.ts';

/** The CMS's English refusal sentences (its en-US locale) and what they say in Latvian. */
export const refusals: readonly [RegExp, (...values: string[]) => string][] = [
  [/^This field is required\.$/, () => 'Šis lauks jāaizpilda.'],
  [/^You must select at least (\d+) options?\.$/, (n) => `Izvēlieties vismaz ${n}.`],
  [/^You must add at least (\d+) items?\.$/, (n) => `Pievienojiet vismaz ${n}.`],
  [/^You cannot (?:select|add) more than (\d+) (?:options?|items?)\.$/, (n) => `Ne vairāk kā ${n}.`],
  [/^You cannot enter more than (\d+) characters?\.$/, (n) => `Ne vairāk kā ${n} zīmes.`],
  [/^You must enter at least (\d+) characters?\.$/, (n) => `Vismaz ${n} zīmes.`],
  [/^The value must be greater than or equal to (.+)\.$/, (n) => `Vērtībai jābūt vismaz ${n}.`],
  [/^The value must be less than or equal to (.+)\.$/, (n) => `Vērtība nedrīkst pārsniegt ${n}.`],
  [/^Please enter a number\.$/, () => 'Ierakstiet skaitli.'],
  [
    /^One field has an error\. Please correct it to save the entry\.$/,
    () => 'Vienā laukā ir kļūda: izlabojiet to, lai ierakstu varētu saglabāt.',
  ],
  [
    /^(\d+) fields have errors\. Please correct them to save the entry\.$/,
    (n) => `Kļūdas ir ${n} laukos: izlabojiet tās, lai ierakstu varētu saglabāt.`,
  ],
];

const translateWhole = (text: string): string | undefined => {
  for (const [english, latvian] of refusals) {
    const match = english.exec(text.trim());
    if (match) return bilingual(latvian(...match.slice(1)), text.trim());
  }
  return undefined;
};

/** An English message with a Latvian counterpart as "Latvian / English"; several joined refusals each so. */
export function inLatvian(text: string): string {
  return (
    translateWhole(text) ??
    text
      .split(/(?<=\.) (?=\S)/)
      .map((sentence) => translateWhole(sentence) ?? sentence)
      .join(' ')
  );
}

/** Rewrites the CMS's alerts (field errors, the save refusal) as they appear, keeping them bilingual. */
export function refuseInLatvian(): void {
  const translate = (node: Node) => {
    if (node.nodeType !== Node.TEXT_NODE || !node.parentElement?.closest('[role="alert"]')) return;
    const text = node.nodeValue ?? '';
    if (text.includes(' / ')) return; // already bilingual
    const translated = inLatvian(text);
    if (translated !== text) node.nodeValue = translated;
  };
  const walk = (node: Node) => {
    translate(node);
    node.childNodes.forEach(walk);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') translate(record.target);
      record.addedNodes.forEach(walk);
    }
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}
