// Glossary entries: care.
import type { GlossaryEntry } from '../types';

export const care: GlossaryEntry[] = [];
