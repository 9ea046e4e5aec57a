// Glossary entries: conditions.
import type { AmbiguityCues, GetHelp, GlossaryEntry, Source } from '../types';

const REVIEWED = '2026-12-02';

/** Cauda equina syndrome: the back-pain signs that need emergency care (NHS). */
export const CAUDA_EQUINA = (what: string): GetHelp => ({
  urgency: 'emergency',
  text: `${what} with numbness around the genitals or buttocks, trouble peeing, loss of bladder or bowel control, or weakness in both legs: call 911 or your local emergency number now.`,
});
export const CAUDA_EQUINA_SOURCES: Source[] = [
  { name: 'NHS, "Cauda equina syndrome"' },
  { name: 'Oxford University Hospitals NHS, "Cauda Equina Syndrome" leaflet' },
];

/** The source article: a company blog post, checked against the primary sources it is listed after. */
const SOURCE_GUIDE: Source = {
  name: 'Clearing, "The 2022 Guide to Physical Therapy for Chronic Pain" (2022)',
  weak: "the source guide: a company's blog article, checked here against the sources above it",
};

/**
 * An injury that may be worse than it looks: the signs for which the NHS says go to A&E now.
 * The treatment entries for fresh injuries (RICE, PEACE & LOVE) show the same line.
 */
export const INJURY_HELP: GetHelp = {
  urgency: 'emergency',
  text: 'Severe pain, a snap or crack heard when it happened, a limb that looks bent or out of shape, or skin below the injury that is numb, cold or pale: go to an emergency room now, or call 911 or your local emergency number.',
};

/**
 * "Depression and anxiety" is this entry only where the sentence is about pain: "pain" and the
 * pain conditions, not "chronic" or "back" alone ("chronic depression", "the anxiety came back").
 */
const MOOD_WITH_PAIN = ['pain', 'fibromyalgia', 'arthritis', 'sciatica', 'migraine'];

/** "Short-term pain relief" and "long-term pain relief" are about relief, not a kind of pain. */
const PAIN_SPAN_CUES = (otherSense: string): AmbiguityCues => ({
  otherSenses: [otherSense],
  notBefore: [
    'relief',
    'reduction',
    'reductions',
    'improvement',
    'improvements',
    'benefit',
    'benefits',
    'outcome',
    'outcomes',
    'score',
    'scores',
    'control',
  ],
});

export const conditions: GlossaryEntry[] = [
  {
    id: 'chronic-pain',
    term: 'Chronic pain',
    aliases: [
      { text: 'chronic pain', kind: 'name' },
      { text: 'persistent pain', kind: 'synonym' },
      {
        text: 'long-term pain',
        kind: 'synonym',
        ambiguous: PAIN_SPAN_CUES('a lasting effect on pain, as in "long-term pain relief"'),
      },
      {
        text: 'long-lasting pain',
        kind: 'synonym',
        ambiguous: PAIN_SPAN_CUES('a lasting effect on pain, as in "long-lasting pain relief"'),
      },
    ],
    notAliases: [
      {
        text: 'chronic primary pain',
        why: 'a narrower idea: chronic pain that is a condition in itself; the card explains it',
      },
    ],
    category: 'condition',
    short:
      'Pain that lasts, or keeps coming back, for more than three months. It can go on after the body has healed, so it does not always mean harm is still being done.',
    more: 'About one in five people in the world live with chronic pain. Experts now see it as more than a sign of injury. Sometimes it is a health problem in its own right, called chronic primary pain. Fibromyalgia and back pain with no clear cause are examples. Other times it comes from another disease, such as arthritis. The nerves and brain can stay on high alert, so the pain may not match what is going on in the tissues. US guidelines favor care without drugs, or with drugs other than opioids, first. Exercise and coping skills often play a big part. Ask your clinician about a plan that fits you.',
    section: 'chronic-pain',
    related: [
      'acute-pain',
      'central-sensitization',
      'fibromyalgia',
      'chronic-low-back-pain',
      'pain-management',
      'cbt-for-pain',
    ],
    sources: [
      { name: 'Treede et al., Pain 2019 (IASP classification of chronic pain for ICD-11)' },
      { name: 'Treede et al., Pain 2015' },
      { name: 'CDC Clinical Practice Guideline for Prescribing Opioids for Pain (2022)' },
      { name: 'CDC, "Nonopioid therapies for pain: a clinical reference"' },
      { name: 'ACP guideline, Qaseem et al., Ann Intern Med 2017' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'acute-pain',
    term: 'Acute pain',
    aliases: [
      { text: 'acute pain', kind: 'name' },
      {
        text: 'short-term pain',
        kind: 'synonym',
        ambiguous: PAIN_SPAN_CUES('a short-lived effect on pain, as in "short-term pain relief"'),
      },
    ],
    notAliases: [
      {
        text: 'subacute pain',
        why: 'a different band: pain of one to three months, between acute and chronic',
      },
    ],
    category: 'condition',
    short:
      'Short-term pain that often starts all of a sudden, with a clear cause such as an injury or an operation. It eases as the body heals.',
    more: 'Acute pain works like an alarm that something needs care. Still, how much it hurts does not always show how much harm has been done. The CDC calls pain acute when it has lasted less than a month, and subacute from one to three months. For many kinds, like back pain, neck pain and sprains, options without opioids work at least as well as opioids. Right after a fresh injury, full physical therapy may not be the first step, so ask your doctor when to start. Pain that lasts past three months is called chronic pain.',
    section: 'chronic-pain',
    related: [
      'chronic-pain',
      'low-back-pain',
      'sprain',
      'strain',
      'musculoskeletal-injury',
      'peace-and-love',
      'opioids',
    ],
    sources: [
      { name: 'CDC, "Nonopioid therapies for pain: a clinical reference"' },
      {
        name: 'University Hospitals Bristol NHS Foundation Trust, pain clinic patient information',
      },
      { name: 'CDC Clinical Practice Guideline for Prescribing Opioids for Pain (2022)' },
      SOURCE_GUIDE,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'generalized-pain',
    term: 'Generalized pain',
    aliases: [
      { text: 'generalized pain', kind: 'name' },
      { text: 'generalised pain', kind: 'spelling' },
      { text: 'widespread pain', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'chronic widespread pain',
        why: 'narrower: widespread pain of more than three months that meets set criteria; "widespread pain" in it is still explained',
      },
    ],
    category: 'condition',
    short:
      'Pain felt in many parts of the body at the same time, not just in one spot. Fibromyalgia is a well-known example.',
    more: 'Doctors call it chronic widespread pain when it lasts more than three months and is felt on both sides of the body, above and below the waist, and in the neck or back. It often has no single clear source. A nervous system that has become more sensitive to pain seems to play a part. Worry and low mood are more common with widespread pain than with pain in one place. Exercise is the one treatment that European fibromyalgia guidelines rate as strongly recommended. The source guide also names low-impact aerobic exercise, like swimming, for pain of this kind.',
    section: 'chronic-pain',
    related: [
      'fibromyalgia',
      'chronic-pain',
      'central-sensitization',
      'aerobic-exercise',
      'aquatic-exercise',
      'depression-anxiety-chronic-pain',
    ],
    sources: [
      { name: 'Treede et al., Pain 2019 (IASP classification of chronic pain for ICD-11)' },
      {
        name: 'Curr Rheumatol Rep 2009, "Chronic widespread pain and fibromyalgia: two sides of the same coin?" (PubMed 19922733)',
      },
      { name: 'Macfarlane et al., Ann Rheum Dis 2017 (EULAR fibromyalgia recommendations)' },
      SOURCE_GUIDE,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'musculoskeletal-injury',
    term: 'Musculoskeletal injury',
    aliases: [{ text: 'musculoskeletal injury', kind: 'name' }],
    notAliases: [
      {
        text: 'musculoskeletal disorder',
        why: 'broader: also long-term conditions such as arthritis; now its own entry',
      },
      {
        text: 'musculoskeletal condition',
        why: 'broader: also long-term conditions such as arthritis; now its own entry',
      },
      {
        text: 'musculoskeletal problem',
        why: 'broader: also long-term conditions such as arthritis; now its own entry',
      },
    ],
    category: 'condition',
    short:
      'An injury to the muscles, bones, joints, tendons or ligaments. Sprains, strains and broken bones are common examples.',
    more: 'Some of these injuries happen all at once, like a sprain from a fall. Others build up over time from doing the same motion again and again, as with many tendon problems. They are the main reason people are sent to physical therapy as outpatients. The pain is often short-term, but it can last for months. A physical therapist can check how you move and plan exercise to help you heal and get back to what you do.',
    section: 'chronic-pain',
    related: [
      'musculoskeletal-condition',
      'sprain',
      'strain',
      'tendinopathy',
      'outpatient-care',
      'physical-therapy',
    ],
    getHelp: INJURY_HELP,
    sources: [
      { name: 'MedlinePlus, "Sports Injuries"' },
      { name: 'MedlinePlus, "Sprains and Strains"' },
      { name: 'NHS, "Sprains and strains"' },
      { name: 'MedlinePlus, "Tendinitis"' },
      SOURCE_GUIDE,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'musculoskeletal-condition',
    term: 'Musculoskeletal condition',
    aliases: [
      { text: 'musculoskeletal condition', kind: 'name' },
      { text: 'musculoskeletal disorder', kind: 'synonym' },
      { text: 'musculoskeletal problem', kind: 'synonym' },
    ],
    category: 'condition',
    short:
      'A health problem of the muscles, bones, joints, tendons or ligaments. It can be short, like a sprain, or last for years, like arthritis or back pain.',
    more: 'Experts count more than 150 of them. Some come on all at once and pass, like a sprain or a broken bone. Others last for life, like osteoarthritis or rheumatoid arthritis. They often bring pain and make it harder to move, work and take part in daily life. About one in three people in the world lives with a long-lasting, painful one. Low back pain is the leading cause of disability worldwide. More people could gain from rehab, such as physical therapy, for these conditions than for any other kind of health problem.',
    section: 'chronic-pain',
    related: [
      'musculoskeletal-injury',
      'low-back-pain',
      'osteoarthritis',
      'rheumatoid-arthritis',
      'chronic-pain',
      'physical-therapy',
    ],
    sources: [
      {
        name: 'Briggs et al., Bull World Health Organ 2018, "Reducing the global burden of musculoskeletal conditions"',
      },
      { name: 'WHO, "Musculoskeletal health" fact sheet (2022)' },
      { name: 'WHO, "Low back pain" fact sheet (2023)' },
      { name: 'IASP, "Global Burden of Musculoskeletal Conditions" fact sheet (2023)' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'arthritis',
    term: 'Arthritis',
    aliases: [
      { text: 'arthritis', kind: 'name' },
      { text: 'arthritic', kind: 'form' },
    ],
    category: 'condition',
    short:
      'Arthritis means a swollen, sore joint. The word covers more than 100 conditions that cause joint pain, stiffness or swelling. The two best known are osteoarthritis and rheumatoid arthritis.',
    more: 'Signs differ by type, but often include aching, stiffness, swelling, redness and less range of motion. Osteoarthritis, the most common kind, comes from the tissues inside a joint slowly breaking down. In rheumatoid arthritis, the immune system attacks the joints. For most types, staying active helps. Joint-friendly activity like walking, cycling or swimming can ease pain and improve function, mood and quality of life. Start slowly and build up a little at a time. Ask your clinician which type you have, since care differs.',
    section: 'chronic-pain',
    related: [
      'osteoarthritis',
      'rheumatoid-arthritis',
      'ankylosing-spondylitis',
      'low-impact-cardio',
      'stiffness',
      'rheumatologist',
    ],
    getHelp: {
      urgency: 'same-day',
      text: 'A joint that turns hot, red and very swollen within hours or days, above all with a fever or chills: get medical help the same day. It can be an infection.',
    },
    sources: [
      { name: 'CDC, "Arthritis Types" (2016)' },
      { name: 'CDC, "Physical Activity for Arthritis"' },
      { name: 'MedlinePlus, "Rheumatoid Arthritis"' },
      { name: 'NHS, "Septic arthritis"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'osteoarthritis',
    term: 'Osteoarthritis (OA)',
    aliases: [
      { text: 'osteoarthritis', kind: 'name' },
      { text: 'osteoarthrosis', kind: 'synonym' },
      { text: 'degenerative joint disease', kind: 'synonym' },
      { text: 'wear-and-tear arthritis', kind: 'synonym' },
      {
        text: 'OA',
        kind: 'abbreviation',
        caseSensitive: true,
        ambiguous: {
          otherSenses: ['open access (free-to-read research)', 'office assistant'],
          notBefore: [
            'journal',
            'journals',
            'publishing',
            'policy',
            'mandate',
            'licence',
            'license',
            'fee',
            'fees',
            'repository',
          ],
          notInSentence: [
            'open access',
            'journal',
            'journals',
            'publisher',
            'publishers',
            'publishing',
            'Creative Commons',
            'licence',
            'license',
            'paywall',
          ],
          supportWords: [
            'knee',
            'knees',
            'hip',
            'hips',
            'hand',
            'joint',
            'joints',
            'arthritis',
            'cartilage',
            'pain',
            'stiffness',
            'osteoarthritis',
            'exercise',
            'physical',
            'therapy',
          ],
          needsSupport: true,
        },
      },
    ],
    category: 'condition',
    short:
      'The most common kind of arthritis. The cartilage and bone inside a joint slowly break down, which causes pain, stiffness and swelling. It most often affects the hands, hips and knees.',
    more: 'More than 30 million US adults have osteoarthritis, and the risk grows with age. It usually comes on slowly. Unlike rheumatoid arthritis, it is not caused by the immune system. Moving helps: low-impact, joint-friendly activity such as walking, cycling or water exercise can ease pain and improve function and mood. Strength work helps too; pick weights or bands that do not hurt your joints. NSAID gels rubbed on a sore knee or hand work about as well as pills, with fewer stomach problems. Rehab by live video may work about as well as in-person visits for some people.',
    section: 'chronic-pain',
    related: [
      'arthritis',
      'cartilage',
      'rheumatoid-arthritis',
      'low-impact-cardio',
      'strengthening-exercise',
      'topical-nsaids',
    ],
    sources: [
      { name: 'CDC, "Osteoarthritis (OA)"' },
      { name: 'CDC, "Physical Activity for Arthritis"' },
      { name: 'BMC Musculoskelet Disord 2014 commentary on topical NSAIDs' },
      { name: 'Seron et al., Phys Ther 2021 (overview of telerehabilitation reviews)' },
      { name: 'MedlinePlus, "Rheumatoid Arthritis"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'rheumatoid-arthritis',
    term: 'Rheumatoid arthritis (RA)',
    aliases: [
      { text: 'rheumatoid arthritis', kind: 'name' },
      { text: 'rheumatoid disease', kind: 'synonym' },
      {
        text: 'RA',
        kind: 'abbreviation',
        caseSensitive: true,
        ambiguous: {
          otherSenses: ['resident assistant', 'research assistant', 'right atrium of the heart'],
          notInSentence: [
            'atrium',
            'atria',
            'atrial',
            'ventricle',
            'ventricles',
            'ventricular',
            'tricuspid',
            'echocardiogram',
            'dorm',
            'dorms',
            'dormitory',
            'residence hall',
            'residence halls',
            'resident assistant',
            'research assistant',
            'campus',
          ],
          supportWords: [
            'arthritis',
            'rheumatoid',
            'joint',
            'joints',
            'autoimmune',
            'rheumatologist',
            'swelling',
            'swollen',
            'stiffness',
            'flare',
            'inflammation',
            'hands',
            'wrists',
            'fingers',
            'pain',
          ],
          needsSupport: true,
        },
      },
    ],
    category: 'condition',
    short:
      'A disease in which the immune system attacks the lining of the joints. It causes pain, swelling and stiffness, often in the wrists and fingers, and usually on both sides of the body.',
    more: "Rheumatoid arthritis is autoimmune, which means the body's defenses turn on its own tissues. Besides the joints, it can make people feel tired, unwell or feverish, and it can affect the eyes, mouth or lungs. It often starts between ages 40 and 60, and it is two to three times more common in women. Treatment can slow or even stop joint damage. Symptoms can flare, getting worse for a while; a flare can mean the disease is more active, so tell your rheumatology team. Osteoarthritis is different: it often comes with age and is not an immune attack.",
    section: 'chronic-pain',
    related: [
      'arthritis',
      'osteoarthritis',
      'inflammation',
      'rheumatologist',
      'stiffness',
      'flare-up',
    ],
    getHelp: {
      urgency: 'same-day',
      text: 'One joint that suddenly turns hot, red and very swollen, with a fever, or a flare that your usual plan does not settle: contact your rheumatology team or doctor the same day.',
    },
    sources: [
      { name: 'MedlinePlus, "Rheumatoid Arthritis"' },
      { name: 'NIHSeniorHealth (NIH), "Rheumatoid Arthritis" FAQ' },
      { name: 'NHS, "Rheumatoid arthritis"' },
      {
        name: 'Bozzalla-Cassione et al., Front Med 2022, "Insights into the concept of rheumatoid arthritis flare"',
      },
      { name: 'NHS, "Septic arthritis"' },
      { name: 'Patient.info, "Hot swollen joints" (professional reference)' },
      { name: 'CDC, "Physical Activity for Arthritis"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'fibromyalgia',
    term: 'Fibromyalgia',
    aliases: [
      { text: 'fibromyalgia', kind: 'name' },
      { text: 'fibromyalgia syndrome', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'fibro fog',
        why: 'a symptom of fibromyalgia (trouble thinking and remembering), not the condition; now its own entry',
      },
    ],
    category: 'condition',
    short:
      'A long-term condition with pain and tender spots all over the body, along with tiredness and poor sleep. It does not harm the joints. The nervous system seems extra sensitive to pain.',
    more: 'Many people with fibromyalgia also have trouble thinking or remembering, often called fibro fog. It is counted as chronic primary pain, which means the pain is a health problem in itself. European guidelines say care should start with learning about the condition and with treatment that does not rely on drugs. Exercise is the only therapy they strongly back. The source guide also points to stretching, strengthening and aerobic exercise. Most treatments help only a bit, so the aim is often less pain and more activity, not zero pain. Start gently and build up with your physical therapist.',
    section: 'chronic-pain',
    related: [
      'fibro-fog',
      'generalized-pain',
      'central-sensitization',
      'aerobic-exercise',
      'pacing',
      'depression-anxiety-chronic-pain',
    ],
    sources: [
      { name: 'NIAMS, "Fibromyalgia"' },
      { name: 'Treede et al., Pain 2019 (IASP classification of chronic pain for ICD-11)' },
      { name: 'Macfarlane et al., Ann Rheum Dis 2017 (EULAR fibromyalgia recommendations)' },
      SOURCE_GUIDE,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'low-back-pain',
    term: 'Low back pain',
    aliases: [
      { text: 'low back pain', kind: 'name' },
      { text: 'low-back pain', kind: 'spelling' },
      { text: 'lower back pain', kind: 'synonym' },
      { text: 'lumbago', kind: 'synonym' },
      { text: 'LBP', kind: 'abbreviation', caseSensitive: true },
    ],
    notAliases: [
      {
        text: 'back pain',
        why: 'broader: pain anywhere along the back, from the neck down',
      },
    ],
    category: 'condition',
    short:
      'Pain in the back between the bottom of the ribs and the buttocks. It is very common and is rarely a sign of something serious. It often gets better within a few weeks.',
    more: 'Most people have it at some point. In about nine cases in ten, no single cause, such as a disease or damage, can be found. Keep moving and carry on with daily life as far as you can; staying active is a key part of care. Scans are seldom needed. Heat, exercise and, for some, pain medicine can help while it settles. Pain that lasts more than 12 weeks is called chronic low back pain. See a doctor the same day for back pain with a fever, weight loss you cannot explain or pain that is worse at night, or after a fall, or if you have had cancer. Back pain after a serious accident needs emergency care.',
    section: 'chronic-pain',
    related: [
      'chronic-low-back-pain',
      'acute-pain',
      'sciatica',
      'herniated-disc',
      'heat-therapy',
      'red-flags',
    ],
    getHelp: CAUDA_EQUINA('Back pain'),
    sources: [
      { name: 'NHS, "Back pain"' },
      { name: 'WHO, "Low back pain" fact sheet (2023)' },
      { name: 'NICE guideline NG59, "Low back pain and sciatica in over 16s"' },
      { name: 'ACP guideline, Qaseem et al., Ann Intern Med 2017' },
      ...CAUDA_EQUINA_SOURCES,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'chronic-low-back-pain',
    term: 'Chronic low back pain',
    aliases: [
      { text: 'chronic low back pain', kind: 'name' },
      { text: 'chronic lower back pain', kind: 'synonym' },
      { text: 'CLBP', kind: 'abbreviation', caseSensitive: true },
    ],
    notAliases: [
      {
        text: 'low back pain',
        why: 'not always chronic: most low back pain gets better within weeks; now its own entry',
      },
      {
        text: 'lower back pain',
        why: 'not always chronic: most low back pain gets better within weeks; now its own entry',
      },
      { text: 'LBP', why: 'stands for low back pain, not chronic low back pain' },
      {
        text: 'chronic back pain',
        why: 'broader: long-lasting pain anywhere in the back, not only the low back',
      },
    ],
    category: 'condition',
    short:
      'Low back pain that has lasted more than 12 weeks. Staying as active as you can is a key part of care.',
    more: "A major US guideline says to start with care that does not use drugs: exercise, rehab programs, CBT, yoga or tai chi, mindfulness or spinal manipulation. NSAIDs come next, and opioids only if the rest have failed. Most of these help only a little. The UK's NICE advises against routine scans. It does not back TENS, ultrasound, back belts, traction or paracetamol on its own. See a doctor the same day for back pain with a fever, weight loss you cannot explain or pain that is worse at night, or after a fall, or if you have had cancer. Back pain after a serious accident needs emergency care.",
    section: 'chronic-pain',
    related: [
      'low-back-pain',
      'chronic-pain',
      'sciatica',
      'spinal-manipulation',
      'cbt-for-pain',
      'red-flags',
    ],
    getHelp: CAUDA_EQUINA('Back pain'),
    sources: [
      { name: 'ACP guideline, Qaseem et al., Ann Intern Med 2017' },
      {
        name: 'American Family Physician: the ACP guideline on low back pain (2017)',
        weak: 'a journal summary of the ACP guideline, which is cited first',
      },
      { name: 'NICE guideline NG59, "Low back pain and sciatica in over 16s"' },
      { name: 'NHS, "Back pain"' },
      ...CAUDA_EQUINA_SOURCES,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'sciatica',
    term: 'Sciatica',
    aliases: [
      { text: 'sciatica', kind: 'name' },
      { text: 'sciatic pain', kind: 'synonym' },
      { text: 'sciatic nerve pain', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'lumbar radiculopathy',
        why: 'broader: any irritated nerve root in the low back, including ones that do not feed the sciatic nerve',
      },
    ],
    category: 'condition',
    short:
      'Pain that runs from the low back or buttock down the back of one leg. It may burn or feel like a shock, and can come with numbness, tingling or weakness.',
    more: 'It usually happens when a herniated disk or a bone spur presses on the nerve roots in the low back. When a disk is the cause, it often clears up in weeks to months. Keep up your daily activities as far as you can. See a clinician if it lasts more than a week, is severe, or keeps getting worse. Sudden, severe pain with numbness or weakness in the leg needs care right away. Numbness around the genitals, or trouble controlling your bladder or bowels, is an emergency.',
    section: 'chronic-pain',
    related: [
      'herniated-disc',
      'spinal-stenosis',
      'low-back-pain',
      'neuropathic-pain',
      'numbness-tingling',
      'red-flags',
    ],
    getHelp: CAUDA_EQUINA('Sciatica'),
    sources: [
      { name: 'Mayo Clinic, "Sciatica: Symptoms and causes"' },
      { name: 'NHS, "Sciatica"' },
      { name: 'NICE guideline NG59, "Low back pain and sciatica in over 16s"' },
      { name: 'NHS, "Back pain"' },
      ...CAUDA_EQUINA_SOURCES,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'carpal-tunnel-syndrome',
    term: 'Carpal tunnel syndrome',
    aliases: [
      { text: 'carpal tunnel syndrome', kind: 'name' },
      {
        text: 'carpal tunnel',
        kind: 'synonym',
        ambiguous: {
          otherSenses: ['the carpal tunnel itself: the narrow passage in the wrist'],
          notAfter: ['the'],
        },
      },
    ],
    category: 'condition',
    short:
      'Numbness, tingling or pain in the hand when a nerve gets squeezed as it passes through the wrist. It mostly affects the thumb, index and middle fingers.',
    more: 'The nerve is called the median nerve, and the tight space it runs through is the carpal tunnel. At first, symptoms are often worse at night. Over time the hand may feel clumsy, and in long-standing cases the thumb muscles can get weaker. Care ranges from a wrist splint worn at night, NSAIDs and steroid shots to surgery that frees the nerve if those do not help. It can be linked to work, and you may be able to keep working while you get physical therapy. Talk it over with your doctor first.',
    section: 'at-home',
    related: [
      'numbness-tingling',
      'wrist-splint',
      'neuropathic-pain',
      'corticosteroid-injection',
      'occupational-therapy',
    ],
    getHelp: {
      urgency: 'soon',
      text: 'Numbness that does not go away, a weak grip, or the muscles at the base of the thumb getting smaller: see your doctor soon. Without care, the nerve damage can last.',
    },
    sources: [
      { name: 'NINDS, "Carpal Tunnel Syndrome"' },
      { name: 'Mayo Clinic, "Carpal tunnel syndrome: Symptoms and causes"' },
      { name: 'Baptist Health, "Carpal tunnel syndrome"' },
      { name: 'Mayo Clinic Sports Medicine, "Carpal tunnel"' },
      SOURCE_GUIDE,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'tendinopathy',
    term: 'Tendinopathy',
    aliases: [
      { text: 'tendinopathy', kind: 'name' },
      // "Tendinitis" is the older, everyday name for the same tendon pain (MedlinePlus files the
      // condition under it); the card says why the newer name is used.
      { text: 'tendinitis', kind: 'synonym' },
      { text: 'tendonitis', kind: 'spelling' },
      { text: 'tendonopathy', kind: 'spelling' },
    ],
    notAliases: [
      {
        text: 'tendinosis',
        why: 'narrower: a change in the tendon tissue, often seen on a scan, that may not hurt',
      },
    ],
    category: 'condition',
    short:
      'A painful tendon problem, often from overuse. Tendons are the tough cords that join muscle to bone. The main treatment is exercise that slowly builds up the load on the tendon.',
    more: 'Tendinitis means an inflamed tendon. Many doctors now say tendinopathy, because lasting tendon pain often comes from changes in the tendon more than inflammation. It is common around the shoulder, elbow, knee and heel; tennis elbow is one example. Overuse, injury and some diseases, like rheumatoid arthritis, play a part. The core treatment is graded loading: exercises that ask a bit more of the tendon week by week. Cutting back on moves that make it worse can help it settle; you need not stop all activity. In one Achilles trial, staying active within set pain limits worked as well as rest. Steroid shots may ease pain for a few weeks, but in trials people often did worse months later.',
    section: 'chronic-pain',
    related: [
      'tendon',
      'eccentric-exercise',
      'pain-monitoring-model',
      'tennis-elbow',
      'rotator-cuff',
      'bursitis',
    ],
    getHelp: {
      urgency: 'same-day',
      text: 'A sudden pop or snap, then sharp pain and weakness, such as not being able to stand on tiptoe: get medical help the same day. The tendon may have torn.',
    },
    sources: [
      {
        name: 'Martin et al., J Orthop Sports Phys Ther 2018 (Achilles tendinopathy clinical practice guideline)',
      },
      {
        name: 'Malliaras et al., Sports Med 2013, "Achilles and patellar tendinopathy loading programmes"',
      },
      { name: 'MedlinePlus, "Tendinitis"' },
      { name: 'Silbernagel et al., Am J Sports Med 2007' },
      {
        name: 'Coombes, Bisset & Vicenzino, Lancet 2010 (review of steroid and other injections for tendinopathy)',
      },
      { name: 'Mayo Clinic, "Achilles tendon rupture"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'bursitis',
    term: 'Bursitis',
    aliases: [{ text: 'bursitis', kind: 'name' }],
    category: 'condition',
    short:
      'Soreness and swelling of a bursa, a small sac of fluid that cushions a joint. It causes pain and tenderness and can make the joint hard to move.',
    more: 'Bursitis can show up in the shoulder, elbow, hip, knee, heel or big toe. Injury, overuse and repeated strain are common causes. Arthritis, gout or an infection of the bursa can also cause it, and it sometimes comes with tendinitis. Rest, ice and medicine to ease pain and swelling often help. Other options are physical therapy, steroid shots and, rarely, surgery. Strong muscles and breaks during tasks you repeat a lot may help keep it from coming back. Ask a clinician if it does not settle.',
    section: 'chronic-pain',
    related: ['tendinopathy', 'inflammation', 'swelling', 'corticosteroid-injection', 'arthritis'],
    getHelp: {
      urgency: 'same-day',
      text: 'A swollen area that is very hot and red, with a fever or chills, or a joint you suddenly cannot move: see a doctor the same day. The bursa may be infected.',
    },
    sources: [
      { name: 'MedlinePlus, "Bursitis"' },
      { name: 'NHS, "Bursitis"' },
      { name: 'Mayo Clinic, "Bursitis: Symptoms and causes"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'plantar-fasciitis',
    term: 'Plantar fasciitis',
    aliases: [
      { text: 'plantar fasciitis', kind: 'name' },
      { text: 'plantar fasciopathy', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'plantar heel pain',
        why: 'broader: pain under the heel can have other causes, such as a nerve or a stress fracture',
      },
    ],
    category: 'condition',
    short:
      'Pain under the heel and along the arch of the foot. It comes from strain on the plantar fascia, a thick band of tissue that runs from the heel to the toes.',
    more: 'The pain is often worst with the first steps after sleep or rest. It eases as you move, then can build again after standing, walking or running for a long time. It is most common between ages 40 and 60, in people who run or stand a lot, and with shoes that give poor support. Most cases clear up in time: about four in five within a year. Cushioned shoes, insoles and gentle stretching are common first steps. A physical therapist can teach exercises. See a doctor if it does not get better within two weeks.',
    section: 'chronic-pain',
    related: ['stretching', 'inflammation', 'tendinopathy', 'physical-therapist'],
    sources: [{ name: 'NHS, "Plantar fasciitis"' }, { name: 'NHS, "Heel pain"' }],
    reviewed: REVIEWED,
  },
  {
    id: 'frozen-shoulder',
    term: 'Frozen shoulder',
    aliases: [
      { text: 'frozen shoulder', kind: 'name' },
      { text: 'adhesive capsulitis', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'shoulder contracture',
        why: 'broader: a shoulder that has lost movement for any reason, such as after a stroke or an operation',
      },
    ],
    category: 'condition',
    short:
      'A condition that makes the shoulder painful and stiff. The tissue wrapped around the joint, called the capsule, becomes swollen and thick.',
    more: 'It comes on slowly. Pain usually comes first, sometimes for months, and then stiffness builds. In bad cases the shoulder can hardly move. It is not fully clear why it happens, but it can follow a rotator cuff injury or a time when the arm could not move. Most people who get it are 40 to 60. It is more common in women and in people with diabetes. Most people get better in the end, even without treatment, though it can take years. Treatment aims to ease pain and keep the shoulder moving while it heals.',
    section: 'chronic-pain',
    related: ['stiffness', 'range-of-motion', 'rotator-cuff', 'mobility-exercises'],
    sources: [
      { name: 'NHS, "Frozen shoulder"' },
      { name: 'Patient.info, "Adhesive Capsulitis of the Shoulder" (professional reference)' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'herniated-disc',
    term: 'Herniated disc',
    aliases: [
      { text: 'herniated disc', kind: 'name' },
      { text: 'herniated disk', kind: 'spelling' },
      { text: 'slipped disc', kind: 'synonym' },
      { text: 'slipped disk', kind: 'spelling' },
      { text: 'ruptured disc', kind: 'synonym' },
      { text: 'ruptured disk', kind: 'spelling' },
      { text: 'prolapsed disc', kind: 'synonym' },
      { text: 'prolapsed disk', kind: 'spelling' },
      { text: 'disc herniation', kind: 'synonym' },
      { text: 'disk herniation', kind: 'spelling' },
    ],
    notAliases: [
      {
        text: 'bulging disc',
        why: 'not the same: a disc that bulges out evenly without its center breaking through; common on scans and often painless',
      },
      {
        text: 'bulging disk',
        why: 'not the same: a disk that bulges out evenly without its center breaking through; common on scans and often painless',
      },
    ],
    category: 'condition',
    short:
      'A problem with one of the soft pads between the bones of the spine. Some of its jelly-like center pushes out and can bother the nerves nearby.',
    more: 'The spine is a stack of bones called vertebrae, with a disk between each pair as a cushion. With age, disks wear and lose some of their cushioning. When one tears, its soft center can press on or irritate a nerve. That can cause back pain, or sciatica down the leg. Doctors find it with an exam and sometimes a scan. Most people get better within weeks to months without surgery. Staying as active as you can, with gentle exercise and your daily tasks, is advised. Pain medicine and physical therapy can help, and surgery is an option for a few.',
    section: 'chronic-pain',
    related: ['sciatica', 'low-back-pain', 'spinal-stenosis', 'numbness-tingling', 'red-flags'],
    getHelp: CAUDA_EQUINA('Back or leg pain'),
    sources: [
      { name: 'MedlinePlus, "Herniated Disk"' },
      { name: 'NHS, "Slipped disc"' },
      { name: 'NICE guideline NG59, "Low back pain and sciatica in over 16s"' },
      { name: 'NHS, "Back pain"' },
      ...CAUDA_EQUINA_SOURCES,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'spinal-stenosis',
    term: 'Spinal stenosis',
    aliases: [
      { text: 'spinal stenosis', kind: 'name' },
      { text: 'spinal canal stenosis', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'lumbar spinal stenosis',
        why: 'narrower: stenosis in the low back only; "spinal stenosis" in it is still explained',
      },
      { text: 'lumbar stenosis', why: 'narrower: stenosis in the low back only' },
      {
        text: 'cervical stenosis',
        why: 'narrower (the neck only), and also a narrowing of the cervix of the womb',
      },
    ],
    category: 'condition',
    short:
      'A narrowing of the spaces inside the spine. It can press on the spinal cord and nerves, causing pain, numbness or weakness in the back, neck, arms or legs.',
    more: 'The narrowing can be in the middle of the spine, in the side channels where nerves leave it, or between the bones. It mostly affects people over 50. Arthritis, a narrow spinal canal, injury and a curved spine (scoliosis) can all cause it. Symptoms may come on slowly, or not at all. Treatment includes medicines, physical therapy, braces and, for some, surgery.',
    section: 'chronic-pain',
    related: ['sciatica', 'herniated-disc', 'numbness-tingling', 'low-back-pain', 'red-flags'],
    getHelp: CAUDA_EQUINA('Back or leg pain'),
    sources: [
      { name: 'NIAMS, "Spinal Stenosis"' },
      { name: 'MedlinePlus, "Spinal Stenosis" (2008)' },
      { name: 'NHS, "Back pain"' },
      ...CAUDA_EQUINA_SOURCES,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'osteoporosis',
    term: 'Osteoporosis',
    aliases: [
      { text: 'osteoporosis', kind: 'name' },
      { text: 'osteoporotic', kind: 'form' },
    ],
    category: 'condition',
    short:
      'A disease in which bones get weaker and break more easily. Often there are no signs until a bone breaks.',
    more: 'Bone strength depends on how much bone you have and how well it is built, and in osteoporosis both can drop. It is the main cause of broken bones in older adults and in women after menopause. The hip, spine and wrist break most often, and a broken hip can cause lasting disability. Bones can get so fragile that a small fall, a bump or even a cough breaks one. Spine bones can also fold down, which shows up as back pain, lost height or a stooped back. Ask your doctor about your bones and which exercise is safe for you.',
    section: 'chronic-pain',
    related: ['balance-exercises', 'strengthening-exercise', 'primary-care-provider'],
    sources: [{ name: 'NIAMS, "Osteoporosis Handout on Health" (2011)' }],
    reviewed: REVIEWED,
  },
  {
    id: 'ankylosing-spondylitis',
    term: 'Ankylosing spondylitis',
    aliases: [{ text: 'ankylosing spondylitis', kind: 'name' }],
    notAliases: [
      {
        text: 'axial spondyloarthritis',
        why: 'broader: the family that includes ankylosing spondylitis and a form that does not show on x-rays',
      },
      { text: 'axSpA', why: 'short for axial spondyloarthritis, which is broader' },
    ],
    category: 'condition',
    short:
      'A type of arthritis that mainly affects the spine. Inflammation causes back pain and stiffness, and over time some spine bones may grow together.',
    more: 'It usually starts in early adult life. Early signs are pain and stiffness in the low back and hips, mostly in the morning or after rest. The pain often gets better with exercise and worse with rest. When spine bones fuse, the back gets less bendy and posture may become hunched. The eyes can become inflamed too. Symptoms may come and go. A flare can mean the disease is more active, so tell your rheumatology team. There is no cure, but exercise and medicines can ease symptoms and may slow the disease.',
    section: 'chronic-pain',
    related: [
      'arthritis',
      'inflammation',
      'stiffness',
      'flare-up',
      'rheumatologist',
      'mobility-exercises',
    ],
    getHelp: {
      urgency: 'same-day',
      text: 'A painful red eye, strong dislike of light, or blurred vision: see an eye doctor the same day.',
    },
    sources: [
      { name: 'Mayo Clinic, "Ankylosing spondylitis: Symptoms and causes"' },
      { name: 'NHS, "Ankylosing spondylitis"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'polio',
    term: 'Polio',
    aliases: [
      { text: 'polio', kind: 'name' },
      { text: 'poliomyelitis', kind: 'synonym' },
    ],
    notAliases: [{ text: 'poliovirus', why: 'the virus that causes polio, not the disease' }],
    category: 'condition',
    short:
      'A disease caused by a virus that can attack the nerves in the spinal cord and brain. In bad cases it leaves muscles weak or paralyzed. A vaccine prevents it.',
    more: 'Polio spreads from person to person. It can paralyze the arms and legs, and even the muscles used for breathing, which can be deadly. Before a vaccine came out in 1955, it left more than 35,000 Americans a year with lasting harm. No case from the wild virus has begun in the US since 1979. But in 2022 an adult in New York who had not been vaccinated was paralyzed by a vaccine-derived virus, a form that can spread where too few people are vaccinated. Polio outbreaks in the early 1900s helped shape physical therapy.',
    section: 'what-is-pt',
    related: ['paralysis', 'physical-therapy', 'strengthening-exercise'],
    sources: [
      { name: 'CDC, "Polio Elimination in the United States"' },
      {
        name: 'Link-Gelles et al., MMWR 2022, "Public Health Response to a Case of Paralytic Poliomyelitis in an Unvaccinated Person ... New York"',
      },
      { name: 'North Carolina Division of Public Health, "Polio"' },
      { name: 'California Department of Public Health, "Polio"' },
      SOURCE_GUIDE,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'paralysis',
    term: 'Paralysis',
    aliases: [
      {
        text: 'paralysis',
        kind: 'name',
        ambiguous: {
          otherSenses: [
            'being unable to act or decide, as in "analysis paralysis"',
            'a standstill, as in "political paralysis"',
          ],
          notAfter: [
            'analysis',
            'decision',
            'sleep',
            'political',
            'legislative',
            'economic',
            'policy',
            'bureaucratic',
            'emotional',
          ],
          notBefore: ['by analysis'],
          notInSentence: ['gridlock', 'congress', 'parliament', 'senate', 'legislature'],
          supportWords: [
            'muscle',
            'muscles',
            'nerve',
            'nerves',
            'stroke',
            'spinal',
            'legs',
            'arms',
            'limbs',
            'facial',
            'face',
            'polio',
            'injury',
            'weakness',
            'palsy',
            'movement',
            'symptoms',
          ],
        },
      },
      {
        text: 'paralyzed',
        kind: 'form',
        ambiguous: {
          otherSenses: [
            'unable to act, as in "paralyzed by fear"',
            'brought to a standstill, as in "a city paralyzed by snow"',
          ],
          notAfter: ['emotionally'],
          notBefore: [
            'by fear',
            'with fear',
            'by indecision',
            'by doubt',
            'by the strike',
            'by snow',
          ],
          notInSentence: ['indecision', 'snowstorm', 'blizzard', 'gridlock'],
          supportWords: [
            'muscle',
            'muscles',
            'nerve',
            'stroke',
            'spinal',
            'legs',
            'arms',
            'polio',
            'injury',
          ],
        },
      },
      {
        text: 'paralysed',
        kind: 'spelling',
        ambiguous: {
          otherSenses: [
            'unable to act, as in "paralysed by fear"',
            'brought to a standstill, as in "a city paralysed by snow"',
          ],
          notAfter: ['emotionally'],
          notBefore: [
            'by fear',
            'with fear',
            'by indecision',
            'by doubt',
            'by the strike',
            'by snow',
          ],
          notInSentence: ['indecision', 'snowstorm', 'blizzard', 'gridlock'],
          supportWords: [
            'muscle',
            'muscles',
            'nerve',
            'stroke',
            'spinal',
            'legs',
            'arms',
            'polio',
            'injury',
          ],
        },
      },
      { text: 'muscle function loss', kind: 'synonym' },
    ],
    notAliases: [{ text: 'paresis', why: 'partial weakness, not a full loss of movement' }],
    category: 'condition',
    short:
      'Loss of the power to move some or all of the body, because the muscles no longer work as they should. It can be short-term or permanent.',
    more: 'It may affect one small area or a large part of the body, on one side or both. When it affects both legs, it is called paraplegia. When it affects both arms and legs, it is called quadriplegia. Stroke and spinal cord injury are common causes, and polio is another. Sudden weakness or loss of movement always needs emergency care. After treatment, physical, occupational or speech therapy may help. Gentle range-of-motion work, where someone else moves the joints, can help prevent stiffness and shortened muscles.',
    section: 'what-is-pt',
    related: ['polio', 'range-of-motion', 'physical-therapy', 'occupational-therapy'],
    getHelp: {
      urgency: 'emergency',
      text: 'Sudden weakness or loss of movement in the face, an arm or a leg, above all on one side, or trouble speaking, can be a stroke: call 911 or your local emergency number now.',
    },
    sources: [
      { name: 'MedlinePlus Medical Encyclopedia, "Muscle function loss"' },
      { name: 'CDC, "Signs and Symptoms of Stroke"' },
      { name: 'NHS, "Stroke"' },
      { name: 'Dutton, physical therapy textbook (AccessPhysiotherapy)' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'neuropathic-pain',
    term: 'Neuropathic pain',
    aliases: [
      { text: 'neuropathic pain', kind: 'name' },
      { text: 'nerve pain', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'neuralgia',
        why: 'narrower: nerve pain along the path of one nerve, such as trigeminal neuralgia; now its own entry',
      },
    ],
    category: 'condition',
    short:
      'Pain caused by damage to, or disease of, the nerves that carry feeling. It often burns or shoots, or feels like electric shocks or pins and needles.',
    more: 'Numbness can come with it. Examples include pain after shingles, nerve pain from diabetes, and pain along a nerve (neuralgia). UK guidance from NICE says doctors should discuss options that do not use drugs, such as physical and talking therapies. Two nerve pain drugs, pregabalin and gabapentin, became controlled drugs in the UK in 2019 because of misuse and the risk of dependence. Telling your clinician how the pain feels, in your own words, helps them work out what kind of pain it is.',
    section: 'chronic-pain',
    related: [
      'neuralgia',
      'numbness-tingling',
      'sciatica',
      'carpal-tunnel-syndrome',
      'allodynia',
      'gabapentinoids',
    ],
    sources: [
      { name: 'NICE clinical guideline CG173, "Neuropathic pain in adults"' },
      { name: 'IASP, "Terminology" (neuropathic pain)' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'neuralgia',
    term: 'Neuralgia',
    aliases: [
      { text: 'neuralgia', kind: 'name' },
      { text: 'neuralgic', kind: 'form' },
    ],
    category: 'condition',
    short:
      'Pain along the path of a nerve. It is often sharp, stabbing or like an electric shock, and it may come in sudden attacks.',
    more: 'It is one kind of nerve pain. Trigeminal neuralgia brings short, severe attacks of pain on one side of the face, often set off by a light touch, chewing or a breeze. Occipital neuralgia starts in the neck and spreads up the back of the head. Postherpetic neuralgia is pain that goes on where shingles has been, after the rash has healed. Common painkillers often do not help much, so doctors use other medicines, and sometimes surgery or nerve treatments. Ask your doctor which kind you have.',
    section: 'chronic-pain',
    related: [
      'neuropathic-pain',
      'allodynia',
      'numbness-tingling',
      'gabapentinoids',
      'neurologist',
    ],
    sources: [
      { name: 'IASP, "Terminology" (neuralgia)' },
      { name: 'NINDS, "Trigeminal Neuralgia"' },
      { name: 'NINDS, "Occipital Neuralgia"' },
      { name: 'NHS, "Trigeminal neuralgia"' },
      { name: 'NHS, "Postherpetic neuralgia"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'central-sensitization',
    term: 'Central sensitization',
    aliases: [
      { text: 'central sensitization', kind: 'name' },
      { text: 'central sensitisation', kind: 'spelling' },
    ],
    notAliases: [
      {
        text: 'hyperalgesia',
        why: 'a symptom that central sensitization can cause, not the same thing; now its own entry',
      },
    ],
    category: 'condition',
    short:
      'When the spinal cord and brain start to over-react to signals from the body. Pain can grow stronger, spread, or be set off by a light touch.',
    more: 'In this state, things that should not hurt can hurt (allodynia), and painful things can hurt more than expected (hyperalgesia). Pain may spread past the spot that was hurt. So how much it hurts can be less tied to what is happening in the tissues. Researchers think it plays a part in nerve pain, pain from inflammation, migraine and irritable bowel syndrome. The idea has limits: there is no agreed definition, and some experts criticize how clinicians use the term. It does not mean the pain is imagined.',
    section: 'why-it-hurts',
    related: [
      'allodynia',
      'hyperalgesia',
      'chronic-pain',
      'fibromyalgia',
      'neuropathic-pain',
      'generalized-pain',
    ],
    sources: [
      { name: 'Latremoliere & Woolf, J Pain 2009' },
      { name: 'van den Broeke, F1000Research 2018' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'depression-anxiety-chronic-pain',
    term: 'Depression and anxiety with chronic pain',
    aliases: [
      { text: 'depression and anxiety with chronic pain', kind: 'name' },
      // The pair on its own names low mood and worry in anyone; it is this entry only where the
      // sentence is about pain.
      {
        text: 'depression and anxiety',
        kind: 'synonym',
        ambiguous: {
          otherSenses: ['depression and anxiety in general, not tied to pain'],
          supportWords: MOOD_WITH_PAIN,
          needsSupport: true,
        },
      },
      {
        text: 'anxiety and depression',
        kind: 'synonym',
        ambiguous: {
          otherSenses: ['anxiety and depression in general, not tied to pain'],
          supportWords: MOOD_WITH_PAIN,
          needsSupport: true,
        },
      },
    ],
    category: 'condition',
    short:
      'Low mood and worry are common in people who live with chronic pain. People who have both pain and mood problems tend to hurt more and find daily life harder.',
    more: 'In a large US survey, about one in four adults with chronic pain had ongoing signs of anxiety or depression, compared with about one in twenty adults without pain. Those with both had the most trouble with work, errands and social life. A study in primary care found that pain plus both depression and anxiety went with the worst pain and disability. Talking therapies such as CBT aim to ease distress and disability. If you feel low or anxious most days, tell your clinician: it is part of your pain care.',
    section: 'how-long',
    related: [
      'chronic-pain',
      'cbt-for-pain',
      'fibromyalgia',
      'mindfulness',
      'primary-care-provider',
    ],
    getHelp: {
      urgency: 'emergency',
      text: 'Thoughts of harming yourself or ending your life: in the US, call or text 988 now. Elsewhere, call your local emergency number or a crisis line.',
    },
    sources: [
      { name: 'De La Rosa et al., Pain 2023 (2019 National Health Interview Survey analysis)' },
      { name: 'Bair et al., Psychosom Med 2008' },
      { name: 'Cochrane review, Williams et al. 2020 (psychological therapies for chronic pain)' },
      { name: '988 Suicide & Crisis Lifeline (SAMHSA)' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'sprain',
    term: 'Sprain',
    aliases: [
      { text: 'sprain', kind: 'name' },
      { text: 'ligament sprain', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'ankle sprain',
        why: 'narrower: one kind of sprain; "sprain" in it is still explained',
      },
    ],
    category: 'condition',
    short:
      'A stretched or torn ligament, the tough tissue that holds bones together at a joint. Ankle and wrist sprains are common.',
    more: 'A fall, a twist or a blow can cause a sprain. It brings pain, swelling and bruising, and the joint may be hard to move. Some people feel a pop or tear when it happens. Early care has long meant rest, ice, compression and raising the limb (RICE). Newer advice, PEACE & LOVE, keeps rest to a few days and brings in gentle loading and exercise as healing goes on. Later, exercise and physical therapy rebuild strength. After an ankle sprain, therapists often use exercises that retrain your sense of where the joint is.',
    section: 'chronic-pain',
    related: ['ligament', 'strain', 'rice', 'peace-and-love', 'proprioception', 'swelling'],
    getHelp: INJURY_HELP,
    sources: [
      { name: 'MedlinePlus, "Sprains and Strains"' },
      { name: 'NHS, "Sprains and strains"' },
      { name: 'Dubois & Esculier, Br J Sports Med 2020' },
      {
        name: 'eOrthopod, ankle sprain rehabilitation',
        weak: 'a surgeons’ patient-education site, not a guideline or review',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'strain',
    term: 'Strain',
    aliases: [
      {
        text: 'strain',
        kind: 'name',
        ambiguous: {
          otherSenses: [
            'stress or pressure, as in "a strain on the budget" or "caregiver strain"',
            'a type of virus or bacteria',
            'a breed or variety of plant or animal',
          ],
          notBefore: ['of'],
          notAfter: [
            'eye',
            'eyes',
            'financial',
            'new',
            'virus',
            'viral',
            'bacterial',
            'repetitive',
            'caregiver',
            'carer',
            'emotional',
            'mental',
            'heart',
            'flu',
            'cannabis',
          ],
          notInSentence: [
            'virus',
            'viruses',
            'viral',
            'bacteria',
            'bacterial',
            'variant',
            'variants',
            'vaccine',
            'influenza',
            'flu',
            'COVID',
            'cannabis',
            'marijuana',
            'yeast',
            'budget',
            'finances',
            'financial',
            'caregiver',
            'caregivers',
            'carer',
            'carers',
            'relationship',
            'marriage',
          ],
          supportWords: [
            'muscle',
            'hamstring',
            'tendon',
            'pulled',
            'injury',
            'groin',
            'calf',
            'sprain',
            'back',
            'torn',
          ],
          needsSupport: true,
        },
      },
      { text: 'muscle strain', kind: 'synonym' },
      { text: 'pulled muscle', kind: 'synonym' },
      { text: 'strained muscle', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'hamstring strain',
        why: 'narrower: one kind of strain; "strain" in it is still explained',
      },
    ],
    category: 'condition',
    short:
      'A stretched or torn muscle or tendon, the cord that joins muscle to bone. Back and hamstring strains are common, often from sports or lifting.',
    more: 'Twisting or pulling a muscle can strain it. It can happen all at once or build up over time. Signs include pain, muscle spasms, swelling and trouble moving the muscle. Early care is much like care for a sprain: protect it for a short time, but avoid long rest. Newer advice, PEACE & LOVE, brings back gentle load and exercise as pain allows. Physical therapy can then rebuild strength. A sprain is a different injury: it hurts a ligament, not a muscle or tendon.',
    section: 'chronic-pain',
    related: [
      'sprain',
      'tendon',
      'muscle-spasm',
      'peace-and-love',
      'rice',
      'strengthening-exercise',
    ],
    getHelp: INJURY_HELP,
    sources: [
      { name: 'MedlinePlus, "Sprains and Strains"' },
      { name: 'NHS, "Sprains and strains"' },
      { name: 'Dubois & Esculier, Br J Sports Med 2020' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'tennis-elbow',
    term: 'Tennis elbow',
    aliases: [
      { text: 'tennis elbow', kind: 'name' },
      { text: 'lateral epicondylitis', kind: 'synonym' },
      { text: 'lateral epicondylalgia', kind: 'synonym' },
      { text: 'lateral elbow tendinopathy', kind: 'synonym' },
    ],
    category: 'condition',
    short:
      'Pain on the outer side of the elbow from strain on the forearm muscles and tendons that attach there. You do not need to play tennis to get it.',
    more: 'It often comes from overusing the forearm with repeated gripping, lifting or twisting, such as typing, using a mouse, gardening or DIY jobs. Pain may spread down the forearm and be worse when you grip, lift or open jars. The elbow may feel stiff in the morning. It mainly affects adults aged 40 to 60. It tends to get better on its own if you cut back on the tasks that make it worse. Most people recover fully within a year, but it can take up to two years.',
    section: 'chronic-pain',
    related: ['tendinopathy', 'tendon', 'eccentric-exercise', 'posture-ergonomics'],
    sources: [
      { name: 'NHS, "Tennis elbow"' },
      {
        name: 'NHS Borders, "Lateral epicondylitis or lateral elbow tendinopathy" (Right Decisions)',
      },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'chronic',
    term: 'Chronic',
    aliases: [
      {
        text: 'chronic',
        kind: 'name',
        ambiguous: {
          otherSenses: [
            'habitual or never-ending, as in "chronic lateness" or "a chronic shortage of staff"',
          ],
          notBefore: [
            'lateness',
            'shortage',
            'shortages',
            'underfunding',
            'liar',
            'offender',
            'offenders',
          ],
          notInSentence: [
            'lateness',
            'shortage',
            'shortages',
            'underfunding',
            'budget',
            'traffic',
            'housing',
            'unemployment',
          ],
          supportWords: [
            'pain',
            'illness',
            'illnesses',
            'disease',
            'diseases',
            'condition',
            'conditions',
            'symptoms',
            'health',
            'patients',
            'arthritis',
            'inflammation',
            'infection',
            'fatigue',
          ],
          needsSupport: true,
        },
      },
    ],
    category: 'condition',
    short:
      'Lasting a long time or coming back again and again. Chronic pain, for one, has lasted more than three months. Chronic does not mean serious or hopeless.',
    more: 'Doctors use the word for health problems that go on for months or years, such as arthritis, diabetes or back pain that does not settle. Its opposite is acute: sudden and short. A chronic condition can often be managed well, even when it cannot be cured. Care then aims at living well with it: staying active, easing pain and flare-ups, and keeping up the things you enjoy. For pain, experts call it chronic once it has lasted, or kept coming back, for more than three months.',
    section: 'chronic-pain',
    related: ['chronic-pain', 'acute', 'chronic-low-back-pain', 'flare-up', 'pain-management'],
    sources: [
      { name: 'Treede et al., Pain 2019 (IASP classification of chronic pain for ICD-11)' },
      { name: 'CDC, "About Chronic Diseases"' },
      { name: 'MedlinePlus, "Chronic Pain"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'acute',
    term: 'Acute',
    aliases: [
      {
        text: 'acute',
        kind: 'name',
        ambiguous: {
          otherSenses: [
            'an angle smaller than a right angle',
            'keen or sharp, as in "an acute sense of smell"',
            'severe, as in "an acute shortage of housing"',
            'the accent mark over a letter, as in é',
          ],
          notBefore: [
            'angle',
            'angles',
            'triangle',
            'accent',
            'sense',
            'shortage',
            'shortages',
            'awareness',
            'observer',
          ],
          notInSentence: [
            'angle',
            'angles',
            'triangle',
            'triangles',
            'accent',
            'shortage',
            'shortages',
            'degrees',
          ],
          supportWords: [
            'pain',
            'injury',
            'injuries',
            'illness',
            'disease',
            'symptoms',
            'infection',
            'inflammation',
            'attack',
            'phase',
            'stage',
            'onset',
            'hospital',
            'condition',
            'flare',
          ],
          needsSupport: true,
        },
      },
    ],
    category: 'condition',
    short:
      'Sudden and short-lived. An acute injury or illness comes on fast and usually gets better with time and care. Its opposite is chronic, which means long-lasting.',
    more: 'In health, acute tells you about timing, not how bad something is. A sprained ankle, a bout of flu or back pain that started last week are all acute. Some acute problems are mild and some need urgent care. For pain, the CDC calls it acute when it has lasted less than a month, subacute from one to three months, and chronic after that. Acute pain is often a useful alarm that the body needs care, and it eases as healing goes on.',
    section: 'chronic-pain',
    related: ['acute-pain', 'chronic', 'sprain', 'strain', 'musculoskeletal-injury'],
    sources: [
      { name: 'CDC Clinical Practice Guideline for Prescribing Opioids for Pain (2022)' },
      { name: 'CDC, "Nonopioid therapies for pain: a clinical reference"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'neuropathy',
    term: 'Neuropathy',
    aliases: [{ text: 'neuropathy', kind: 'name' }],
    notAliases: [
      {
        text: 'peripheral neuropathy',
        why: 'narrower: damage to the nerves outside the brain and spinal cord, the commonest kind; "neuropathy" in it is still explained',
      },
      { text: 'diabetic neuropathy', why: 'narrower: nerve damage caused by diabetes' },
      {
        text: 'neuropathic pain',
        why: 'a symptom some people with neuropathy have; its own entry',
      },
    ],
    category: 'condition',
    short:
      'Damage to nerves, most often the nerves out in the arms, legs, hands and feet. It can cause numbness, tingling, burning pain or weak muscles.',
    more: 'Most often it means peripheral neuropathy: damage to the nerves outside the brain and spinal cord. Diabetes is the most common cause. Others include injury, some infections, alcohol, low vitamin B12, some medicines and some inherited conditions. Signs often start in the feet and hands. Numb feet can hide cuts and sores, so check them every day. Treating the cause can stop it getting worse, and some people get better. Medicines, physical therapy and other care can ease pain and help with balance.',
    section: 'why-it-hurts',
    related: [
      'neuropathic-pain',
      'numbness-tingling',
      'muscle-weakness',
      'neurologist',
      'balance-exercises',
    ],
    getHelp: {
      urgency: 'emergency',
      text: 'Sudden numbness or weakness on one side of the body, a drooping face, or trouble speaking can be a stroke: call 911 or your local emergency number now.',
    },
    sources: [
      { name: 'NINDS, "Peripheral Neuropathy"' },
      { name: 'NIDDK, "Peripheral Neuropathy" (diabetic nerve damage)' },
      { name: 'MedlinePlus, "Peripheral Nerve Disorders"' },
      { name: 'CDC, "Signs and Symptoms of Stroke"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'scoliosis',
    term: 'Scoliosis',
    aliases: [{ text: 'scoliosis', kind: 'name' }],
    notAliases: [
      { text: 'kyphosis', why: 'a different curve: the upper back rounds forward' },
      {
        text: 'curvature of the spine',
        why: 'broader: the spine can also curve too far forward or back',
      },
    ],
    category: 'condition',
    short:
      'A sideways curve of the spine. It most often shows up in children during the growth spurt before puberty, and most curves are mild.',
    more: 'In most cases no cause is found. It is not caused by carrying heavy bags or by poor posture. Signs include one shoulder higher than the other, a shoulder blade that sticks out, or uneven hips or waist. Many mild curves need only regular checkups. A child who is still growing may wear a brace to stop the curve getting worse, and a few with large curves need surgery. Adults can get it too, as the spine wears with age. Exercise and sport are usually fine.',
    section: 'chronic-pain',
    related: ['brace', 'posture-ergonomics', 'physical-therapy', 'spinal-cord'],
    getHelp: {
      urgency: 'soon',
      text: "If you notice a curve in your or your child's back, uneven shoulders or uneven hips, make an appointment with your doctor. Checking it early helps.",
    },
    sources: [{ name: 'NIAMS, "Scoliosis"' }, { name: 'NHS, "Scoliosis"' }],
    reviewed: REVIEWED,
  },
];
