// The matcher for the shipped glossary, with the inflections compiled at build time.
import { GLOSSARY } from '../guide/glossary/index';
import { compileMatcher, type BlockMatcher } from './matcher';
import inflections from './generated/inflections.json';

export function glossaryMatcher(): BlockMatcher {
  return compileMatcher(GLOSSARY, inflections);
}
