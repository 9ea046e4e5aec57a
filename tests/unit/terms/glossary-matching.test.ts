// The shipped glossary against the sentences readers meet: what is a term and what is not.
import { describe, expect, it } from 'vitest';
import { glossaryMatcher } from '../../../terms/glossary-matcher';

const matcher = glossaryMatcher();
const terms = (text: string): string[] =>
  matcher.find(text).map((m) => `${text.slice(m.start, m.end)}=${m.entryId}`);

describe('whole words only', () => {
  it.each([
    ['The tension in her neck eased.', []],
    ['He has PTSD after the crash.', []],
    ['Install it with APT on Debian.', []],
    ['Tendonitis is painful.', ['Tendonitis=tendinopathy']],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
});

describe('spelling variants', () => {
  it.each([
    ['It was delayed-onset muscle soreness.', 'delayed-onset muscle soreness=doms'],
    ['Try low level laser therapy.', 'low level laser therapy=low-level-laser-therapy'],
    ['Try low-level laser therapy.', 'low-level laser therapy=low-level-laser-therapy'],
    ['The clinic offers e-stim for pain.', 'e-stim=electrical-stimulation'],
    ['She had delayed onset\nmuscle soreness.', 'delayed onset\nmuscle soreness=doms'],
    ['Ask your physiotherapist.', 'physiotherapist=physical-therapist'],
    ['For a sprain, R.I.C.E. is the old advice.', 'R.I.C.E=rice'],
  ])('%s', (text, expected) => {
    expect(terms(text)).toContain(expected);
  });
});

describe('inflections that keep the meaning', () => {
  it.each([
    ['Two NSAIDs were tried.', 'NSAIDs=nsaid'],
    ['Do these hamstring stretches daily for your muscles.', 'stretches=stretching'],
    ['Gentle stretching helps stiff joints.', 'stretching=stretching'],
    ['Strengthening exercises build muscle.', 'Strengthening exercises=strengthening-exercise'],
    ['She iced her knee after the injury.', 'iced=cold-therapy'],
    ['The tunnel holds a nerve and tendons.', 'tendons=tendon'],
    ['Steroid shots can ease a flare of bursitis.', 'Steroid shots=corticosteroid-injection'],
    ['Ask before mixing pain medications.', 'pain medications=pain-relief-medication'],
    ['The therapist massaged her sore back.', 'massaged=massage'],
    ['Foam rollers are sold in gyms.', 'Foam rollers=foam-roller'],
  ])('%s', (text, expected) => {
    expect(terms(text)).toContain(expected);
  });
});

describe('longest match wins', () => {
  it('takes "rheumatoid arthritis" over "arthritis"', () => {
    expect(terms('She has rheumatoid arthritis.')).toEqual([
      'rheumatoid arthritis=rheumatoid-arthritis',
    ]);
  });
  it('takes "chronic low back pain" over "back pain"', () => {
    expect(terms('He lives with chronic low back pain.')).toEqual([
      'chronic low back pain=chronic-low-back-pain',
    ]);
  });
});

describe('context decides ambiguous aliases', () => {
  it.each([
    ['The call is at 9 a.m. PT on Monday.'],
    ['The webinar starts at 10:30 PT sharp.'],
    ['Doors open at 5pm PT.'],
    ['Subtitles are available in PT-BR and ES.'],
    ['The job is part-time, about 20 hours.'],
    ['Tens of thousands of people came.'],
    ['TENS OF THOUSANDS MARCH'],
    ['We had ice cream after dinner.'],
    ['You are skating on thin ice with that plan.'],
    ['The heat wave broke records.'],
    ['The café serves fried RICE and noodles.'],
    ['The ROM was flashed onto the console cartridge.'],
  ])('"%s" has no term', (text) => {
    expect(terms(text)).toEqual([]);
  });

  it.each([
    ['Your PT will check your range of motion.', 'PT=physical-therapy'],
    ['A TENS unit sends mild pulses through pads.', 'TENS=tens'],
    ['Put an ice pack on the sprain for 15 minutes.', 'ice pack=cold-therapy'],
    ['Apply ice to the swelling, wrapped in a cloth.', 'ice=cold-therapy'],
    ['Heat can ease stiff muscles before exercise.', 'Heat=heat-therapy'],
    ['Improve your knee ROM with gentle exercises.', 'ROM=range-of-motion'],
  ])('"%s" is a term', (text, expected) => {
    expect(terms(text)).toContain(expected);
  });

  it('uses the page: a term with no cue in its sentence counts on a health page', () => {
    const health = 'Fibromyalgia and osteoarthritis both cause pain.';
    const [onHealthPage] = matcher.findInBlocks(['A massage may help.', health]);
    const [onOtherPage] = matcher.findInBlocks(['A massage may help.', 'The train left at noon.']);
    expect(onHealthPage?.map((m) => m.entryId)).toEqual(['massage']);
    expect(onOtherPage).toEqual([]);
  });
});

describe('results', () => {
  it('are sorted and never overlap', () => {
    const text =
      'After PT, DOMS set in; NSAIDs and ice helped my rheumatoid arthritis and fibromyalgia.';
    const found = matcher.find(text);
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (let i = 1; i < found.length; i++) {
      expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
  });
});
