// Glossary entries: research.
import type { GlossaryEntry } from '../types';

export const research: GlossaryEntry[] = [];
