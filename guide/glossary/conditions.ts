// Glossary entries: conditions.
import type { GlossaryEntry } from '../types';

export const conditions: GlossaryEntry[] = [];
