// The glossary entries a soreness entry can follow: treatments and exercises, by name.
import { GLOSSARY } from '../guide/glossary/index';
import type { AfterWhat } from './model';
import { AFTER_KIND_LABELS } from './model';

export interface TreatmentChoice {
  id: string;
  name: string;
  category: 'treatment' | 'exercise';
}

const byName = (a: TreatmentChoice, b: TreatmentChoice): number => a.name.localeCompare(b.name);

export const TREATMENT_CHOICES: readonly TreatmentChoice[] = GLOSSARY.flatMap((e) =>
  e.category === 'treatment' || e.category === 'exercise'
    ? [{ id: e.id, name: e.term, category: e.category }]
    : [],
).sort(byName);

/** What a "Log soreness" link for this glossary id fills in, or undefined for an unknown id. */
export function afterFromLink(
  id: string | undefined,
  choices: readonly TreatmentChoice[],
): AfterWhat | undefined {
  const choice = choices.find((c) => c.id === id);
  if (!choice) return undefined;
  return {
    kind: choice.category === 'exercise' ? 'home-exercise' : 'treatment',
    treatmentId: choice.id,
  };
}

/** "PT session", "Massage", "Home exercises (Knee routine)", for lists and tables. */
export function afterWords(after: AfterWhat, choices: readonly TreatmentChoice[]): string {
  const name = after.treatmentId
    ? (choices.find((c) => c.id === after.treatmentId)?.name ?? after.treatmentId)
    : undefined;
  if (after.kind === 'treatment' && name) return after.label ? `${name} (${after.label})` : name;
  const detail = [name, after.label].filter(Boolean).join(', ');
  return detail ? `${AFTER_KIND_LABELS[after.kind]} (${detail})` : AFTER_KIND_LABELS[after.kind];
}
