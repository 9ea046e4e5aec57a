// Glossary entries: exercise.
import type { GlossaryEntry } from '../types';

export const exercise: GlossaryEntry[] = [];
