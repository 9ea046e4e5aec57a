// The content script's door: a message it cannot read is answered at once with an error reply and
// neither starts nor waits for the page lens; a readable one gets the lens's answer, or "could not
// start" when the lens failed to load.
import { describe, expect, it, vi } from 'vitest';
import { pageMessageListener } from '../../../content/page-messages';
import type { PageAnswers } from '../../../content/parts';
import type { ContentReply } from '../../../messaging/protocol';

const HUGE = 'x'.repeat(1_000_000);
const malformed: [string, unknown][] = [
  ['null', null],
  ['nothing', undefined],
  ['a string', 'page-terms'],
  ['a huge string', HUGE],
  ['a number', 1],
  ['no type', { entryId: 'doms' }],
  ['an unknown type', { type: 'get-entry', entryId: 'doms' }],
  ['show-term without an id', { type: 'show-term' }],
  ['show-term with a numeric id', { type: 'show-term', entryId: 3 }],
  ['show-term with a huge id', { type: 'show-term', entryId: HUGE }],
  ['walk without a direction', { type: 'walk' }],
  ['walk by two', { type: 'walk', direction: 2 }],
];

function door(lens: () => Promise<PageAnswers>) {
  const listener = pageMessageListener(lens, () => 'example.com');
  const send = (message: unknown) =>
    new Promise<ContentReply>((done) => {
      expect(listener(message, {}, (reply) => done(reply))).toBe(true);
    });
  return { send };
}

describe('pageMessageListener', () => {
  it.each(malformed)('answers %s with an error reply, without the lens', (_, message) => {
    const lens = vi.fn(() => Promise.resolve<PageAnswers>(() => true));
    const sendResponse = vi.fn();
    pageMessageListener(lens, () => 'example.com')(message, {}, sendResponse);
    // At once, not after the page has been read.
    expect(sendResponse).toHaveBeenCalledOnce();
    const [reply] = sendResponse.mock.calls[0] as [{ error: string }];
    expect(reply.error).toMatch(/^PT Lens could not read that request: /);
    expect(reply.error.length).toBeLessThan(120);
    expect(lens).not.toHaveBeenCalled();
  });

  it("passes a readable message to the lens and sends back the lens's answer", async () => {
    const answer = vi.fn<PageAnswers>((m) =>
      m.type === 'page-terms'
        ? { terms: [{ entryId: 'doms', count: 2 }], paused: false, host: 'example.com' }
        : true,
    );
    const { send } = door(() => Promise.resolve(answer));
    expect(await send({ type: 'page-terms' })).toEqual({
      terms: [{ entryId: 'doms', count: 2 }],
      paused: false,
      host: 'example.com',
    });
    expect(await send({ type: 'walk', direction: -1, extra: 'dropped' })).toBe(true);
    expect(answer.mock.calls.map(([m]) => m)).toEqual([
      { type: 'page-terms' },
      { type: 'walk', direction: -1 },
    ]);
  });

  it('says PT Lens could not start when the lens failed to load', async () => {
    const { send } = door(() => Promise.reject(new Error('gone')));
    expect(await send({ type: 'page-terms' })).toEqual({
      terms: [],
      paused: false,
      host: 'example.com',
      failed: true,
    });
    expect(await send({ type: 'show-term', entryId: 'doms' })).toBe(false);
  });
});
