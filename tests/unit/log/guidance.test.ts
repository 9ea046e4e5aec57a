import { describe, expect, it } from 'vitest';
import {
  PAIN_MONITORING_BANDS,
  SOURCES,
  guidanceFor,
  painMonitoringBand,
} from '../../../log/guidance';
import type { GuidanceMessage } from '../../../log/guidance';
import type { SorenessEntry } from '../../../log/model';
import { RED_FLAGS, URGENCY_HEADINGS } from '../../../log/red-flags';
import { NOW, daysAgo } from './fixtures';

const guide = (entries: SorenessEntry[], now = NOW): GuidanceMessage[] =>
  guidanceFor({ entries, now, timeZone: 'UTC' });
const ids = (entries: SorenessEntry[], now = NOW): string[] => guide(entries, now).map((m) => m.id);

const session = (n: number, level: number) =>
  daysAgo(n, { level, areas: ['knee-left'], after: { kind: 'pt-session' } });

describe('the next-day rule of the pain-monitoring model', () => {
  it('says ease off and tell your therapist when soreness is worse the next day', () => {
    const [message] = guide([session(1, 3), daysAgo(0, { level: 5, areas: ['knee-left'] })]);
    expect(message).toMatchObject({ id: 'next-day-worse', tone: 'ease-off', weak: true });
    expect(message?.text).toBe(
      'Soreness was worse the day after your PT session (3, then 5). Ease off a little and tell your therapist.',
    );
    expect(message?.source).toBe(SOURCES.nextDay);
  });

  it('says keep going when it was not worse the next day', () => {
    const messages = guide([session(1, 4), daysAgo(0, { level: 2, areas: ['knee-left'] })]);
    expect(messages.find((m) => m.id === 'next-day-settled')?.text).toMatch(
      /not worse the day after your PT session \(4, then 2\).*keep going/,
    );
  });

  it('counts the same level the next day as not worse', () => {
    expect(ids([session(1, 3), daysAgo(0, { level: 3 })])).toContain('next-day-settled');
  });

  it('works for home exercises too', () => {
    const home = daysAgo(1, { level: 2, after: { kind: 'home-exercise' } });
    expect(guide([home, daysAgo(0, { level: 4 })])[0]?.text).toMatch(/after your home exercises/);
  });

  it('compares only the areas the session entry named', () => {
    const otherArea = daysAgo(0, { level: 6, areas: ['neck'] });
    expect(ids([session(1, 2), otherArea])).not.toContain('next-day-worse');
  });

  it('says nothing until the next day is logged, or once that day is long past', () => {
    expect(ids([session(0, 3)])).not.toContain('next-day-worse');
    expect(ids([session(0, 3)])).not.toContain('next-day-settled');
    const old = [session(10, 2), daysAgo(9, { level: 6 })];
    expect(ids(old).filter((id) => id.startsWith('next-day'))).toEqual([]);
  });
});

describe('DOMS timing', () => {
  it('explains the usual timing while a recent exercise could still cause soreness', () => {
    const message = guide([session(2, 3)]).find((m) => m.id === 'doms-timing');
    expect(message?.text).toMatch(
      /12 to 24 hours later.*about 1 to 3 days after.*within about a week/,
    );
    expect(message?.source).toMatch(/ACSM/);
    expect(message?.source).toMatch(/weak/);
  });

  it('is not shown without a recent exercise', () => {
    expect(ids([daysAgo(1, { level: 3 })])).not.toContain('doms-timing');
    expect(ids([session(6, 3)])).not.toContain('doms-timing');
  });
});

describe('contacting a clinician', () => {
  it.each([
    [7, true],
    [10, true],
    [6, false],
  ])('soreness of %i logged yesterday → suggestion: %s', (level, shown) => {
    expect(ids([daysAgo(1, { level })]).includes('high-soreness')).toBe(shown);
  });

  it('does not bring up high soreness from a week ago', () => {
    expect(ids([daysAgo(7, { level: 9 })])).toEqual([]);
  });

  it('calls the 7+ and lingering thresholds the product’s own, not medical rules', () => {
    const messages = guide([0, 1, 2, 3].map((n) => daysAgo(n, { level: 7 })));
    expect(messages.map((m) => m.id)).toEqual(['high-soreness', 'lingering-soreness']);
    for (const m of messages) {
      expect(m.source).toBe("PT Lens's own cautious threshold, not a medical rule");
      expect(m.tone).toBe('contact-clinician');
    }
  });

  it.each([
    ['5+ on each of the last 4 days', [0, 1, 2, 3], [], true],
    ['5+ on 4 days ending yesterday', [1, 2, 3, 4], [], true],
    ['a lower entry on a day that also reached 5', [0, 1, 2, 3], [2], true],
    ['only 3 days', [0, 1, 2], [], false],
    ['a day with nothing logged', [0, 1, 3, 4], [], false],
    ['a day that stayed under 5', [0, 1, 3, 4], [2], false],
  ])('lingering soreness: %s → %s', (_case, high: number[], low: number[], shown) => {
    const entries = [
      ...high.map((n) => daysAgo(n, { level: 5 })),
      ...low.map((n) => daysAgo(n, { level: 2 })),
    ];
    const message = guide(entries).find((m) => m.id === 'lingering-soreness');
    expect(message !== undefined).toBe(shown);
    if (shown) expect(message?.text).toMatch(/5 or more every day for 4 days/);
  });
});

describe('what guidance never does', () => {
  const scenarios: SorenessEntry[][] = [
    [],
    [session(1, 3), daysAgo(0, { level: 8 })],
    [session(1, 6), daysAgo(0, { level: 1 })],
    [0, 1, 2, 3, 4].map((n) => daysAgo(n, { level: 9, after: { kind: 'home-exercise' } })),
  ];

  it('never names a cause or a condition, and every message has a source', () => {
    for (const entries of scenarios) {
      for (const m of guide(entries)) {
        expect(m.source.length).toBeGreaterThan(0);
        expect(m.text).not.toMatch(/\byou have\b|diagnos|injur|tear|damage|tendinopathy|DOMS\b/i);
      }
    }
  });

  it('never quotes the unsourced "0-2 safe" band or the weak bands by default', () => {
    for (const entries of scenarios) {
      for (const m of guide(entries)) {
        expect(m.text).not.toMatch(/0 ?(-|to) ?2|"safe"|acceptable/i);
        expect(m.id).not.toBe('pain-monitoring-band');
      }
    }
  });
});

describe('the weakly sourced pain-monitoring bands', () => {
  it('cover 0 to 10 once each and start the first band at 3, not 2', () => {
    for (let level = 0; level <= 10; level++) {
      expect(PAIN_MONITORING_BANDS.filter((b) => level >= b.min && level <= b.max)).toHaveLength(1);
    }
    expect(PAIN_MONITORING_BANDS[0]).toMatchObject({ min: 0, max: 3 });
  });

  it('say they are weak whenever they are shown', () => {
    const message = painMonitoringBand(4);
    expect(message).toMatchObject({ weak: true, source: SOURCES.bands });
    expect(message?.text).toMatch(/4 to 5 is called "acceptable".*weak source/);
  });
});

describe('red flags', () => {
  it('each have plain words, an urgency with a heading, and a source', () => {
    expect(RED_FLAGS.length).toBeGreaterThan(0);
    for (const flag of RED_FLAGS) {
      expect(URGENCY_HEADINGS[flag.urgency]).toBeTruthy();
      expect(flag.source).toBeTruthy();
      expect(flag.weak).toBe(/weak/.test(flag.source));
    }
  });

  it('include loss of bladder or bowel control as an emergency', () => {
    const emergency = RED_FLAGS.filter((f) => f.urgency === 'emergency').map((f) => f.text);
    expect(emergency.join(' ')).toMatch(/loss of bladder or bowel control/);
  });
});
