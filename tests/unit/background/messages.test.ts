// The background's door, against the fake browser: a message it cannot read gets an error reply
// and changes nothing (no tab opened, no meeting recorded); a well-formed one is answered.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answerMessage } from '../../../background/messages';
import { GLOSSARY } from '../../../guide/glossary/index';
import { CANNOT_READ } from '../../../messaging/protocol';
import { readMeetings } from '../../../store/study-store';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const fromPage = { tab: { incognito: false } };
const HUGE = 'x'.repeat(1_000_000);

const malformed: [string, unknown][] = [
  ['null', null],
  ['nothing', undefined],
  ['a string', 'open-guide'],
  ['a huge string', HUGE],
  ['a number', 7],
  ['a list', [{ type: 'open-guide', entryId: 'doms' }]],
  ['no type', { entryId: 'doms' }],
  ['an unknown type', { type: 'delete-everything' }],
  ['a message for the page', { type: 'page-terms' }],
  ['get-entry without an id', { type: 'get-entry' }],
  ['get-entry with a numeric id', { type: 'get-entry', entryId: 12 }],
  ['get-entry with a huge id', { type: 'get-entry', entryId: HUGE }],
  ['open-guide with an empty id', { type: 'open-guide', entryId: '' }],
  ['open-guide with an object id', { type: 'open-guide', entryId: { id: 'doms' } }],
  ['open-log without a treatment', { type: 'open-log', entryId: 'tens' }],
  ['term-met without an id', { type: 'term-met', title: 'A page' }],
  ['term-met with a numeric title', { type: 'term-met', entryId: 'doms', title: 5 }],
  ['term-met with a huge address', { type: 'term-met', entryId: 'doms', url: HUGE }],
];

describe('answerMessage', () => {
  it.each(malformed)('answers %s with an error reply, and does nothing else', async (_, m) => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const reply = await answerMessage(m, fromPage);
    expect(reply).toEqual({
      error: expect.stringMatching(/^PT Lens could not read that request: /),
    });
    // One short line, whatever it was sent.
    expect((reply as { error: string }).error.length).toBeLessThanOrEqual(CANNOT_READ.length + 160);
    expect(create).not.toHaveBeenCalled();
    expect(await readMeetings()).toEqual([]);
  });

  it('says which field was wrong', async () => {
    expect(await answerMessage({ type: 'get-entry', entryId: 12 }, fromPage)).toEqual({
      error: `${CANNOT_READ}entryId: Invalid type: Expected string but received 12`,
    });
  });

  it('sends the glossary entry, or null for an id it does not know', async () => {
    const doms = GLOSSARY.find((e) => e.id === 'doms');
    expect(await answerMessage({ type: 'get-entry', entryId: 'doms' }, fromPage)).toBe(doms);
    expect(await answerMessage({ type: 'get-entry', entryId: 'no-such-term' }, fromPage)).toBe(
      null,
    );
  });

  it('opens the guide at an entry and the log with a treatment filled in', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await answerMessage({ type: 'open-guide', entryId: 'doms' }, fromPage);
    await answerMessage({ type: 'open-log', treatmentId: 'tens' }, fromPage);
    expect(create.mock.calls.map(([props]) => props.url)).toEqual([
      expect.stringMatching(/\/app\.html#entry\/doms$/),
      expect.stringMatching(/\/app\.html#log\/new\?after=tens$/),
    ]);
  });

  it('records a term met on a page, but not from a private window', async () => {
    const met = { type: 'term-met', entryId: 'doms', title: 'A page', url: 'https://a.example/' };
    expect(await answerMessage(met, { tab: { incognito: true } })).toBe(false);
    expect(await readMeetings()).toEqual([]);
    expect(await answerMessage(met, fromPage)).toBe(true);
    expect((await readMeetings()).map((m) => [m.entryId, m.count])).toEqual([['doms', 1]]);
  });
});
