// Wall-clock times in a zone: the instant a clock reading means, and ISO times with offsets.
import { describe, expect, it } from 'vitest';
import { dayWords, fromFieldValue, instantAt, isoInZone, toFieldValue } from '../../../log/time';

describe('time helpers', () => {
  it('finds the instant of a wall-clock time, across clock changes', () => {
    expect(
      instantAt({ day: '2024-05-20', time: '10:00', timeZone: 'Europe/Berlin' }).toISOString(),
    ).toBe('2024-05-20T08:00:00.000Z');
    // Berlin moves its clocks forward on 31 March 2024 at 02:00.
    expect(
      instantAt({ day: '2024-03-31', time: '10:00', timeZone: 'Europe/Berlin' }).toISOString(),
    ).toBe('2024-03-31T08:00:00.000Z');
    expect(
      instantAt({ day: '2024-03-30', time: '10:00', timeZone: 'Europe/Berlin' }).toISOString(),
    ).toBe('2024-03-30T09:00:00.000Z');
    expect(
      instantAt({ day: '2024-11-03', time: '00:00', timeZone: 'America/New_York' }).toISOString(),
    ).toBe('2024-11-03T04:00:00.000Z');
  });

  it('writes ISO times with the zone’s offset, or Z for UTC', () => {
    const t = new Date('2024-05-20T12:34:56Z');
    expect(isoInZone(t, 'UTC')).toBe('2024-05-20T12:34:00Z');
    expect(isoInZone(t, 'America/New_York')).toBe('2024-05-20T08:34:00-04:00');
    expect(isoInZone(t, 'Asia/Kolkata')).toBe('2024-05-20T18:04:00+05:30');
  });

  it('round-trips datetime-local values', () => {
    const value = toFieldValue('2024-05-20T08:34:00-04:00', 'Europe/Berlin');
    expect(value).toBe('2024-05-20T14:34');
    expect(fromFieldValue(value, 'Europe/Berlin')?.toISOString()).toBe('2024-05-20T12:34:00.000Z');
    expect(fromFieldValue('', 'UTC')).toBeUndefined();
    expect(fromFieldValue('soon', 'UTC')).toBeUndefined();
  });

  it('names days in words', () => {
    expect(dayWords('2024-05-20')).toBe('Monday 20 May 2024');
    expect(dayWords('2024-05-20', 'short')).toBe('20 May');
  });
});
