// The glossary's shape as a valibot schema, so every entry is checked, not just typed.
import * as v from 'valibot';
import { ALIAS_KINDS, CATEGORIES, HELP_URGENCIES, SECTION_IDS } from './types';

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const words = v.array(text);

export const AliasSchema = v.strictObject({
  text,
  kind: v.picklist(ALIAS_KINDS),
  expansion: v.optional(text),
  caseSensitive: v.optional(v.boolean()),
  ambiguous: v.optional(
    v.strictObject({
      otherSenses: v.pipe(words, v.minLength(1)),
      notAfter: v.optional(words),
      notBefore: v.optional(words),
      supportWords: v.optional(words),
      notInSentence: v.optional(words),
      needsSupport: v.optional(v.boolean()),
    }),
  ),
});

export const SourceSchema = v.strictObject({ name: text, weak: v.optional(text) });

export const GlossaryEntrySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case')),
  term: text,
  aliases: v.pipe(v.array(AliasSchema), v.minLength(1)),
  category: v.picklist(CATEGORIES),
  short: text,
  more: text,
  section: v.picklist(SECTION_IDS),
  related: v.array(v.string()),
  note: v.optional(text),
  safety: v.optional(text),
  getHelp: v.optional(v.strictObject({ urgency: v.picklist(HELP_URGENCIES), text })),
  noGetHelp: v.optional(text),
  notAliases: v.optional(v.array(v.strictObject({ text, why: text }))),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  reviewed: v.pipe(v.string(), v.isoDate()),
});
