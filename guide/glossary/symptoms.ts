// Glossary entries: symptoms.
import type { GlossaryEntry } from '../types';

export const symptoms: GlossaryEntry[] = [];
