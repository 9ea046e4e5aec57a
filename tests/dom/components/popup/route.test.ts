// Deep links: the hashes the tooltip and the background use open the right view.
import { describe, expect, it } from 'vitest';
import { deepLink } from '../../../../messaging/protocol';
import { hashFor, parseHash } from '../../../../components/popup/route';

describe('parseHash', () => {
  it.each([
    [deepLink.entry('doms'), { tab: 'glossary', entryId: 'doms' }],
    [deepLink.section('why-it-hurts'), { tab: 'guide', sectionId: 'why-it-hurts' }],
    [deepLink.log(), { tab: 'log' }],
    [deepLink.log('tens'), { tab: 'log', logAfter: 'tens' }],
    ['#settings', { tab: 'settings' }],
    ['#page', { tab: 'page' }],
    ['#section/no-such-section', { tab: 'guide' }],
  ])('reads %s', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('ignores an empty or unknown hash', () => {
    expect(parseHash('')).toBeNull();
    expect(parseHash('#')).toBeNull();
    expect(parseHash('#nowhere')).toBeNull();
  });

  it('writes hashes that read back the same', () => {
    for (const hash of ['#entry/doms', '#section/at-home', '#log/new?after=tens', '#glossary']) {
      const route = parseHash(hash);
      expect(route && hashFor(route)).toBe(hash);
    }
  });
});
