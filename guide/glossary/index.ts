// The whole glossary, gathered from its category files.
import type { GlossaryEntry } from '../types';
import { body } from './body';
import { care } from './care';
import { conditions } from './conditions';
import { exercise } from './exercise';
import { medications } from './medications';
import { research } from './research';
import { symptoms } from './symptoms';
import { treatments } from './treatments';

export const GLOSSARY: readonly GlossaryEntry[] = [
  ...conditions,
  ...symptoms,
  ...body,
  ...treatments,
  ...exercise,
  ...medications,
  ...care,
  ...research,
];
