// Selects the nth occurrence of a phrase in a drawn page's text layer, so the reader sees it (and
// can copy it) just as with the browser's own find.
import { findPattern } from '../../pdf/find';

export function selectFound(layer: Element, query: string, nth: number): boolean {
  const pattern = findPattern(query);
  if (!pattern) return false;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    starts.push(text.length);
    nodes.push(n as Text);
    text += (n as Text).data;
  }
  const match = [...text.matchAll(pattern)][nth];
  if (!match || match.index === undefined) return false;
  const at = (offset: number, isEnd: boolean): [Text, number] => {
    let i = starts.length - 1;
    while (i > 0 && ((starts[i] as number) > offset || (isEnd && starts[i] === offset))) i--;
    return [nodes[i] as Text, offset - (starts[i] as number)];
  };
  const range = document.createRange();
  range.setStart(...at(match.index, false));
  range.setEnd(...at(match.index + match[0].length, true));
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  return true;
}
