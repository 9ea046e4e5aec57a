// Signs that need a clinician soon or now, in plain words, each with its source from FACTS.md.

export type Urgency = 'emergency' | 'urgent' | 'stop-and-ask';

export interface RedFlag {
  id: string;
  urgency: Urgency;
  text: string;
  source: string;
  weak: boolean;
}

export const URGENCY_HEADINGS: Readonly<Record<Urgency, string>> = {
  emergency: 'Get emergency help now',
  urgent: 'Get an urgent appointment',
  'stop-and-ask': 'Stop and ask your therapist',
};

export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'back-pain-emergency',
    urgency: 'emergency',
    text:
      'Back pain with numbness around the genitals or buttocks, trouble peeing, loss of ' +
      'bladder or bowel control, or weakness or numbness in both legs.',
    source:
      'NHS "Back pain" (as reproduced by NHS Sheffield MSK service); Oxford University ' +
      'Hospitals NHS "Cauda Equina Syndrome" leaflet',
    weak: false,
  },
  {
    id: 'chest-pain-or-accident',
    urgency: 'emergency',
    text: 'Chest pain, or pain after a serious accident.',
    source: 'NHS "Back pain"',
    weak: false,
  },
  {
    id: 'nsaid-warning-signs',
    urgency: 'emergency',
    text:
      'If you take an NSAID such as ibuprofen or naproxen: chest pain, trouble breathing, ' +
      'sudden weakness or slurred speech.',
    source: 'ISMP ConsumerMedSafety, citing FDA',
    weak: false,
  },
  {
    id: 'back-pain-urgent',
    urgency: 'urgent',
    text:
      'Back pain with a fever, weight loss you cannot explain, a lump or a change in the ' +
      'shape of your back, or pain that is worse at night or not eased by rest.',
    source: 'NHS "Back pain"',
    weak: false,
  },
  {
    id: 'sciatica-leg-weakness',
    urgency: 'urgent',
    text: 'Pain running down the leg (sciatica) with serious leg weakness.',
    source: 'Mayo Clinic "Sciatica"',
    weak: false,
  },
  {
    id: 'sharp-pain-in-exercise',
    urgency: 'stop-and-ask',
    text: 'Sharp pain during exercise, not a mild muscle burn.',
    source: 'Precision PT blog (weak source)',
    weak: true,
  },
];
