import { perLocale, regionalTag, type Locale } from '../i18n/index.ts';

/** True for a real calendar day written as YYYY-MM-DD (rejects 2021-02-30 and 2021-13-01). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// Made once: building a formatter costs far more than formatting, and every story page formats a date.
const formats = perLocale(
  (locale) => new Intl.DateTimeFormat(regionalTag[locale], { dateStyle: 'long', timeZone: 'UTC' }),
);

/** Formats a date for readers in their language, e.g. "2026. gada 24. novembris". */
export function formatDate(date: Date, locale: Locale): string {
  return formats[locale].format(date);
}
