import { describe, expect, it } from 'vitest';
import { addDays, daysEnding, localDay, localTime } from '../../../common/days';

describe('local days', () => {
  it.each([
    ['2024-05-03T23:30:00-04:00', 'America/New_York', '2024-05-03', '23:30'],
    ['2024-05-03T23:30:00-04:00', 'UTC', '2024-05-04', '03:30'],
    ['2024-05-03T23:30:00-04:00', 'Asia/Tokyo', '2024-05-04', '12:30'],
    ['2024-03-31T00:30:00Z', 'Europe/Berlin', '2024-03-31', '01:30'],
  ])('%s falls in %s on %s at %s', (iso, zone, day, time) => {
    expect(localDay(iso, zone)).toBe(day);
    expect(localTime(iso, zone)).toBe(time);
  });

  it('agrees with Intl at every sampled moment of a year, clock changes included', () => {
    const zones = [
      'America/New_York',
      'Europe/Berlin',
      'Australia/Lord_Howe', // moves its clocks by half an hour
      'Asia/Kathmandu', // +05:45
      'America/St_Johns', // -03:30, with daylight saving
      'Pacific/Chatham', // +12:45, with daylight saving
    ];
    const start = Date.UTC(2024, 0, 1);
    const end = Date.UTC(2025, 0, 1);
    for (const timeZone of zones) {
      const reference = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
      const wrong: string[] = [];
      for (let ms = start; ms < end; ms += 53 * 60_000) {
        const p = Object.fromEntries(reference.formatToParts(ms).map((x) => [x.type, x.value]));
        const instant = new Date(ms);
        const got = `${localDay(instant, timeZone)} ${localTime(instant, timeZone)}`;
        const want = `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
        if (got !== want) wrong.push(`${instant.toISOString()}: ${got}, not ${want}`);
      }
      expect(wrong, timeZone).toEqual([]);
    }
  });

  it('moves across month, year and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });

  it('lists the days ending with a day, oldest first', () => {
    expect(daysEnding('2024-03-02', 3)).toEqual(['2024-02-29', '2024-03-01', '2024-03-02']);
  });
});
