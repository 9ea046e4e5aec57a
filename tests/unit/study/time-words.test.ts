// Plain words for spans and days: "in 10 minutes", "8 days", "today", "yesterday", "3 May".
import { describe, expect, it } from 'vitest';
import { dayWords, dueWords, spanWords } from '../../../study/time-words';
import { NOW, TZ, days, minutes } from './fixtures';

describe('spanWords', () => {
  it.each([
    [minutes(1), '1 minute', '1 min'],
    [minutes(10), '10 minutes', '10 min'],
    [minutes(0.2), '1 minute', '1 min'],
    [minutes(180), '3 hours', '3 hours'],
    [days(1), '1 day', '1 day'],
    [days(8), '8 days', '8 days'],
    [days(95), '3 months', '3 months'],
    [days(800), '2 years', '2 years'],
  ])('%d ms is "%s" ("%s" on a button)', (ms, long, short) => {
    expect(spanWords(ms)).toBe(long);
    expect(spanWords(ms, 'short')).toBe(short);
  });
});

describe('dueWords', () => {
  it('says "now" for a card already due, else how long', () => {
    expect(dueWords(new Date(NOW.getTime() - 5), NOW)).toBe('now');
    expect(dueWords(new Date(NOW.getTime() + days(8)), NOW)).toBe('in 8 days');
  });
});

describe('dayWords', () => {
  const at = { now: NOW, timeZone: TZ };
  it('names today and yesterday by the local calendar', () => {
    expect(dayWords('2024-05-20T05:00:00Z', at)).toBe('today');
    expect(dayWords('2024-05-19T22:30:00Z', at)).toBe('today'); // 00:30 in Berlin is the 20th
    expect(dayWords('2024-05-19T08:00:00Z', at)).toBe('yesterday');
  });

  it('gives other days as a date, with the year only when it is not this year', () => {
    expect(dayWords('2024-05-03T08:00:00Z', at)).toBe('3 May');
    expect(dayWords('2023-12-24T08:00:00Z', at)).toBe('24 Dec 2023');
  });
});
