// Plain names for the glossary's categories, as the filter shows them.
import type { Category } from '../../guide/types';

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  condition: 'Conditions',
  symptom: 'Symptoms and signs',
  body: 'The body',
  treatment: 'Treatments',
  exercise: 'Exercise',
  medication: 'Medicines',
  care: 'Care and costs',
  research: 'Research words',
};
