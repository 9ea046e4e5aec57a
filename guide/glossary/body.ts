// Glossary entries: body.
import type { GlossaryEntry } from '../types';

export const body: GlossaryEntry[] = [];
