// What the coverage command reads of a text or Markdown file: its blocks, which are headings,
// and how many words it has.
import { describe, expect, it } from 'vitest';
import {
  countWords,
  markdownBlocks,
  pageKind,
  stripMarkdownLine,
  textBlocks,
} from '../../../scripts/lib/coverage-pages';

describe('pageKind', () => {
  it.each([
    ['visit.html', 'html'],
    ['notes.TXT', 'text'],
    ['guide.md', 'markdown'],
    ['index.json', undefined],
    ['LICENSE', undefined],
  ])('%s is %s', (file, kind) => {
    expect(pageKind(file)).toBe(kind);
  });
});

describe('countWords', () => {
  it('counts words, with apostrophes and hyphenated parts as a reader would', () => {
    expect(countWords("Don't skip the low-back stretches, 3 times a day.")).toBe(10);
    expect(countWords('  \n ')).toBe(0);
  });
});

describe('textBlocks', () => {
  it('reads one block per line and knows headings from prose and list items', () => {
    const text = [
      '# Knee pain',
      '',
      'Q: What is runner’s knee ?',
      'A: Pain around the kneecap, often after running downhill.',
      'Ways to ease it',
      '  • Rest and ice',
      'Your physical therapist may tape it, too.',
    ].join('\n');
    expect(textBlocks(text).map((b) => [b.text, b.heading])).toEqual([
      ['# Knee pain', true],
      ['Q: What is runner’s knee ?', true],
      ['A: Pain around the kneecap, often after running downhill.', false],
      ['Ways to ease it', true],
      ['• Rest and ice', false],
      ['Your physical therapist may tape it, too.', false],
    ]);
  });
});

describe('Markdown', () => {
  it('keeps the words of links and emphasis, and drops code and images', () => {
    expect(
      stripMarkdownLine('- See **your** [physio](https://example.org) about `ice` ![x](a.png)'),
    ).toBe('See your physio about');
  });

  it('marks headings and skips fenced code', () => {
    const md = '## Heat or ice?\n\nUse *heat* for stiffness.\n\n```\nice = true\n```\nDone.';
    expect(markdownBlocks(md)).toEqual([
      { text: 'Heat or ice?', heading: true },
      { text: 'Use heat for stiffness.', heading: false },
      { text: 'Done.', heading: false },
    ]);
  });
});
