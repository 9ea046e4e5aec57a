// Sentences for the words with two senses among the conditions and symptoms entries, written for
// the project.
import type { SenseCase } from './types';

export const SENSES: SenseCase[] = [
  // How long pain lasts, or how long relief lasts.
  {
    text: 'Long-term pain can wear you down and make it hard to sleep.',
    word: 'Long-term pain',
    entry: 'chronic-pain',
  },
  {
    text: 'Massage gave no long-term pain relief in the trials.',
    word: 'long-term pain',
    entry: null,
  },
  {
    text: 'She has had long-lasting pain in her hip since the fall.',
    word: 'long-lasting pain',
    entry: 'chronic-pain',
  },
  {
    text: 'The cream promises long-lasting pain relief, but the evidence is thin.',
    word: 'long-lasting pain',
    entry: null,
  },
  {
    text: 'A sprain usually causes short-term pain that eases as it heals.',
    word: 'short-term pain',
    entry: 'acute-pain',
  },
  {
    text: 'Heat wraps gave short-term pain reductions in two small trials.',
    word: 'short-term pain',
    entry: null,
  },

  // OA: osteoarthritis, or open access.
  { text: 'OA in the knee often gets worse with age.', word: 'OA', entry: 'osteoarthritis' },
  {
    text: 'The journal is OA, so anyone can read the paper on knee pain.',
    word: 'OA',
    entry: null,
  },

  // RA: rheumatoid arthritis, the right atrium, or a resident assistant.
  {
    text: 'Her RA makes her fingers stiff and swollen in the morning.',
    word: 'RA',
    entry: 'rheumatoid-arthritis',
  },
  {
    text: 'The RA, the right atrium of the heart, looked enlarged on the scan.',
    word: 'RA',
    entry: null,
  },
  { text: 'Ask your RA about quiet hours in the dorm.', word: 'RA', entry: null },

  // Carpal tunnel: the syndrome, or the passage in the wrist.
  {
    text: 'I had carpal tunnel in both hands after years of typing.',
    word: 'carpal tunnel',
    entry: 'carpal-tunnel-syndrome',
  },
  {
    text: 'The median nerve runs through the carpal tunnel at the wrist.',
    word: 'carpal tunnel',
    entry: null,
  },

  // Paralysis: loss of movement, or being unable to act.
  {
    text: 'The stroke left him with paralysis on his right side.',
    word: 'paralysis',
    entry: 'paralysis',
  },
  {
    text: 'The team suffered from analysis paralysis and never chose a plan.',
    word: 'paralysis',
    entry: null,
  },
  { text: 'Political paralysis has stalled the health bill.', word: 'paralysis', entry: null },
  {
    text: 'After the spinal injury, his legs were paralyzed.',
    word: 'paralyzed',
    entry: 'paralysis',
  },
  { text: 'She was paralyzed by fear before the big exam.', word: 'paralyzed', entry: null },
  { text: 'Polio left her paralysed in one arm.', word: 'paralysed', entry: 'paralysis' },
  { text: 'The city was paralysed by the strike for a week.', word: 'paralysed', entry: null },

  // Depression and anxiety: with chronic pain, or in general.
  {
    text: 'Depression and anxiety are common in people with long-lasting back pain.',
    word: 'Depression and anxiety',
    entry: 'depression-anxiety-chronic-pain',
  },
  {
    text: 'Depression and anxiety can follow the birth of a baby.',
    word: 'Depression and anxiety',
    entry: null,
  },
  {
    text: 'Anxiety and depression often make fibromyalgia pain feel worse.',
    word: 'Anxiety and depression',
    entry: 'depression-anxiety-chronic-pain',
  },
  {
    text: 'Anxiety and depression are common among college students.',
    word: 'Anxiety and depression',
    entry: null,
  },

  // Strain: a pulled muscle, a kind of virus, or pressure.
  { text: 'He felt a strain in his calf muscle while running.', word: 'strain', entry: 'strain' },
  { text: 'A new strain of the flu virus is spreading this winter.', word: 'strain', entry: null },
  {
    text: 'Caring for a parent puts a real strain on family finances.',
    word: 'strain',
    entry: null,
  },

  // Flare: symptoms getting worse, a light, or a shape.
  {
    text: 'My arthritis tends to flare when the weather turns cold.',
    word: 'flare',
    entry: 'flare-up',
  },
  { text: 'The solar flare lit up the sky over the pole.', word: 'flare', entry: null },
  { text: 'These jeans flare out at the ankle.', word: 'flare', entry: null },

  // Stiffness: of joints and muscles, or of a thing.
  {
    text: 'Stiffness in the morning eases after a warm shower.',
    word: 'Stiffness',
    entry: 'stiffness',
  },
  {
    text: "The stiffness of the mattress matters for a good night's sleep.",
    word: 'stiffness',
    entry: null,
  },
  {
    text: 'Arterial stiffness rises with age and high blood pressure.',
    word: 'stiffness',
    entry: null,
  },

  // Swelling and edema: of the tissues, or something growing; fluid in the lungs or brain.
  {
    text: 'The swelling in her ankle went down after two days.',
    word: 'swelling',
    entry: 'swelling',
  },
  { text: 'The swelling ranks of volunteers kept the clinic open.', word: 'swelling', entry: null },
  { text: 'Edema in the ankles can come from standing all day.', word: 'Edema', entry: 'swelling' },
  { text: 'Pulmonary edema means fluid has built up in the lungs.', word: 'edema', entry: null },
  { text: 'Oedema around the knee is common after surgery.', word: 'Oedema', entry: 'swelling' },
  { text: 'Cerebral oedema can follow a serious head injury.', word: 'oedema', entry: null },

  // Numbness and tingling: of the skin, or of feelings.
  {
    text: 'Numbness in the toes can be an early sign of nerve damage.',
    word: 'Numbness',
    entry: 'numbness-tingling',
  },
  {
    text: 'After the funeral she felt a strange numbness, as if grief had frozen her.',
    word: 'numbness',
    entry: null,
  },
  {
    text: 'Tingling in the fingers is often worse at night.',
    word: 'Tingling',
    entry: 'numbness-tingling',
  },
  { text: 'It was a spine-tingling film with a twist at the end.', word: 'tingling', entry: null },
  { text: 'She was tingling with excitement before the trip.', word: 'tingling', entry: null },

  // Spasm and cramp: of a skeletal muscle, or of something else.
  {
    text: 'A spasm in his lower back made him stop lifting.',
    word: 'spasm',
    entry: 'muscle-spasm',
  },
  { text: 'A spasm of the coronary artery can cause chest pain.', word: 'spasm', entry: null },
  { text: 'Infantile spasms are a rare kind of seizure in babies.', word: 'spasms', entry: null },
  { text: 'A cramp in my calf woke me up at night.', word: 'cramp', entry: 'muscle-spasm' },
  { text: 'Period cramps can make the first day hard.', word: 'cramps', entry: null },
  {
    text: "Writer's cramp makes the hand tighten when you try to write.",
    word: 'cramp',
    entry: null,
  },

  // Trigger points: in a muscle, or where something is set off.
  {
    text: 'Your therapist may press on a trigger point in your shoulder.',
    word: 'trigger point',
    entry: 'trigger-points',
  },
  {
    text: 'Rising prices could be the trigger point for a recession.',
    word: 'trigger point',
    entry: null,
  },
  {
    text: 'Trigger points in the neck can cause headaches.',
    word: 'Trigger points',
    entry: 'trigger-points',
  },
  {
    text: 'The policy sets trigger points for raising interest rates.',
    word: 'trigger points',
    entry: null,
  },
];
