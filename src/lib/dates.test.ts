import { describe, expect, it } from 'vitest';
import { formatDate, isCalendarDate } from './dates';

describe('isCalendarDate', () => {
  it('accepts real days, leap days included', () => {
    expect(isCalendarDate('2026-11-24')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
  });
  it('rejects impossible days and other formats', () => {
    for (const bad of ['2023-02-29', '2026-13-01', '2026-04-31', '24.11.2026', '2026-1-5', ''])
      expect(isCalendarDate(bad)).toBe(false);
  });
});

describe('formatDate', () => {
  it('writes the date the way each language reads it', () => {
    const day = new Date('2026-11-24T00:00:00Z');
    expect(formatDate(day, 'lv')).toMatch(/2026\. gada 24\. novembr/);
    expect(formatDate(day, 'en')).toBe('24 November 2026');
  });
});
