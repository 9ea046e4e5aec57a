// Sentences for the words with two senses among the medications entries, written for the project.
import type { SenseCase } from './types';

export const SENSES: SenseCase[] = [
  // APAP: acetaminophen on a pill label, or an auto-adjusting sleep apnea machine.
  {
    text: 'Her bottle says hydrocodone/APAP, so it already holds acetaminophen.',
    word: 'APAP',
    entry: 'acetaminophen',
  },
  {
    text: 'He switched from a CPAP to an APAP machine for his sleep apnea.',
    word: 'APAP',
    entry: null,
  },
  {
    text: 'The APAP mask leaked air all night.',
    word: 'APAP',
    entry: null,
  },

  // opioid: the drugs, or the body's own pain-easing chemicals and their receptors.
  {
    text: 'Her doctor wants to lower her opioid dose slowly over several weeks.',
    word: 'opioid',
    entry: 'opioids',
  },
  {
    text: 'Ask your pharmacist about naloxone if you keep opioids at home.',
    word: 'opioids',
    entry: 'opioids',
  },
  {
    text: "A brisk walk may dull pain partly by releasing the body's own opioids.",
    word: 'opioids',
    entry: null,
  },
  {
    text: 'These chemicals fit into opioid receptors on nerve cells.',
    word: 'opioid',
    entry: null,
  },

  // pain medicine: a medicine, or the medical specialty.
  {
    text: 'Keep your pain medicine where children cannot reach it.',
    word: 'pain medicine',
    entry: 'pain-relief-medication',
  },
  {
    text: 'She is a doctor who trained in pain medicine at a large hospital.',
    word: 'pain medicine',
    entry: null,
  },
  {
    text: 'The Faculty of Pain Medicine sets the training standards.',
    word: 'Pain Medicine',
    entry: null,
  },

  // analgesic: a pain medicine, or the describing word "pain-easing".
  {
    text: 'A simple analgesic before bed may help you sleep through the ache.',
    word: 'analgesic',
    entry: 'pain-relief-medication',
  },
  {
    text: 'A brisk walk can have an analgesic effect that lasts for a while.',
    word: 'analgesic',
    entry: null,
  },

  // steroid injection / shot / jab: into a sore joint, or the muscle-building or hay-fever kind.
  {
    text: 'A steroid injection may calm a painful shoulder for a few months.',
    word: 'steroid injection',
    entry: 'corticosteroid-injection',
  },
  {
    text: 'Some bodybuilders risk an anabolic steroid injection to gain bulk.',
    word: 'steroid injection',
    entry: null,
  },
  {
    text: 'He had a steroid shot in his knee last spring.',
    word: 'steroid shot',
    entry: 'corticosteroid-injection',
  },
  {
    text: 'Every May he asks for a steroid shot for his hay fever.',
    word: 'steroid shot',
    entry: null,
  },
  {
    text: 'The GP offered her a steroid jab for the sore hip.',
    word: 'steroid jab',
    entry: 'corticosteroid-injection',
  },
  {
    text: 'A steroid jab for hay fever is rarely offered now.',
    word: 'steroid jab',
    entry: null,
  },

  // CBD: cannabidiol, or a city centre, the common bile duct, and so on.
  {
    text: 'She asked her pharmacist whether CBD could change how her blood thinner works.',
    word: 'CBD',
    entry: 'cbd',
  },
  {
    text: 'Our new office is in the Sydney CBD, close to the station.',
    word: 'CBD',
    entry: null,
  },
  {
    text: 'The scan showed a stone in the CBD, so an ERCP was booked.',
    word: 'CBD',
    entry: null,
  },
  {
    text: 'Rents in the CBD rose again this year.',
    word: 'CBD',
    entry: null,
  },

  // supplement: a dietary supplement, or Medicare Supplement, a newspaper insert, a verb.
  {
    text: 'Tell your doctor about any herbal supplement you take.',
    word: 'supplement',
    entry: 'nutraceuticals',
  },
  {
    text: 'A turmeric supplement is not a proven pain treatment.',
    word: 'supplement',
    entry: 'nutraceuticals',
  },
  {
    text: 'At 65 you may choose a Medicare Supplement plan.',
    word: 'Supplement',
    entry: null,
  },
  {
    text: 'Short walks can supplement your home exercise program.',
    word: 'supplement',
    entry: null,
  },
  {
    text: 'The Sunday paper came with a travel supplement.',
    word: 'supplement',
    entry: null,
  },
];
