import { describe, expect, it } from 'vitest';
import { collectTextBlocks, locate } from '../../../content/text-blocks';

const html = (markup: string): HTMLElement =>
  new DOMParser().parseFromString(`<div>${markup}</div>`, 'text/html').body;

describe('collectTextBlocks', () => {
  it('joins inline elements into one block and splits at block elements', () => {
    const root = html('<p>Living with rheumatoid <em>arthritis</em>.</p><p>Second</p>');
    expect(collectTextBlocks(root).map((b) => b.text)).toEqual([
      'Living with rheumatoid arthritis.',
      'Second',
    ]);
  });

  it('skips text a reader does not read as prose', () => {
    const root = html(
      '<p>DOMS</p><script>var DOMS = 1</script><style>.x{}</style><code>NSAID</code>' +
        '<textarea>TENS</textarea><div hidden>hidden</div><div aria-hidden="true">aria</div>' +
        '<div contenteditable="true">editing</div>',
    );
    expect(collectTextBlocks(root).map((b) => b.text)).toEqual(['DOMS']);
  });

  it('skips our own UI', () => {
    const root = html('<p>page</p><pt-lens-ui>ours</pt-lens-ui>');
    const ui = root.querySelector('pt-lens-ui');
    expect(collectTextBlocks(root, { ignore: ui }).map((b) => b.text)).toEqual(['page']);
  });

  it('maps block offsets back to text nodes', () => {
    const root = html('<p>rheumatoid <em>arthritis</em> today</p>');
    const [block] = collectTextBlocks(root);
    if (!block) throw new Error('no block');
    const start = locate(block, 0, false);
    const end = locate(block, 'rheumatoid arthritis'.length, true);
    expect(start.node.data).toBe('rheumatoid ');
    expect(end.node.data).toBe('arthritis');
    expect(end.offset).toBe('arthritis'.length);
  });
});
