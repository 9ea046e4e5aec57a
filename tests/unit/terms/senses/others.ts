// Sentences for the words with two senses among the others entries, written for the project.
import type { SenseCase } from './types';

export const SENSES: SenseCase[] = [
  // body: lactic acid and lactate
  {
    text: 'Lactic acid does not cause the soreness you feel two days after a hard workout.',
    word: 'Lactic acid',
    entry: 'lactic-acid',
  },
  {
    text: 'This night serum uses lactic acid to gently exfoliate dry skin.',
    word: 'lactic acid',
    entry: null,
  },
  {
    text: 'Yogurt is made when bacteria turn the sugar in milk into lactic acid.',
    word: 'lactic acid',
    entry: null,
  },
  {
    text: 'During a hard run your muscles make lactate, and they burn it as fuel.',
    word: 'lactate',
    entry: 'lactic-acid',
  },
  {
    text: 'In the emergency room, a high lactate level can be a sign of sepsis.',
    word: 'lactate',
    entry: null,
  },
  {
    text: 'Some mothers lactate for many months after the baby is born.',
    word: 'lactate',
    entry: null,
  },
  // body: ROM
  {
    text: 'After knee surgery, your therapist will measure your knee ROM each week.',
    word: 'ROM',
    entry: 'range-of-motion',
  },
  {
    text: 'He downloaded a game ROM to play on an emulator.',
    word: 'ROM',
    entry: null,
  },
  {
    text: 'Put the CD-ROM in the drive to install the software.',
    word: 'ROM',
    entry: null,
  },
  // body: core
  {
    text: 'Keep your core tight as you hold a plank for ten seconds.',
    word: 'core',
    entry: 'core-muscles',
  },
  {
    text: 'Walking every day is at the core of most plans for back pain.',
    word: 'core',
    entry: null,
  },
  {
    text: 'A core biopsy takes a thin piece of tissue with a hollow needle.',
    word: 'core',
    entry: null,
  },
  {
    text: 'Kindness is one of the core values of our clinic.',
    word: 'core',
    entry: null,
  },
  // care: PT
  {
    text: 'After your knee surgery, PT will help you walk without a limp.',
    word: 'PT',
    entry: 'physical-therapy',
  },
  {
    text: 'The live chat opens at 9 a.m. PT every weekday.',
    word: 'PT',
    entry: null,
  },
  {
    text: 'The call starts at noon Pacific, which is 12 PT.',
    word: 'PT',
    entry: null,
  },
  {
    text: 'We are hiring a PT cashier now, with full-time roles later in the year.',
    word: 'PT',
    entry: null,
  },
  {
    text: 'Your PT and INR results show how well the warfarin is working.',
    word: 'PT',
    entry: null,
  },
  {
    text: 'My PT at the gym is a certified personal trainer who plans my sessions.',
    word: 'PT',
    entry: null,
  },
  // care: DPT
  {
    text: 'She earned her DPT degree and now treats runners at a sports clinic.',
    word: 'DPT',
    entry: 'doctor-of-physical-therapy',
  },
  {
    text: 'The baby got a DPT shot at the two-month checkup.',
    word: 'DPT',
    entry: null,
  },
  // care: HEP
  {
    text: 'Do your HEP stretches twice a day, as your therapist showed you.',
    word: 'HEP',
    entry: 'home-exercise-program',
  },
  {
    text: 'He was tested for HEP C after the needle injury at work.',
    word: 'HEP',
    entry: null,
  },
  {
    text: 'The HEP group at CERN studies particle collisions.',
    word: 'HEP',
    entry: null,
  },
  // care: physical therapist, and the assistant who is not one
  {
    text: 'Your physical therapist will check how your knee bends and plan your exercises.',
    word: 'physical therapist',
    entry: 'physical-therapist',
  },
  {
    text: 'A physical therapist assistant led the session, following the plan your therapist wrote.',
    word: 'physical therapist',
    entry: null,
  },
  // care: PCP and GP
  {
    text: 'Ask your PCP to send you to a physical therapist.',
    word: 'PCP',
    entry: 'primary-care-provider',
  },
  {
    text: 'The man had smoked PCP and was brought in by the police.',
    word: 'PCP',
    entry: null,
  },
  {
    text: 'People with HIV may take a medicine to prevent PCP pneumonia.',
    word: 'PCP',
    entry: null,
  },
  {
    text: 'See your GP if the pain is no better after a few weeks.',
    word: 'GP',
    entry: 'primary-care-provider',
  },
  {
    text: 'He finished second at the Monaco GP after a late pit stop.',
    word: 'GP',
    entry: null,
  },
  {
    text: 'The GP race was stopped after a crash on the first lap.',
    word: 'GP',
    entry: null,
  },
  // care: referral
  {
    text: 'Your doctor can write a referral so your plan will pay for the visits.',
    word: 'referral',
    entry: 'referral',
  },
  {
    text: 'Share your referral code with a friend to get money off your next order.',
    word: 'referral',
    entry: null,
  },
  {
    text: 'In some areas, a self-referral lets you book physio without seeing a GP.',
    word: 'referral',
    entry: null,
  },
  // care: insurance and deductible
  {
    text: 'Check whether your insurance covers PT visits before you start.',
    word: 'insurance',
    entry: 'health-insurance',
  },
  {
    text: 'Our car insurance went up after the accident.',
    word: 'insurance',
    entry: null,
  },
  {
    text: 'You must meet your deductible before your health plan pays for PT.',
    word: 'deductible',
    entry: 'deductible',
  },
  {
    text: 'Gifts to the food bank are tax deductible.',
    word: 'deductible',
    entry: null,
  },
  {
    text: 'The collision deductible on my car policy is five hundred dollars.',
    word: 'deductible',
    entry: null,
  },
  // care: out-of-pocket costs, in health care and at work
  {
    text: 'Your out-of-pocket costs for PT depend on your plan.',
    word: 'out-of-pocket costs',
    entry: 'out-of-pocket-costs',
  },
  {
    text: 'Keep your receipts, and your employer will pay back out-of-pocket costs for the trip.',
    word: 'out-of-pocket costs',
    entry: null,
  },
  {
    text: 'Each out-of-pocket expense for your medical care adds up over a year.',
    word: 'out-of-pocket expense',
    entry: 'out-of-pocket-costs',
  },
  {
    text: 'Staff can claim any out-of-pocket expense from a business trip.',
    word: 'out-of-pocket expense',
    entry: null,
  },
  {
    text: 'Out-of-pocket spending on health care has grown for older adults.',
    word: 'Out-of-pocket spending',
    entry: 'out-of-pocket-costs',
  },
  {
    text: 'Out-of-pocket spending on car repairs rose this year.',
    word: 'Out-of-pocket spending',
    entry: null,
  },
  // care: OT
  {
    text: 'Her OT showed her a new way to button a shirt with one hand.',
    word: 'OT',
    entry: 'occupational-therapy',
  },
  {
    text: 'The game went to OT after a late goal tied the score.',
    word: 'OT',
    entry: null,
  },
  {
    text: 'Nurses were paid OT for the extra night shift.',
    word: 'OT',
    entry: null,
  },
  // care: red flag
  {
    text: 'New numbness around the groin is a red flag that needs care right away.',
    word: 'red flag',
    entry: 'red-flags',
  },
  {
    text: 'Not replying for days is a red flag in a new relationship.',
    word: 'red flag',
    entry: null,
  },
  {
    text: 'The lifeguard raised a red flag, so no one could swim.',
    word: 'red flag',
    entry: null,
  },
  // care: NRS
  {
    text: 'Rate your pain on the NRS, where 0 is no pain and 10 is the worst.',
    word: 'NRS',
    entry: 'pain-scale',
  },
  {
    text: 'The NRS 2002 form helps nurses spot malnutrition in hospital.',
    word: 'NRS',
    entry: null,
  },
  {
    text: 'Under Nevada law, NRS chapter 484 covers the rules of the road.',
    word: 'NRS',
    entry: null,
  },
  // research: randomized trials, and trials that are not randomized
  {
    text: 'A randomized controlled trial found that exercise eased knee pain.',
    word: 'randomized controlled trial',
    entry: 'randomized-controlled-trial',
  },
  {
    text: 'This non-randomized controlled trial could not rule out other causes.',
    word: 'randomized controlled trial',
    entry: null,
  },
  {
    text: 'A randomised controlled trial tested the new back class.',
    word: 'randomised controlled trial',
    entry: 'randomized-controlled-trial',
  },
  {
    text: 'It was a quasi-randomised controlled trial, with groups set by birth date.',
    word: 'randomised controlled trial',
    entry: null,
  },
  {
    text: 'The randomized clinical trial compared two kinds of knee brace.',
    word: 'randomized clinical trial',
    entry: 'randomized-controlled-trial',
  },
  {
    text: 'In this non-randomized clinical trial, patients chose their own treatment.',
    word: 'randomized clinical trial',
    entry: null,
  },
  {
    text: 'A randomised clinical trial showed no benefit from the new cream.',
    word: 'randomised clinical trial',
    entry: 'randomized-controlled-trial',
  },
  {
    text: 'The report called it a non-randomised clinical trial.',
    word: 'randomised clinical trial',
    entry: null,
  },
  {
    text: 'In a randomized trial, people were given yoga or a booklet by chance.',
    word: 'randomized trial',
    entry: 'randomized-controlled-trial',
  },
  {
    text: 'A non-randomized trial let the patients pick their own group.',
    word: 'randomized trial',
    entry: null,
  },
  {
    text: 'A randomised trial found that the classes helped older adults.',
    word: 'randomised trial',
    entry: 'randomized-controlled-trial',
  },
  {
    text: 'This quasi-randomised trial used the day of the week to form the groups.',
    word: 'randomised trial',
    entry: null,
  },
  // research: RCT
  {
    text: 'The RCT compared an exercise group with a placebo group.',
    word: 'RCT',
    entry: 'randomized-controlled-trial',
  },
  {
    text: 'Your dentist may suggest an RCT to save the infected tooth.',
    word: 'RCT',
    entry: null,
  },
  // research: placebo, sham and GRADE
  {
    text: 'Half the patients got a placebo instead of the drug.',
    word: 'placebo',
    entry: 'placebo',
  },
  {
    text: 'The band Placebo played songs from their new album on tour.',
    word: 'Placebo',
    entry: null,
  },
  {
    text: 'People in the sham group got a laser that was switched off.',
    word: 'sham',
    entry: 'sham-treatment',
  },
  {
    text: 'Critics said the vote was a sham.',
    word: 'sham',
    entry: null,
  },
  {
    text: 'Observers called it a sham election.',
    word: 'sham',
    entry: null,
  },
  {
    text: 'The review rated the quality of evidence as low.',
    word: 'quality of evidence',
    entry: 'evidence-quality',
  },
  {
    text: 'The jury weighed the quality of evidence from each witness.',
    word: 'quality of evidence',
    entry: null,
  },
  {
    text: 'The quality of the evidence for taping is very low, the review said.',
    word: 'quality of the evidence',
    entry: 'evidence-quality',
  },
  {
    text: 'The judge doubted the quality of the evidence the police had found.',
    word: 'quality of the evidence',
    entry: null,
  },
  {
    text: 'The guideline panel looked at the strength of evidence for each treatment.',
    word: 'strength of evidence',
    entry: 'evidence-quality',
  },
  {
    text: 'The prosecutor said the strength of evidence made a conviction likely.',
    word: 'strength of evidence',
    entry: null,
  },
  {
    text: 'Reviewers used GRADE to rate the certainty of the evidence.',
    word: 'GRADE',
    entry: 'evidence-quality',
  },
  {
    text: 'STUDENTS IN GRADE 5 WILL VISIT THE MUSEUM ON FRIDAY.',
    word: 'GRADE',
    entry: null,
  },
  // issue 14, first batch: chronic, acute, fatigue, gait, rehabilitation, rehab, X-ray, injection, brace
  {
    text: 'Arthritis is a chronic condition, but many people manage it well for years.',
    word: 'chronic',
    entry: 'chronic',
  },
  {
    text: 'The school has a chronic shortage of teachers this year.',
    word: 'chronic',
    entry: null,
  },
  {
    text: 'His chronic lateness annoyed everyone at the office.',
    word: 'chronic',
    entry: null,
  },
  {
    text: 'In the acute phase after a sprain, protect the ankle for a day or two.',
    word: 'acute',
    entry: 'acute',
  },
  {
    text: 'Draw an acute angle of 40 degrees with your ruler.',
    word: 'acute',
    entry: null,
  },
  {
    text: 'Dogs have an acute sense of smell.',
    word: 'acute',
    entry: null,
  },
  {
    text: 'Fatigue that does not go away with sleep is common with fibromyalgia.',
    word: 'Fatigue',
    entry: 'fatigue',
  },
  {
    text: 'Engineers check the wing for metal fatigue after many flights.',
    word: 'fatigue',
    entry: null,
  },
  {
    text: 'After so many choices at the store, decision fatigue set in.',
    word: 'fatigue',
    entry: null,
  },
  {
    text: 'The therapist watched her gait as she walked down the hall.',
    word: 'gait',
    entry: 'gait',
  },
  {
    text: 'The horse changed its gait from a trot to a canter.',
    word: 'gait',
    entry: null,
  },
  {
    text: 'Rehabilitation after a knee operation takes weeks of exercise.',
    word: 'Rehabilitation',
    entry: 'rehabilitation',
  },
  {
    text: 'The prison offers rehabilitation classes to help offenders find work.',
    word: 'rehabilitation',
    entry: null,
  },
  {
    text: 'She went to rehab after her hip surgery to walk again.',
    word: 'rehab',
    entry: 'rehabilitation',
  },
  {
    text: 'The singer spent a month in rehab for alcohol addiction.',
    word: 'rehab',
    entry: null,
  },
  {
    text: 'An X-ray showed the broken bone in her wrist.',
    word: 'X-ray',
    entry: 'x-ray',
  },
  {
    text: 'The new telescope picks up X-ray light from distant galaxies.',
    word: 'X-ray',
    entry: null,
  },
  {
    text: 'The doctor sent him for an X ray of his painful knee joint.',
    word: 'X ray',
    entry: 'x-ray',
  },
  {
    text: 'At the airport, every bag goes through the X ray machine.',
    word: 'X ray',
    entry: null,
  },
  {
    text: 'The nurse gave the injection into the muscle of his upper arm.',
    word: 'injection',
    entry: 'injection',
  },
  {
    text: 'The website was hacked through a SQL injection in its login form.',
    word: 'injection',
    entry: null,
  },
  {
    text: 'The old car was fitted with fuel injection to run better.',
    word: 'injection',
    entry: null,
  },
  {
    text: 'After the sprain, her physical therapist fitted a knee brace.',
    word: 'brace',
    entry: 'brace',
  },
  {
    text: 'The orthodontist says my brace can come off my teeth next spring.',
    word: 'brace',
    entry: null,
  },
  {
    text: 'Brace yourself for some bad news about the back garden.',
    word: 'Brace',
    entry: null,
  },
  // After the clinical read: "a brace for" is the health sense, "lethal injection" is not, and
  // bridge exercises are not engineering.
  {
    text: 'Her doctor suggested a brace for scoliosis while she is still growing.',
    word: 'brace',
    entry: 'brace',
  },
  {
    text: 'The state ended the use of lethal injection after a long court case.',
    word: 'injection',
    entry: null,
  },
  {
    text: 'After bridge exercises for her back, the fatigue in her legs lasted all evening.',
    word: 'fatigue',
    entry: 'fatigue',
  },
];
