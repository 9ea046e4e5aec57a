// The safety pass: every medicine, treatment and symptom says when to get help, and the warnings
// and corrections a clinical read of the glossary asked for are there, in the words a reader sees.
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../guide/glossary/index';
import type { GlossaryEntry } from '../../../guide/types';

const byId = new Map(GLOSSARY.map((e) => [e.id, e]));
const entry = (id: string): GlossaryEntry => {
  const e = byId.get(id);
  if (!e) throw new Error(`no entry ${id}`);
  return e;
};
/** Everything a reader of the card and the glossary sees of an entry. */
const shown = (e: GlossaryEntry): string =>
  [e.short, e.more, e.note, e.safety, e.getHelp?.text].filter(Boolean).join(' ');
const NEEDS_HELP_LINE = ['medication', 'treatment', 'symptom'];
/** The date of this safety pass: every entry was read again on or after it. */
const SAFETY_PASS = '2026-12-02';

describe('get help', () => {
  it('every medicine, treatment and symptom has a get-help line, or says why it has none', () => {
    const missing = GLOSSARY.filter(
      (e) => NEEDS_HELP_LINE.includes(e.category) && !e.getHelp && !e.noGetHelp,
    );
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('an entry has a get-help line or a reason for none, not both', () => {
    expect(GLOSSARY.filter((e) => e.getHelp && e.noGetHelp).map((e) => e.id)).toEqual([]);
  });

  it('an emergency line says to call for help now', () => {
    const vague = GLOSSARY.filter(
      (e) =>
        e.getHelp?.urgency === 'emergency' &&
        !/\b(911|999|112|988|emergency|ambulance|poison)\b/i.test(e.getHelp.text),
    );
    expect(vague.map((e) => e.id)).toEqual([]);
  });

  it('no entry gives a dose', () => {
    const dose = /\b\d+(?:\.\d+)?\s*(?:mg|milligrams?|mcg|g|ml|tablets?|pills?|capsules?)\b/i;
    expect(GLOSSARY.filter((e) => dose.test(shown(e))).map((e) => e.id)).toEqual([]);
  });
});

describe('sources', () => {
  it('each entry leads with a source that is not a copy or summary, and weak ones say why', () => {
    const weakFirst = GLOSSARY.filter((e) => e.sources[0]?.weak).map((e) => e.id);
    expect(weakFirst).toEqual([]);
  });

  it('names no news report, copy or mirror as if it were the source itself', () => {
    const hidden = GLOSSARY.flatMap((e) =>
      e.sources
        .filter((s) => !s.weak && /\b(via|quoted by|citing|copy|mirror|summary)\b/i.test(s.name))
        .map((s) => `${e.id}: ${s.name}`),
    );
    expect(hidden).toEqual([]);
  });

  it(`every entry was checked again in this safety pass (on or after ${SAFETY_PASS})`, () => {
    expect(GLOSSARY.filter((e) => e.reviewed < SAFETY_PASS).map((e) => e.id)).toEqual([]);
  });
});

// What the clinical read asked for, entry by entry: each line must be there in the reader's words.
const REQUIRED: [id: string, what: string, pattern: RegExp][] = [
  ['nsaid', 'the heart warning is about non-aspirin NSAIDs', /non-aspirin/i],
  ['nsaid', 'low-dose aspirin protects the heart and ibuprofen can blunt it', /low-dose aspirin/i],
  [
    'nsaid',
    'do not stop prescribed aspirin without asking',
    /stop.{0,40}aspirin|aspirin.{0,80}without (asking|talking)/i,
  ],
  ['nsaid', 'the warning signs: chest pain', /chest pain/i],
  ['nsaid', 'the warning signs: slurred speech', /slurred speech/i],
  [
    'nsaid',
    'the warning signs: weakness on one side',
    /weakness (on|in) one side|one side of the body/i,
  ],
  ['gabapentinoids', 'breathing problems with opioids or sedating medicines', /breathing/i],
  ['gabapentinoids', 'with lung disease such as COPD', /COPD|lung disease/i],
  ['gabapentinoids', 'signs: bluish lips', /blu(e|ish) lips/i],
  ['gabapentinoids', 'signs: extreme sleepiness', /sleep/i],
  ['gabapentinoids', 'dizziness and falls', /fall/i],
  ['pregabalin', 'a controlled medicine in the US and UK', /controlled/i],
  ['pregabalin', 'breathing problems with opioids', /breathing/i],
  ['gabapentin', 'breathing problems with opioids', /breathing/i],
  ['opioids', 'not with alcohol', /alcohol/i],
  ['opioids', 'not with benzodiazepines', /benzodiazepine/i],
  [
    'opioids',
    'do not stop suddenly',
    /(stop|stopping).{0,30}(sudden|all at once)|sudden.{0,20}stop/i,
  ],
  ['opioids', 'naloxone', /naloxone/i],
  ['opioids', 'signs of overdose', /overdose/i],
  ['acetaminophen', 'too much: get help even if they feel fine', /feel (fine|well)/i],
  ['acetaminophen', 'the US poison help line', /1-800-222-1222/],
  ['numbness-tingling', 'stroke signs: call emergency services now', /stroke/i],
  ['paralysis', 'sudden weakness on one side is a stroke sign', /stroke/i],
  ['depression-anxiety-chronic-pain', 'self-harm: 988 in the US', /988/],
  ['tens', 'not with a pacemaker or implanted defibrillator', /pacemaker/i],
  ['tens', 'not over the front of the neck', /neck/i],
  ['tens', 'not on broken or numb skin', /numb/i],
  ['tens', 'in pregnancy only as a clinician advises', /pregnan/i],
  ['electrical-stimulation', 'not with a pacemaker', /pacemaker/i],
  ['nmes', 'not with a pacemaker', /pacemaker/i],
  ['spinal-manipulation', 'soreness for a day or two is common', /sore/i],
  ['spinal-manipulation', 'serious harm after neck manipulation is rare but reported', /rare/i],
  ['cold-therapy', 'skin and circulation cautions', /circulation|blood flow/i],
  ['cold-therapy', 'skin and circulation cautions: numb skin', /numb/i],
  ['corticosteroid-injection', 'hot, red, swollen joint or fever: same day', /fever/i],
  ['muscle-spasm', 'a swollen, warm calf on one side can be a blood clot', /clot/i],
  ['swelling', 'a swollen, warm leg on one side can be a blood clot', /clot/i],
  ['polio', 'wild polio only; a vaccine-derived case in New York in 2022', /2022/],
  [
    'flare-up',
    'in RA or ankylosing spondylitis a flare can mean active disease',
    /rheumatoid|inflammatory arthritis/i,
  ],
  ['tendinopathy', 'graded loading is the core treatment', /load/i],
];

describe('the clinical read', () => {
  it.each(REQUIRED)('%s: %s', (id, _what, pattern) => {
    expect(shown(entry(id))).toMatch(pattern);
  });

  it.each(['gabapentinoids', 'opioids', 'corticosteroid-injection', 'acetaminophen'])(
    '%s has a get-help line that names the signs',
    (id) => {
      expect(entry(id).getHelp?.text.length ?? 0).toBeGreaterThan(20);
    },
  );

  it('polio no longer says the US has been free of polio since 1979 without saying wild polio', () => {
    const text = shown(entry('polio'));
    expect(/since 1979/i.test(text) ? /wild/i.test(text) : true).toBe(true);
  });

  it('NMES does not say TENS works on the nerves that sense pain', () => {
    expect(shown(entry('nmes'))).not.toMatch(/nerves that (sense|feel|carry) pain/i);
  });

  it('CBT for pain reports the small benefits the reviews found', () => {
    expect(shown(entry('cbt-for-pain'))).toMatch(/small/i);
  });

  it('herniated disc advises staying active, not bed rest', () => {
    const text = shown(entry('herniated-disc'));
    expect(text).toMatch(/active/i);
    expect(text).not.toMatch(/\brest\b(?! of)(?!.{0,20}not)/i);
  });

  it('tendinopathy does not lead with rest and ice', () => {
    expect(entry('tendinopathy').short).not.toMatch(/\b(rest|ice)\b/i);
  });

  it.each(['traction', 'mindfulness'])(
    '%s says what guidelines say, not "no claim is made"',
    (id) => {
      expect(shown(entry(id))).not.toMatch(/no claim is made/i);
      expect(shown(entry(id))).toMatch(/guideline|review|NICE|ACP/i);
    },
  );

  it('low back pain is an entry of its own, not chronic low back pain', () => {
    expect(entry('low-back-pain').aliases.map((a) => a.text)).toContain('low back pain');
    expect(entry('chronic-low-back-pain').aliases.map((a) => a.text)).not.toContain(
      'low back pain',
    );
  });

  it.each([
    ['central-sensitization', 'hyperalgesia'],
    ['cbd-cream', 'CBD'],
    ['cbd-cream', 'cannabidiol'],
    ['nsaid', 'anti-inflammatory drug'],
    ['nsaid', 'anti-inflammatory medicine'],
    ['fibromyalgia', 'fibro fog'],
  ])('%s no longer explains "%s" as if it were the same thing', (id, alias) => {
    expect(entry(id).aliases.map((a) => a.text)).not.toContain(alias);
  });
});
