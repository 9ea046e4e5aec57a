// Glossary entries: medications.
import type { GlossaryEntry } from '../types';

export const medications: GlossaryEntry[] = [];
