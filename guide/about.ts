// Where the guide's facts come from, when it was last checked, what it corrects, and what it is not.

export const GUIDE_META = {
  title: 'PT Lens guide: physical therapy for chronic pain',
  source: {
    title: 'The 2022 Guide to Physical Therapy for Chronic Pain',
    author: 'The Clearing Team, with Dr. Jacob Hascalovici, MD, PhD',
    publisher: "Clearing's Chronic Pain Blog",
    year: 2022,
  },
  reviewedOn: '2026-12-02',
  /** How entries are checked, for the guide's About. */
  checking: [
    'Every fact in an entry names its source. We prefer primary sources: clinical guidelines (such as NICE, the CDC and the American College of Physicians), government and NHS health pages, medicine labels and Cochrane reviews. A copy, summary or news report is marked as weak in our data, and never stands alone behind a warning.',
    'Medicines, treatments and symptoms say when to get help and who should not use them, as their sources say. No entry gives a dose or a diagnosis.',
    'Another name is listed for a term only when it means the same thing. A symptom, a broader or a narrower idea is linked under “See also” instead. A word with another common meaning, such as ultrasound (usually a scan), is explained only where the page means our sense.',
    'Each entry shows the date it was last checked against its sources.',
  ],
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
