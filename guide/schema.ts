// The glossary's shape as a valibot schema, so every entry is checked, not just typed.
import * as v from 'valibot';
import { CATEGORIES, SECTION_IDS } from './types';

const text = v.pipe(v.string(), v.trim(), v.minLength(1));
const words = v.array(text);

export const AliasSchema = v.strictObject({
  text,
  caseSensitive: v.optional(v.boolean()),
  ambiguous: v.optional(
    v.strictObject({
      otherSenses: v.pipe(words, v.minLength(1)),
      notAfter: v.optional(words),
      notBefore: v.optional(words),
      supportWords: v.optional(words),
      needsSupport: v.optional(v.boolean()),
    }),
  ),
});

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
  sources: v.pipe(words, v.minLength(1)),
});
