// Where the guide's facts come from, when it was last checked, what it corrects, and what it is not.

export const GUIDE_META = {
  title: 'PT Lens guide: physical therapy for chronic pain',
  source: {
    title: 'The 2022 Guide to Physical Therapy for Chronic Pain',
    author: 'The Clearing Team, with Dr. Jacob Hascalovici, MD, PhD',
    publisher: "Clearing's Chronic Pain Blog",
    year: 2022,
  },
  reviewedOn: '2026-11-28',
  disclaimer:
    'This guide is for information only. It is not medical advice, and it does not replace a visit with a clinician. Ask your own doctor, physical therapist or pharmacist about your own care.',
  corrections: [
    {
      claim: 'Acetaminophen is an over-the-counter NSAID that brings down inflammation.',
      correction:
        'Acetaminophen (paracetamol) is not an NSAID. It eases pain and fever but does not reduce swelling or inflammation. Ibuprofen and naproxen are NSAIDs.',
      source: 'US FDA statement (2015); Arthritis-health glossary, "Acetaminophen"',
    },
    {
      claim: 'A foam roller flushes lactic acid out of sore, inflamed muscles.',
      correction:
        'Lactic acid does not cause delayed onset muscle soreness (DOMS), and the body clears it within about an hour after exercise. Foam rolling after exercise may still ease soreness slightly, by other means.',
      source:
        'Rushall, Coaching Science Abstracts, San Diego State University; Wiewelhove et al., Frontiers in Physiology (2019)',
    },
  ],
} as const;
