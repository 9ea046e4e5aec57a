// Glossary entries: treatments.
import type { GlossaryEntry } from '../types';

export const treatments: GlossaryEntry[] = [];
