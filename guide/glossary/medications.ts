// Glossary entries: medications.
import type { AmbiguityCues, GetHelp, GlossaryEntry, NotAlias, Source } from '../types';

const REVIEWED = '2026-12-02';

// ---- Shared safety text, so the members of a class say the same thing ----

/**
 * The heart and stroke signs the FDA names for non-aspirin NSAIDs (2015), and the signs of
 * bleeding in the stomach the NSAID Medication Guide names.
 */
const NSAID_HEART_HELP: GetHelp = {
  urgency: 'emergency',
  text: 'Chest pain, shortness of breath, slurred speech, or weakness on one side of the body can be a heart attack or stroke. Vomiting blood, or black or bloody stools, can be bleeding in the stomach. Call 911 or your local emergency number now.',
};

/** The FDA's 2020 advice on NSAIDs in pregnancy (it does not cover low-dose aspirin a doctor advised). */
const NSAID_PREGNANCY =
  'If you are pregnant, ask your doctor before you use an NSAID: the FDA advises avoiding them from about 20 weeks of pregnancy unless a doctor tells you to use one.';

/** The same signs, and those of a severe allergic reaction the gel labels name. */
const TOPICAL_NSAID_HELP: GetHelp = {
  urgency: 'emergency',
  text: 'Chest pain, trouble breathing, slurred speech, or weakness on one side of the body. Or hives, wheezing or a swollen face. Call 911 or your local emergency number now.',
};

/** Opioid overdose signs (CDC), and what to do. */
const OPIOID_OVERDOSE_HELP: GetHelp = {
  urgency: 'emergency',
  text: 'Very sleepy or cannot be woken, slow or no breathing, tiny pupils, or blue lips? Call 911 or your local emergency number now. Give naloxone if you have it.',
};

/** What every opioid entry says (CDC 2022; FDA 2016 boxed warning; FDA 2019 on tapering). */
const OPIOID_SAFETY =
  'It can lead to addiction, overdose and death. Do not take it with alcohol, benzodiazepines, sleep medicines, gabapentin or pregabalin unless your prescriber agrees. Together they can slow or stop your breathing. If you have taken it for a while, do not stop suddenly. Ask your prescriber to help you taper off slowly. Ask about naloxone, a medicine that can reverse an overdose. Keep it locked away from others.';

/** The signs in the FDA's 2019 warning on gabapentin and pregabalin. */
const GABAPENTINOID_HELP: GetHelp = {
  urgency: 'emergency',
  text: 'Confused, very dizzy or very sleepy, slow or shallow breathing, bluish lips or skin, or cannot be woken? Call 911 or your local emergency number now.',
};

/** What the gabapentin, pregabalin and class entries all say. */
const GABAPENTINOID_SAFETY =
  'It can cause serious breathing problems. The risk is highest with opioids or other drugs that make you sleepy (such as some anxiety, sleep or allergy medicines), with lung disease such as COPD, and in older people. It often makes people drowsy and dizzy, which can lead to falls, so take care driving. Avoid alcohol unless your prescriber says it is OK. Do not stop suddenly; ask your prescriber how to come off it. Like all seizure medicines, it can rarely bring on low mood or thoughts of self-harm. Tell your prescriber at once. In the US you can call or text 988.';

const CDC_OPIOID_GUIDELINE: Source = {
  name: 'CDC Clinical Practice Guideline for Prescribing Opioids for Pain (Dowell et al., MMWR 2022)',
};
const FDA_OPIOID_BENZO: Source = {
  name: 'US FDA, Drug Safety Communication: boxed warning on opioids taken with benzodiazepines (2016)',
};
const FDA_OPIOID_TAPER: Source = {
  name: 'US FDA, Drug Safety Communication: harm from stopping opioid pain medicines suddenly (2019)',
};
const CDC_OVERDOSE_SIGNS: Source = {
  name: 'CDC, "Preventing opioid overdose" (signs of an overdose)',
};
const FDA_GABAPENTINOIDS: Source = {
  name: 'US FDA, Drug Safety Communication: serious breathing problems with gabapentin and pregabalin (2019)',
};
const FDA_NSAID_2015: Source = {
  name: 'US FDA, Drug Safety Communication: non-aspirin NSAIDs and heart attack or stroke (2015)',
};
const FDA_NSAID_PREGNANCY: Source = {
  name: 'US FDA, Drug Safety Communication: avoid NSAIDs in pregnancy at 20 weeks or later (2020)',
};
const NSAID_MED_GUIDE: Source = { name: 'DailyMed, NSAID Medication Guide' };
const FDA_IBUPROFEN_ASPIRIN: Source = {
  name: 'US FDA, information on taking ibuprofen with low-dose aspirin (2006)',
};
const NAPROXEN_ASPIRIN_STUDY: Source = {
  name: 'Capone et al., J Am Coll Cardiol 2005 (naproxen and low-dose aspirin)',
};
const OTC_PAIN_RELIEVERS: Source = {
  name: 'MedlinePlus (A.D.A.M. Medical Encyclopedia), "Over-the-counter pain relievers"',
};
const DICLOFENAC_GEL_LABEL: Source = {
  name: 'DailyMed, Voltaren Arthritis Pain (diclofenac gel) Drug Facts label',
};
const FDA_CBD: Source = {
  name: 'US FDA, "What you need to know (and what we\'re working to find out) about products containing cannabis or cannabis-derived compounds, including CBD"',
};
const IASP_CANNABINOIDS: Source = {
  name: 'IASP position statement on cannabinoids for pain, Pain 2021',
};
const CBD_LABELS_STUDY: Source = {
  name: 'Bonn-Miller et al., JAMA 2017 (how accurate the labels of CBD products sold online are)',
};
const FDA_COMPOUNDING: Source = {
  name: 'US FDA, "Human Drug Compounding: Consumer and Health Care Professional Information"',
};
const FDA_COMPOUNDING_RISKS: Source = {
  name: 'US FDA, "Understanding the Risks of Compounded Drugs"',
};
const SOURCE_GUIDE: Source = {
  name: 'Clearing, "The 2022 Guide to Physical Therapy for Chronic Pain" (2022)',
  weak: 'the source article: a company blog post, not a primary source',
};
const NICE_NEUROPATHIC: Source = { name: 'NICE CG173, "Neuropathic pain in adults"' };
const NICE_BACK_PAIN: Source = {
  name: 'NICE NG59, "Low back pain and sciatica in over 16s" (2020 update)',
};

/** Cues for "steroid injection/shot/jab": the muscle-building kind, and the hay-fever shot. */
const STEROID_SHOT_CUES: AmbiguityCues = {
  otherSenses: [
    'an anabolic (muscle-building) steroid shot',
    'a steroid shot into a muscle for hay fever or allergies',
  ],
  notAfter: ['anabolic'],
  notInSentence: [
    'anabolic',
    'testosterone',
    'bodybuilding',
    'bodybuilder',
    'bodybuilders',
    'doping',
    'performance-enhancing',
    'hay fever',
    'allergy',
    'allergies',
    'poison ivy',
  ],
  supportWords: [
    'joint',
    'joints',
    'knee',
    'shoulder',
    'hip',
    'elbow',
    'wrist',
    'tendon',
    'bursitis',
    'arthritis',
    'epidural',
    'spine',
    'back',
  ],
};

const BROADER_THAN_NSAID =
  'broader than NSAID: steroids and some other medicines also calm inflammation';
const NSAID_NOT_ALIASES: NotAlias[] = [
  { text: 'anti-inflammatory drug', why: BROADER_THAN_NSAID },
  { text: 'anti-inflammatory medicine', why: BROADER_THAN_NSAID },
  { text: 'anti-inflammatory medication', why: BROADER_THAN_NSAID },
  { text: 'anti-inflammatory painkiller', why: BROADER_THAN_NSAID },
];

export const medications: GlossaryEntry[] = [
  {
    id: 'nsaid',
    term: 'NSAID (nonsteroidal anti-inflammatory drug)',
    aliases: [
      { text: 'NSAID', kind: 'abbreviation', caseSensitive: true },
      { text: 'nonsteroidal anti-inflammatory drug', kind: 'synonym' },
      { text: 'non-steroidal anti-inflammatory drug', kind: 'spelling' },
      { text: 'nonsteroidal anti-inflammatory medicine', kind: 'synonym' },
      { text: 'non-steroidal anti-inflammatory medicine', kind: 'spelling' },
      { text: 'nonsteroidal anti-inflammatory', kind: 'synonym' },
      { text: 'non-steroidal anti-inflammatory', kind: 'spelling' },
    ],
    notAliases: NSAID_NOT_ALIASES,
    category: 'medication',
    short:
      'A group of medicines that ease pain and fever and bring down swelling. Ibuprofen, naproxen and aspirin are NSAIDs. Acetaminophen is not.',
    more: 'NSAIDs come as pills and as gels or creams you rub on the skin. The FDA warns that NSAIDs other than aspirin (non-aspirin NSAIDs) raise the risk of heart attack and stroke, even in the first weeks of use. Aspirin is different. A daily low-dose aspirin is often prescribed to help prevent heart attacks, and ibuprofen or naproxen can weaken that effect. If you take aspirin for your heart, do not stop it without asking your doctor. Ask before you use any NSAID if you are over 60, take blood thinners or steroids, or have heart, stomach, kidney or liver problems.',
    section: 'why-it-hurts',
    related: [
      'ibuprofen',
      'naproxen',
      'aspirin',
      'diclofenac',
      'topical-nsaids',
      'acetaminophen',
      'inflammation',
      'pain-relief-medication',
    ],
    note: 'The source guide lists acetaminophen as an over-the-counter NSAID that brings down inflammation. That is wrong: acetaminophen is not an NSAID, and it does not reduce swelling. Ibuprofen, naproxen and aspirin are NSAIDs (MedlinePlus, "Acetaminophen" and "Over-the-counter pain relievers").',
    safety: `Can cause stomach ulcers and bleeding, sometimes with no warning. Non-aspirin NSAIDs raise the risk of heart attack, stroke and heart failure, more so at higher doses and with longer use. They can also raise blood pressure and harm the kidneys. Use only one NSAID at a time, and check cold and flu mixes for them. Vomiting blood, or black or bloody stools, needs care right away. Do not give aspirin to children or teens. ${NSAID_PREGNANCY} Follow the label, and ask your pharmacist.`,
    getHelp: NSAID_HEART_HELP,
    sources: [
      FDA_NSAID_2015,
      NSAID_MED_GUIDE,
      FDA_NSAID_PREGNANCY,
      FDA_IBUPROFEN_ASPIRIN,
      NAPROXEN_ASPIRIN_STUDY,
      { name: 'MyHealth Alberta/Healthwise, "NSAIDs"' },
      { name: 'MedlinePlus, "Acetaminophen"' },
      OTC_PAIN_RELIEVERS,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'ibuprofen',
    term: 'Ibuprofen (Advil, Motrin)',
    aliases: [
      { text: 'ibuprofen', kind: 'name' },
      { text: 'Advil', kind: 'brand' },
      { text: 'Motrin', kind: 'brand' },
      { text: 'Nurofen', kind: 'brand' },
    ],
    category: 'medication',
    short:
      'A common pain medicine, sold as Advil or Motrin. It is an NSAID, so it eases pain and fever and brings down swelling.',
    more: 'Ibuprofen is a non-aspirin NSAID. The FDA warns that these raise the risk of heart attack and stroke. The risk can start in the first weeks of use, and it grows with higher doses and longer use. Ibuprofen can also cause stomach ulcers or bleeding. If you take a daily low-dose aspirin for your heart, ask your doctor or pharmacist before you use ibuprofen, since it can weaken that benefit. Do not stop your aspirin without asking. Tell your clinician if you need a pain medicine on most days.',
    section: 'why-it-hurts',
    related: ['nsaid', 'naproxen', 'aspirin', 'acetaminophen', 'topical-nsaids', 'doms'],
    safety: `Risks include heart attack, stroke, heart failure, high blood pressure, kidney harm, and stomach ulcers or bleeding. Do not take it right before or after heart bypass surgery. Do not take it with other NSAIDs. Follow the label. Ask your clinician or pharmacist first if you are over 60, take blood thinners or steroids, or have heart, stomach or kidney problems. ${NSAID_PREGNANCY}`,
    getHelp: NSAID_HEART_HELP,
    sources: [
      FDA_NSAID_2015,
      NSAID_MED_GUIDE,
      FDA_IBUPROFEN_ASPIRIN,
      FDA_NSAID_PREGNANCY,
      { name: 'MedlinePlus, "Ibuprofen"' },
      OTC_PAIN_RELIEVERS,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'naproxen',
    term: 'Naproxen (Aleve, Naprosyn)',
    aliases: [
      { text: 'naproxen', kind: 'name' },
      { text: 'naproxen sodium', kind: 'synonym' },
      { text: 'Aleve', kind: 'brand' },
      { text: 'Naprosyn', kind: 'brand' },
    ],
    category: 'medication',
    short:
      'An NSAID pain medicine, sold as Aleve or Naprosyn. It eases pain and swelling. It lasts longer in the body than ibuprofen, so the label spaces doses further apart.',
    more: 'Naproxen works like ibuprofen but stays active longer. Naproxen from a store is meant for short-term use unless your clinician tells you otherwise. It is a non-aspirin NSAID, with the same risks: heart attack, stroke, stomach ulcers and bleeding, raised blood pressure and kidney problems. The FDA says the data cannot show that any one NSAID is clearly safer for the heart than another. Like ibuprofen, naproxen may weaken the heart benefit of daily low-dose aspirin. Ask before you mix them, and do not stop your aspirin without asking.',
    section: 'why-it-hurts',
    related: ['nsaid', 'ibuprofen', 'aspirin', 'acetaminophen', 'topical-nsaids'],
    safety: `Can cause stomach ulcers and bleeding, and raise the risk of heart attack, stroke and heart failure. Do not take it with other NSAIDs. Follow the label, and ask your clinician or pharmacist before long-term use, or if you are over 60, take blood thinners or steroids, or have heart, stomach or kidney problems. ${NSAID_PREGNANCY}`,
    getHelp: NSAID_HEART_HELP,
    sources: [
      FDA_NSAID_2015,
      { name: 'DailyMed, naproxen sodium (Aleve) Drug Facts label' },
      NSAID_MED_GUIDE,
      NAPROXEN_ASPIRIN_STUDY,
      FDA_NSAID_PREGNANCY,
      { name: 'MedlinePlus, "Naproxen"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'aspirin',
    term: 'Aspirin',
    aliases: [
      { text: 'aspirin', kind: 'name' },
      { text: 'acetylsalicylic acid', kind: 'synonym' },
    ],
    category: 'medication',
    short:
      'An old, common medicine for pain, fever and swelling. It is an NSAID, like ibuprofen. A daily low dose is also used to help prevent heart attacks. Children and teens should not take it.',
    more: "Aspirin belongs to the same group as ibuprofen and naproxen, and it shares their stomach risks, such as ulcers and bleeding. But the FDA's heart warning is about the other NSAIDs, not aspirin. Some people take a daily low dose on their doctor's advice to help prevent a heart attack or stroke. Do not start daily aspirin on your own, and do not stop aspirin your doctor prescribed without asking. Ibuprofen and naproxen can weaken its heart benefit, so ask before you mix them. Children and teens should not take it, because of the risk of Reye's syndrome.",
    section: 'why-it-hurts',
    related: ['nsaid', 'ibuprofen', 'naproxen', 'acetaminophen', 'pain-relief-medication'],
    safety:
      'Can cause stomach ulcers and bleeding, even without warning signs. The risk is higher if you are over 60, have had ulcers, have 3 or more alcoholic drinks a day, or take blood thinners, steroids or other NSAIDs. Do not give it to children or teens. Ask your doctor before you start or stop daily aspirin. If you are pregnant, ask your doctor before you take aspirin for pain: the FDA advises avoiding NSAIDs from about 20 weeks of pregnancy, though not low-dose aspirin that a doctor has told you to take.',
    getHelp: {
      urgency: 'emergency',
      text: 'Vomiting blood, black or bloody stools, or feeling faint: call 911 or your local emergency number now. Stomach pain that does not get better: call your doctor.',
    },
    sources: [
      {
        name: "DailyMed, aspirin Drug Facts label (Reye's syndrome and stomach bleeding warnings)",
      },
      {
        name: 'US FDA, "Aspirin for reducing your risk of heart attack and stroke: know the facts"',
      },
      FDA_NSAID_2015,
      FDA_IBUPROFEN_ASPIRIN,
      NAPROXEN_ASPIRIN_STUDY,
      FDA_NSAID_PREGNANCY,
      { name: 'MedlinePlus, "Aspirin"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'acetaminophen',
    term: 'Acetaminophen (paracetamol)',
    aliases: [
      { text: 'acetaminophen', kind: 'name' },
      { text: 'paracetamol', kind: 'synonym' },
      { text: 'Tylenol', kind: 'brand' },
      { text: 'Panadol', kind: 'brand' },
      {
        text: 'APAP',
        kind: 'abbreviation',
        expansion: 'acetyl-para-aminophenol',
        caseSensitive: true,
        ambiguous: {
          otherSenses: ['an auto-adjusting breathing machine for sleep apnea (APAP, like CPAP)'],
          notBefore: [
            'machine',
            'machines',
            'mask',
            'device',
            'devices',
            'therapy',
            'pressure',
            'setting',
            'settings',
            'unit',
          ],
          notInSentence: [
            'CPAP',
            'BiPAP',
            'BPAP',
            'apnea',
            'apnoea',
            'airway',
            'mask',
            'snoring',
            'sleep study',
          ],
          supportWords: [
            'acetaminophen',
            'paracetamol',
            'Tylenol',
            'hydrocodone',
            'oxycodone',
            'codeine',
            'tablet',
            'tablets',
            'label',
            'liver',
            'fever',
          ],
        },
      },
    ],
    category: 'medication',
    short:
      'A common medicine for pain and fever, sold as Tylenol. It is not an NSAID, and it does not bring down swelling.',
    more: 'Acetaminophen and paracetamol are two names for the same drug. It can ease aches and lower a fever, but it does not reduce swelling the way ibuprofen does. It is in many cold and flu mixes, and in some prescription pain pills, where the label may call it APAP. Too much of it can badly harm the liver, often with no early signs. In the US, an overdose of it is the top cause of sudden liver failure. Read every label so you do not take it twice by mistake.',
    section: 'why-it-hurts',
    related: [
      'nsaid',
      'ibuprofen',
      'pain-relief-medication',
      'hydrocodone',
      'inflammation',
      'doms',
    ],
    note: 'The source guide lists acetaminophen as an over-the-counter NSAID that brings down inflammation. That is wrong: acetaminophen is not an NSAID, and it does not reduce swelling. Ibuprofen, naproxen and aspirin are NSAIDs (MedlinePlus, "Acetaminophen" and "Over-the-counter pain relievers").',
    safety:
      'Too much can cause liver damage or liver failure, and the first signs can come late. The risk is higher if you take more than the label says, use two products that both contain it, have liver disease, or have 3 or more alcoholic drinks a day. Follow the label, and ask your pharmacist.',
    getHelp: {
      urgency: 'emergency',
      text: 'If someone took too much, get help right away, even if they feel fine: in the US call Poison Help at 1-800-222-1222, or 911. Elsewhere, call your local emergency number.',
    },
    sources: [
      { name: 'DailyMed, acetaminophen Drug Facts label (overdose and liver warnings)' },
      { name: 'MedlinePlus, "Acetaminophen"' },
      OTC_PAIN_RELIEVERS,
      { name: 'MSD Manual Consumer Version, "Acetaminophen poisoning"' },
      { name: 'Larson et al., Hepatology 2005 (acetaminophen and acute liver failure in the US)' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'topical-nsaids',
    term: 'Topical NSAID (NSAID gel or cream)',
    aliases: [
      { text: 'topical NSAID', kind: 'name' },
      { text: 'topical nonsteroidal anti-inflammatory drug', kind: 'synonym' },
      { text: 'topical non-steroidal anti-inflammatory drug', kind: 'spelling' },
      { text: 'NSAID gel', kind: 'synonym' },
      { text: 'NSAID cream', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'topical anti-inflammatory',
        why: 'broader: steroid creams are anti-inflammatory too',
      },
      { text: 'anti-inflammatory gel', why: 'broader: steroid gels are anti-inflammatory too' },
      {
        text: 'anti-inflammatory cream',
        why: 'broader: steroid creams are anti-inflammatory too',
      },
      {
        text: 'diclofenac gel',
        why: 'one topical NSAID, narrower than the group; now explained by the diclofenac entry',
      },
      {
        text: 'Voltaren',
        why: 'a brand of diclofenac, sold as gel and as pills; now a brand on the diclofenac entry',
      },
    ],
    category: 'medication',
    short:
      'An NSAID medicine in a gel or cream that you rub on the skin over a sore joint. Much less of the drug gets into your blood than with pills.',
    more: 'For knee or hand osteoarthritis, NSAID gels seem to work about as well as NSAID pills. Much less of the drug reaches the blood, and stomach problems are less common. Redness or irritation where you rub it in is a common side effect. Diclofenac gel is one example. It is still an NSAID, and its label carries the same heart, stroke and stomach bleeding warnings. Ask your clinician or pharmacist before you use it along with NSAID pills, or if NSAIDs have caused you problems before.',
    section: 'why-it-hurts',
    related: [
      'nsaid',
      'diclofenac',
      'osteoarthritis',
      'ibuprofen',
      'compounded-pain-cream',
      'cbd-cream',
    ],
    safety: `Skin irritation is common. Keep it off broken skin and out of the eyes and mouth. It can cause a serious allergic reaction, more often in people allergic to aspirin. Less of the drug reaches the blood than with pills, but like other non-aspirin NSAIDs it carries heart attack, stroke and stomach bleeding warnings. ${NSAID_PREGNANCY} Follow the label, and ask your pharmacist before you use it.`,
    getHelp: TOPICAL_NSAID_HELP,
    sources: [
      DICLOFENAC_GEL_LABEL,
      {
        name: 'Derry et al., Cochrane 2016, "Topical NSAIDs for chronic musculoskeletal pain in adults"',
      },
      { name: 'BMC Musculoskeletal Disorders 2014 commentary on topical NSAIDs' },
      { name: 'J Pain Res 2011 pooled safety analysis' },
      FDA_NSAID_2015,
      FDA_NSAID_PREGNANCY,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'diclofenac',
    term: 'Diclofenac (Voltaren)',
    aliases: [
      { text: 'diclofenac', kind: 'name' },
      { text: 'Voltaren', kind: 'brand' },
      { text: 'Voltarol', kind: 'brand' },
    ],
    category: 'medication',
    short:
      'An NSAID pain medicine. It comes as a gel you rub on sore joints, sold as Voltaren, and as pills on prescription.',
    more: 'In the US, diclofenac gel is sold without a prescription for arthritis pain in the hands, wrists, elbows, feet, ankles and knees. Its label says it can take up to a week to help. It has not been shown to work for sprains, strains or sports injuries. Like other non-aspirin NSAIDs, it carries warnings for heart attack, stroke and stomach bleeding, and the label adds a liver warning. In the UK, diclofenac pills are not for people with heart disease, heart failure, poor blood flow in the legs, or a past stroke.',
    section: 'why-it-hurts',
    related: ['topical-nsaids', 'nsaid', 'osteoarthritis', 'ibuprofen', 'naproxen'],
    safety: `Can cause a serious allergic reaction, more often in people allergic to aspirin. Using more than the label says, or with other diclofenac products, can harm the liver. Do not use it right before or after heart surgery, or on broken skin. Ask your pharmacist before you use it with other NSAIDs or blood thinners. ${NSAID_PREGNANCY}`,
    getHelp: TOPICAL_NSAID_HELP,
    sources: [
      DICLOFENAC_GEL_LABEL,
      FDA_NSAID_2015,
      FDA_NSAID_PREGNANCY,
      { name: 'MHRA Drug Safety Update, "Diclofenac: new contraindications and warnings" (2013)' },
      { name: 'MedlinePlus, "Diclofenac Topical"' },
      { name: 'NHS, "Diclofenac"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'opioids',
    term: 'Opioids',
    aliases: [
      {
        text: 'opioid',
        kind: 'form',
        ambiguous: {
          otherSenses: [
            "the body's own pain-easing chemicals (endogenous opioids, such as endorphins)",
            'opioid receptors: the spots on nerve cells that these chemicals act on',
          ],
          notAfter: ['endogenous', "body's own", 'body’s own', "brain's own", 'brain’s own'],
          notBefore: ['receptor', 'receptors', 'peptide', 'peptides', 'system'],
          notInSentence: ['endorphin', 'endorphins', 'enkephalin', 'enkephalins', 'endogenous'],
          supportWords: [
            'prescription',
            'prescribed',
            'prescriber',
            'overdose',
            'overdoses',
            'naloxone',
            'painkiller',
            'painkillers',
            'pill',
            'pills',
            'dose',
            'doses',
            'taper',
            'addiction',
            'addicted',
            'crisis',
            'epidemic',
            'misuse',
            'use disorder',
            'oxycodone',
            'hydrocodone',
            'morphine',
            'codeine',
            'fentanyl',
            'heroin',
          ],
        },
      },
      { text: 'opioid painkiller', kind: 'synonym' },
      { text: 'opioid pain medicine', kind: 'synonym' },
      { text: 'opioid pain reliever', kind: 'synonym' },
      { text: 'opioid medication', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'opiate',
        why: 'narrower: opiates are the opioids that come from the opium poppy, such as morphine and codeine; the word is also used loosely, so it is left out',
      },
      { text: 'oxycodone', why: 'one opioid, narrower than the group; now its own entry' },
      { text: 'hydrocodone', why: 'one opioid, narrower than the group; now its own entry' },
      { text: 'morphine', why: 'one opioid, narrower than the group; now its own entry' },
      { text: 'codeine', why: 'one opioid, narrower than the group; now its own entry' },
    ],
    category: 'medication',
    short:
      'Strong pain medicines, such as oxycodone or morphine, that a doctor must prescribe. They can lead to addiction, overdose and death. For pain that lasts, other care usually comes first.',
    more: 'For chronic pain, there is little proof that taking opioids long-term helps, while harms such as overdose go up. The CDC advises trying non-drug care and non-opioid medicines first for pain that lasts. It adds opioids only if the likely benefits outweigh the risks. Its advice is not a rigid rule, and it does not cover cancer, sickle cell or end-of-life care. For chronic low back pain, a major US guideline puts opioids last. If you take opioids, ask about naloxone, which can reverse an overdose.',
    section: 'chronic-pain',
    related: [
      'oxycodone',
      'hydrocodone',
      'morphine',
      'codeine',
      'gabapentinoids',
      'pain-relief-medication',
      'chronic-pain',
      'chronic-low-back-pain',
      'pain-management',
      'clinical-guideline',
      'pain-specialist',
    ],
    safety:
      'They can lead to addiction (opioid use disorder), overdose and death. Do not take them with alcohol, benzodiazepines, sleep medicines, gabapentin or pregabalin unless your prescriber agrees. Together they can slow or stop your breathing. If you have taken them for a while, do not stop suddenly. Ask your prescriber to help you taper off slowly. Ask about naloxone, a medicine (often a nose spray) that can reverse an overdose. Keep it where others can find it, and keep opioids locked away.',
    getHelp: OPIOID_OVERDOSE_HELP,
    sources: [
      CDC_OPIOID_GUIDELINE,
      FDA_OPIOID_BENZO,
      FDA_OPIOID_TAPER,
      FDA_GABAPENTINOIDS,
      CDC_OVERDOSE_SIGNS,
      { name: 'CDC, "Nonopioid therapies for pain: a clinical reference"' },
      { name: 'Chou et al., Ann Intern Med 2015 (NIH/AHRQ review)' },
      { name: 'ACP guideline, Qaseem et al., Ann Intern Med 2017' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'oxycodone',
    term: 'Oxycodone (OxyContin)',
    aliases: [
      { text: 'oxycodone', kind: 'name' },
      { text: 'OxyContin', kind: 'brand' },
      { text: 'Roxicodone', kind: 'brand' },
    ],
    notAliases: [
      {
        text: 'Percocet',
        why: 'oxycodone mixed with acetaminophen in one pill: not the same medicine',
      },
    ],
    category: 'medication',
    short:
      'A strong opioid pain medicine that a doctor must prescribe. OxyContin is a long-acting form. Some pills, such as Percocet, mix it with acetaminophen.',
    more: 'Oxycodone works like other opioids and has the same dangers: addiction, overdose and death. For pain that lasts, the CDC says to try care without drugs, and drugs that are not opioids, first. Long-acting forms, such as OxyContin, are for bad pain that needs an opioid all day, every day. They are not for pain now and then. When a pill mixes it with acetaminophen, count that too, so you do not take too much acetaminophen from other products.',
    section: 'chronic-pain',
    related: ['opioids', 'acetaminophen', 'pain-relief-medication', 'chronic-pain'],
    safety: OPIOID_SAFETY,
    getHelp: OPIOID_OVERDOSE_HELP,
    sources: [
      { name: 'MedlinePlus, "Oxycodone"' },
      { name: 'DailyMed, OxyContin (oxycodone) label and Medication Guide' },
      CDC_OPIOID_GUIDELINE,
      FDA_OPIOID_BENZO,
      FDA_OPIOID_TAPER,
      CDC_OVERDOSE_SIGNS,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'hydrocodone',
    term: 'Hydrocodone',
    aliases: [
      { text: 'hydrocodone', kind: 'name' },
      { text: 'Hysingla', kind: 'brand' },
      { text: 'Zohydro', kind: 'brand' },
    ],
    notAliases: [
      {
        text: 'Vicodin',
        why: 'hydrocodone mixed with acetaminophen in one pill: not the same medicine',
      },
      {
        text: 'Norco',
        why: 'hydrocodone mixed with acetaminophen in one pill, and also a place name',
      },
    ],
    category: 'medication',
    short:
      'A strong opioid pain medicine. A doctor must prescribe it. Most pills also have acetaminophen in them, as in Vicodin or Norco.',
    more: 'Hydrocodone works like other opioids and has the same dangers: addiction, overdose and death. For pain that lasts, the CDC says to try care without drugs, and drugs that are not opioids, first. Most hydrocodone pills also hold acetaminophen, which the label may call APAP. Count it, so you do not take too much from other products, such as cold and flu mixes. Long-acting forms are for bad pain that needs an opioid all day, every day.',
    section: 'chronic-pain',
    related: ['opioids', 'acetaminophen', 'pain-relief-medication', 'chronic-pain'],
    safety: OPIOID_SAFETY,
    getHelp: OPIOID_OVERDOSE_HELP,
    sources: [
      { name: 'MedlinePlus, "Hydrocodone combination products"' },
      { name: 'DailyMed, hydrocodone and acetaminophen tablets label' },
      CDC_OPIOID_GUIDELINE,
      FDA_OPIOID_BENZO,
      FDA_OPIOID_TAPER,
      CDC_OVERDOSE_SIGNS,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'morphine',
    term: 'Morphine',
    aliases: [
      { text: 'morphine', kind: 'name' },
      { text: 'MS Contin', kind: 'brand' },
      { text: 'Oramorph', kind: 'brand' },
    ],
    category: 'medication',
    short:
      'A strong opioid pain medicine that a doctor must prescribe. It comes from the opium poppy. It is used for severe pain, such as after surgery or with cancer.',
    more: 'Morphine is one of the oldest opioids, and other opioids are often compared with it. It has the same dangers as the rest: addiction, overdose and death. It comes as tablets, long-acting tablets, a liquid and shots. Long-acting forms are for bad pain that needs an opioid all day, every day. For pain that lasts, other than cancer or end-of-life pain, the CDC says to try care without drugs, and drugs that are not opioids, first.',
    section: 'chronic-pain',
    related: ['opioids', 'codeine', 'pain-relief-medication', 'chronic-pain'],
    safety: OPIOID_SAFETY,
    getHelp: OPIOID_OVERDOSE_HELP,
    sources: [
      { name: 'MedlinePlus, "Morphine"' },
      { name: 'NHS, "Morphine"' },
      CDC_OPIOID_GUIDELINE,
      FDA_OPIOID_BENZO,
      FDA_OPIOID_TAPER,
      CDC_OVERDOSE_SIGNS,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'codeine',
    term: 'Codeine',
    aliases: [{ text: 'codeine', kind: 'name' }],
    notAliases: [
      {
        text: 'co-codamol',
        why: 'codeine mixed with paracetamol in one pill: not the same medicine',
      },
    ],
    category: 'medication',
    short:
      'A milder opioid pain medicine. Some cough medicines have it too. It often comes in one pill with acetaminophen.',
    more: 'The body turns codeine into morphine. Some people do this very fast and can get a dangerous amount of morphine, with slowed breathing. So the FDA says children under 12 should not take it, nor anyone under 18 after having their tonsils or adenoids out. It is not advised while breastfeeding. Like other opioids, it can lead to addiction and overdose. When it is mixed with acetaminophen, count that acetaminophen too.',
    section: 'chronic-pain',
    related: ['opioids', 'morphine', 'acetaminophen', 'pain-relief-medication'],
    safety: `${OPIOID_SAFETY} Children under 12 should not take it.`,
    getHelp: OPIOID_OVERDOSE_HELP,
    sources: [
      {
        name: 'US FDA, Drug Safety Communication: codeine and tramadol in children and breastfeeding (2017)',
      },
      { name: 'MedlinePlus, "Codeine"' },
      { name: 'NHS, "Codeine"' },
      CDC_OPIOID_GUIDELINE,
      FDA_OPIOID_BENZO,
      CDC_OVERDOSE_SIGNS,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'pain-relief-medication',
    term: 'Pain-relief medication (painkillers)',
    aliases: [
      { text: 'pain-relief medication', kind: 'name' },
      { text: 'pain relief medication', kind: 'spelling' },
      { text: 'pain-relief medicine', kind: 'synonym' },
      { text: 'pain reliever', kind: 'synonym' },
      { text: 'pain-reliever', kind: 'spelling' },
      { text: 'painkiller', kind: 'synonym' },
      { text: 'pain killer', kind: 'spelling' },
      { text: 'pain-killer', kind: 'spelling' },
      { text: 'pain medication', kind: 'synonym' },
      {
        text: 'pain medicine',
        kind: 'synonym',
        ambiguous: {
          otherSenses: ['the medical specialty that treats pain ("a doctor of pain medicine")'],
          notAfter: [
            'Academy of',
            'Faculty of',
            'Society of',
            'Department of',
            'Division of',
            'College of',
            'Institute of',
            'Center for',
            'Centre for',
            'field of',
            'specialty of',
            'practice of',
            'doctor of',
            'trained in',
            'training in',
            'specialist in',
            'specialists in',
            'specializes in',
            'specialises in',
            'fellowship in',
            'certified in',
            'residency in',
            'career in',
            'expert in',
            'experts in',
          ],
          notBefore: [
            'specialist',
            'specialists',
            'doctor',
            'doctors',
            'physician',
            'physicians',
            'fellowship',
            'fellow',
            'clinic',
            'clinics',
            'department',
            'program',
            'programme',
            'service',
            'services',
            'team',
            'practice',
            'society',
            'journal',
            'unit',
            'center',
            'centre',
          ],
          notInSentence: [
            'board-certified',
            'fellowship',
            'residency',
            'subspecialty',
            'specialty',
          ],
        },
      },
      { text: 'pain pill', kind: 'synonym' },
      {
        text: 'analgesic',
        kind: 'synonym',
        ambiguous: {
          otherSenses: ['pain-easing, as a describing word ("an analgesic effect of exercise")'],
          notBefore: [
            'effect',
            'effects',
            'property',
            'properties',
            'action',
            'actions',
            'response',
            'benefit',
            'benefits',
            'activity',
          ],
          notInSentence: ['exercise-induced', 'hypoalgesia'],
        },
      },
    ],
    category: 'medication',
    short:
      'Medicine you take to ease pain. You can buy some in a store, such as acetaminophen or ibuprofen. Others, such as opioids, need a prescription from a doctor.',
    more: 'Common store-bought pain relievers are acetaminophen and NSAIDs, such as ibuprofen, naproxen and aspirin. Acetaminophen eases pain and fever but not swelling. NSAIDs also bring down swelling. Stronger drugs, such as opioids, need a prescription. Each kind has its own risks. For chronic pain, the CDC favors non-drug care and non-opioid medicines. PT may help some people rely less on pain medicine. Tell your clinician if you take a pain reliever on most days.',
    section: 'how-long',
    related: [
      'acetaminophen',
      'nsaid',
      'opioids',
      'topical-nsaids',
      'gabapentinoids',
      'pain-management',
    ],
    safety:
      'Every pain medicine has risks, even ones sold without a prescription. Read the label, check that you are not taking the same drug in two products, and ask your clinician or pharmacist which one is safe for you. Do not mix opioids with alcohol, benzodiazepines, sleep medicines, gabapentin or pregabalin unless your prescriber agrees.',
    getHelp: {
      urgency: 'emergency',
      text: 'Someone is very sleepy, hard to wake or breathing slowly: call 911 or your local emergency number now, and give naloxone if they take opioids and you have it. Took too much of a pain medicine but seems fine: call Poison Help at 1-800-222-1222 (US) right away, or your local emergency number.',
    },
    sources: [
      OTC_PAIN_RELIEVERS,
      CDC_OPIOID_GUIDELINE,
      CDC_OVERDOSE_SIGNS,
      FDA_OPIOID_BENZO,
      FDA_GABAPENTINOIDS,
      { name: 'CDC, "Nonopioid therapies for pain: a clinical reference"' },
      SOURCE_GUIDE,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'corticosteroid-injection',
    term: 'Corticosteroid injection (cortisone shot)',
    aliases: [
      { text: 'corticosteroid injection', kind: 'name' },
      { text: 'corticosteroid shot', kind: 'synonym' },
      { text: 'cortisone injection', kind: 'synonym' },
      { text: 'cortisone shot', kind: 'synonym' },
      { text: 'steroid injection', kind: 'synonym', ambiguous: STEROID_SHOT_CUES },
      { text: 'steroid shot', kind: 'synonym', ambiguous: STEROID_SHOT_CUES },
      { text: 'steroid jab', kind: 'synonym', ambiguous: STEROID_SHOT_CUES },
    ],
    notAliases: [
      {
        text: 'cortisone',
        why: 'broader: a hormone, and a medicine also taken as pills or creams, not only the shot',
      },
      {
        text: 'joint injection',
        why: 'broader: a joint shot may hold other medicines, such as a numbing medicine or hyaluronic acid',
      },
    ],
    category: 'medication',
    short:
      'A shot of steroid medicine into or near a sore joint, tendon or nerve to calm inflammation. It often eases pain for weeks to a few months, but it is not a cure.',
    more: 'The shot can take a few days to work, and the area may hurt more for a day or two first. Relief often lasts from a few weeks to a few months. In a two-year trial, knee shots every three months eased pain no better than salt water, and the knees lost a little more cartilage. Doctors limit how many shots you get in one joint and space them out, so ask about yours. A shot can raise blood sugar for a few days. These steroids are not the muscle-building kind.',
    section: 'chronic-pain',
    related: ['inflammation', 'osteoarthritis', 'bursitis', 'carpal-tunnel-syndrome', 'cartilage'],
    safety:
      'Infection is rare but serious. Tell your doctor first if you have diabetes, take blood thinners, or feel unwell or feverish. Too many shots may harm cartilage, tendons and bone. Rarely, a severe allergic reaction happens soon after the shot. The FDA warns that shots into the spine (epidurals) can, rarely, cause serious nerve problems such as stroke or paralysis. Ask your doctor how many shots are safe for you.',
    getHelp: {
      urgency: 'same-day',
      text: 'A hot, red, swollen joint, or a fever, after a shot? It may be an infection: get care the same day. Trouble breathing or a swollen face soon after a shot, or new weakness or numbness after a spine shot: call 911 or your local emergency number.',
    },
    sources: [
      { name: 'NHS, "Steroid injections"' },
      {
        name: 'North Tees and Hartlepool NHS Foundation Trust, "Steroid injections" (patient leaflet)',
      },
      {
        name: 'County Durham and Darlington NHS Foundation Trust physiotherapy, "Steroid injections"',
      },
      { name: 'McAlindon et al., JAMA 2017 (knee steroid shots every 3 months for 2 years)' },
      {
        name: 'US FDA, Drug Safety Communication: rare but serious nerve problems after epidural corticosteroid injections (2014)',
      },
      { name: 'St Joseph\'s Hospital (UK), "Knee injections"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'cbd',
    term: 'CBD (cannabidiol)',
    aliases: [
      {
        text: 'CBD',
        kind: 'abbreviation',
        caseSensitive: true,
        ambiguous: {
          otherSenses: [
            'central business district (a city centre)',
            'common bile duct (in scan and liver reports)',
            'corticobasal degeneration (a rare brain disease)',
            'the Convention on Biological Diversity',
          ],
          notAfter: [
            'Sydney',
            'Melbourne',
            'Brisbane',
            'Perth',
            'Adelaide',
            'Auckland',
            'Wellington',
            'Johannesburg',
            'Nairobi',
            'city',
            "city's",
          ],
          notBefore: [
            'area',
            'office',
            'offices',
            'district',
            'apartment',
            'apartments',
            'traffic',
            'hotel',
            'hotels',
            'station',
            'streets',
            'rents',
            'stone',
            'stones',
            'dilatation',
            'dilation',
          ],
          notInSentence: [
            'bile',
            'biliary',
            'duct',
            'gallbladder',
            'gallstone',
            'gallstones',
            'stone',
            'stones',
            'ERCP',
            'MRCP',
            'cholangitis',
            'jaundice',
            'pancreatitis',
            'corticobasal',
            'parkinsonism',
            'biodiversity',
            'biological diversity',
            'rent',
            'rents',
            'commute',
            'commuters',
            'skyline',
            'suburb',
            'suburbs',
            'tram',
            'trams',
          ],
          supportWords: [
            'cannabidiol',
            'cannabis',
            'hemp',
            'marijuana',
            'THC',
            'cannabinoid',
            'cannabinoids',
            'oil',
            'oils',
            'cream',
            'balm',
            'gummies',
            'gummy',
            'tincture',
            'Epidiolex',
            'product',
            'products',
            'topical',
            'FDA',
          ],
        },
      },
      { text: 'cannabidiol', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'cannabis',
        why: 'broader: the plant, which also holds THC and many other compounds',
      },
    ],
    category: 'medication',
    short:
      'A compound from the cannabis (hemp) plant. Unlike THC, it does not make you high. It is sold in oils, gummies and creams, but there is little proof that it helps pain.',
    more: 'The FDA has approved only one CBD medicine, a prescription drug for certain rare seizure disorders. It has not checked other CBD products to see whether they work or are safe. In 2021, the International Association for the Study of Pain said the evidence is not good enough to back cannabis products, CBD among them, for pain. Product labels can be wrong about how much CBD is inside, and some contain THC. The FDA warns that CBD can harm the liver and can change how other medicines work.',
    section: 'bottom-line',
    related: ['cbd-cream', 'nutraceuticals', 'evidence-quality', 'pain-relief-medication'],
    safety:
      'Not FDA-approved for pain. CBD can harm the liver, change how other medicines work, and cause sleepiness, diarrhea or mood changes. With alcohol or other sedating medicines, it adds to drowsiness. Little is known about it in pregnancy or breastfeeding. Products vary, and some contain THC. Ask your doctor or pharmacist before you use it, especially if you take other medicines.',
    getHelp: {
      urgency: 'same-day',
      text: 'Yellow skin or eyes, dark urine, pain in the upper right belly, or unusual tiredness while taking CBD: stop it. Call your doctor the same day.',
    },
    sources: [
      FDA_CBD,
      IASP_CANNABINOIDS,
      CBD_LABELS_STUDY,
      { name: 'DailyMed, Epidiolex (cannabidiol) Medication Guide' },
      { name: 'NIDA for Teens, "What is CBD?"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'cbd-cream',
    term: 'CBD cream (topical CBD)',
    aliases: [
      { text: 'CBD cream', kind: 'name' },
      { text: 'CBD balm', kind: 'synonym' },
      { text: 'CBD lotion', kind: 'synonym' },
      { text: 'CBD salve', kind: 'synonym' },
      { text: 'CBD rub', kind: 'synonym' },
      { text: 'CBD gel', kind: 'synonym' },
      { text: 'topical CBD', kind: 'synonym' },
    ],
    notAliases: [
      { text: 'CBD', why: 'broader: CBD in any form, mostly taken by mouth; now its own entry' },
      { text: 'cannabidiol', why: 'broader: the compound itself; now on the CBD entry' },
      {
        text: 'CBD oil',
        why: 'mostly taken by mouth, not rubbed on; the CBD entry explains the word CBD in it',
      },
    ],
    category: 'medication',
    short:
      'A cream, balm or gel with CBD, a compound from the cannabis plant, that you rub on sore areas. There is not yet good proof that it helps pain.',
    more: 'CBD pain creams are widely sold. In 2021, a large group of pain experts (the IASP) said the evidence is not yet good enough to back cannabis products for pain. The FDA has not approved any CBD product for pain. It has warned firms that sold CBD pain rubs as unapproved drugs. Labels can be wrong about how much CBD is inside, or leave out THC.',
    section: 'bottom-line',
    related: [
      'cbd',
      'compounded-pain-cream',
      'nutraceuticals',
      'topical-nsaids',
      'evidence-quality',
    ],
    safety:
      'Not FDA-approved for pain, and products vary. Labels may be wrong, and some contain THC. Ask your clinician or pharmacist before you use it, especially if you take other medicines.',
    getHelp: {
      urgency: 'soon',
      text: 'A rash, itching or redness where you rubbed it? Stop using it and ask your pharmacist or doctor.',
    },
    sources: [
      IASP_CANNABINOIDS,
      FDA_CBD,
      { name: 'US FDA, warning letters to companies selling CBD products for pain relief (2021)' },
      CBD_LABELS_STUDY,
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'compounded-medicine',
    term: 'Compounded medicine',
    aliases: [
      { text: 'compounded medicine', kind: 'name' },
      { text: 'compounded medication', kind: 'synonym' },
      { text: 'compounded drug', kind: 'synonym' },
    ],
    category: 'medication',
    short:
      'A medicine that a pharmacy mixes to order for one patient, based on a prescription. Compounded medicines are not FDA-approved.',
    more: 'Compounding can help when someone needs a form of a medicine that is not sold, such as a liquid, or a version without a dye they are allergic to. But compounded medicines are not FDA-approved. That means the FDA does not check them before they are sold to see that they are safe, that they work, or that they are made well. Ask your prescriber why you need a compounded medicine rather than an approved one, and what is in it.',
    section: 'bottom-line',
    related: ['compounded-pain-cream', 'pain-relief-medication', 'nutraceuticals'],
    safety:
      'Not FDA-approved: the FDA does not check its safety, strength or quality before it is sold. Ask your prescriber and pharmacist what it contains, and tell them about any side effects.',
    getHelp: {
      urgency: 'same-day',
      text: 'New side effects, or a refill that looks, smells or tastes different? Stop and call your prescriber or pharmacist the same day.',
    },
    sources: [FDA_COMPOUNDING, FDA_COMPOUNDING_RISKS],
    reviewed: REVIEWED,
  },
  {
    id: 'compounded-pain-cream',
    term: 'Compounded pain cream',
    aliases: [
      { text: 'compounded pain cream', kind: 'name' },
      { text: 'custom compounded pain cream', kind: 'synonym' },
      { text: 'compounded topical pain cream', kind: 'synonym' },
    ],
    notAliases: [
      {
        text: 'compounded cream',
        why: 'broader: a compounded cream may be for skin problems or hormones, not pain',
      },
      {
        text: 'compounded topical cream',
        why: 'broader: a compounded cream may be for skin problems or hormones, not pain',
      },
      {
        text: 'compounded medication',
        why: 'broader: any medicine a pharmacy mixes to order; now the compounded medicine entry',
      },
      {
        text: 'compounded medicine',
        why: 'broader: any medicine a pharmacy mixes to order; now its own entry',
      },
      {
        text: 'compounded drug',
        why: 'broader: any medicine a pharmacy mixes to order; now the compounded medicine entry',
      },
    ],
    category: 'medication',
    short:
      'A pain cream that a pharmacy mixes for one person, often from more than one drug. Custom-made medicines like this are not FDA-approved.',
    more: 'A pharmacist makes the cream to order for one patient, based on a prescription. Like all compounded medicines, it is not FDA-approved. That means the FDA does not review it before it is sold to check that it is safe and that it works. A cream that mixes several drugs can still cause the side effects of each one. Ask what is in the cream and what evidence supports it.',
    section: 'bottom-line',
    related: [
      'compounded-medicine',
      'topical-nsaids',
      'cbd-cream',
      'nutraceuticals',
      'pain-relief-medication',
    ],
    safety:
      'Not FDA-approved: the FDA does not check its safety, strength or whether it works before it is sold. Ask your prescriber and pharmacist what it contains, and tell them about any side effects.',
    getHelp: {
      urgency: 'same-day',
      text: 'A bad rash or blisters where you used it, or you feel dizzy, very sleepy or unwell after using it? Stop, and call your prescriber or pharmacist the same day.',
    },
    sources: [FDA_COMPOUNDING, FDA_COMPOUNDING_RISKS, SOURCE_GUIDE],
    reviewed: REVIEWED,
  },
  {
    id: 'nutraceuticals',
    term: 'Nutraceuticals (dietary supplements)',
    aliases: [
      { text: 'nutraceutical', kind: 'form' },
      { text: 'dietary supplement', kind: 'synonym' },
      { text: 'nutritional supplement', kind: 'synonym' },
      { text: 'food supplement', kind: 'synonym' },
      {
        text: 'supplement',
        kind: 'synonym',
        ambiguous: {
          otherSenses: [
            'an extra part or payment added to something',
            'a newspaper or magazine insert',
            'Medicare Supplement (Medigap) insurance',
            'to add to something (the verb)',
            "a research paper's extra material",
          ],
          notAfter: [
            'to',
            'can',
            'may',
            'might',
            'will',
            'could',
            'should',
            'would',
            'must',
            'help',
            'helps',
            'income',
            'Sunday',
            'weekend',
            'magazine',
            'travel',
            'online',
            'single',
            'fuel',
            'Medicare',
            'Medigap',
          ],
          notBefore: [
            'plan',
            'plans',
            'insurance',
            'policy',
            'policies',
            'your',
            'their',
            'his',
            'her',
            'our',
            'the',
            'it',
            'them',
            'this',
            'these',
          ],
          notInSentence: ['Medicare', 'Medigap', 'newspaper', 'appendix', 'supplementary'],
          supportWords: [
            'dietary',
            'vitamin',
            'vitamins',
            'mineral',
            'minerals',
            'herbal',
            'herb',
            'herbs',
            'pill',
            'pills',
            'capsule',
            'capsules',
            'tablet',
            'tablets',
            'nutraceutical',
            'nutraceuticals',
            'glucosamine',
            'chondroitin',
            'turmeric',
            'curcumin',
            'fish oil',
            'omega-3',
            'collagen',
            'magnesium',
            'FDA',
          ],
          needsSupport: true,
        },
      },
    ],
    notAliases: [
      {
        text: 'herbal supplement',
        why: 'one kind of supplement, narrower; the word supplement in it is still explained',
      },
    ],
    category: 'medication',
    short:
      'Products such as vitamins, herbs and other supplements that are sold to support health. In the US they do not need FDA approval before they go on sale.',
    more: 'Nutraceutical is a loose name for food-based products sold for health. Most are dietary supplements. In the US, makers do not have to prove that a supplement is safe or that it works before selling it. The maker is in charge of safety, and the FDA has to show a product is unsafe before it can limit it. A supplement may not legally be sold as a way to treat or cure a disease. Some supplements change how medicines work. Ask your clinician or pharmacist before you try one.',
    section: 'bottom-line',
    related: [
      'cbd',
      'cbd-cream',
      'compounded-pain-cream',
      'evidence-quality',
      'pain-relief-medication',
    ],
    safety:
      "Not checked by the FDA for safety or benefit before sale. Some supplements change how medicines work; for example, St John's wort can make some medicines work less well. Tell your clinician and pharmacist about every supplement you take, and ask before you start a new one.",
    getHelp: {
      urgency: 'same-day',
      text: 'A rash, stomach pain, or yellow skin or eyes after you start a supplement? Stop it. Call your doctor or pharmacist the same day.',
    },
    sources: [
      { name: 'US FDA, "Dietary supplements" (information for consumers)' },
      { name: 'Operation Supplement Safety (US Dept. of Defense)' },
      { name: 'US FDA, "Mixing medications and dietary supplements can endanger your health"' },
      { name: 'US FDA, structure/function claims rule for dietary supplements (21 CFR 101.93)' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'gabapentinoids',
    term: 'Gabapentinoids (gabapentin, pregabalin)',
    aliases: [{ text: 'gabapentinoid', kind: 'form' }],
    notAliases: [
      { text: 'gabapentin', why: 'one of the two gabapentinoids, narrower; now its own entry' },
      { text: 'pregabalin', why: 'one of the two gabapentinoids, narrower; now its own entry' },
      { text: 'Neurontin', why: 'a brand of gabapentin; now on the gabapentin entry' },
      { text: 'Gralise', why: 'a brand of gabapentin; now on the gabapentin entry' },
      { text: 'Horizant', why: 'a brand of gabapentin; now on the gabapentin entry' },
      { text: 'Lyrica', why: 'a brand of pregabalin; now on the pregabalin entry' },
    ],
    category: 'medication',
    short:
      'The two prescription medicines gabapentin and pregabalin, first used for seizures. Doctors also use them for some kinds of nerve pain. They can cause sleepiness and dizziness.',
    more: 'Gabapentin (Neurontin) and pregabalin (Lyrica) seem to work by changing how nerves send pain messages. UK guidelines list them among the first choices for nerve pain. But they advise against them for sciatica, where they did not help. In 2019 the FDA warned that they can cause serious breathing problems. The risk is higher with opioids or other drugs that make you sleepy, with lung disease such as COPD, and in older people. They often cause sleepiness and dizziness, which raise the risk of falls.',
    section: 'chronic-pain',
    related: [
      'gabapentin',
      'pregabalin',
      'neuropathic-pain',
      'sciatica',
      'opioids',
      'pain-relief-medication',
      'pain-specialist',
    ],
    safety: GABAPENTINOID_SAFETY,
    getHelp: GABAPENTINOID_HELP,
    sources: [
      FDA_GABAPENTINOIDS,
      NICE_NEUROPATHIC,
      NICE_BACK_PAIN,
      { name: 'Mathieson et al., N Engl J Med 2017 (pregabalin for sciatica)' },
      { name: 'DailyMed, Neurontin (gabapentin) and Lyrica (pregabalin) Medication Guides' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'gabapentin',
    term: 'Gabapentin (Neurontin)',
    aliases: [
      { text: 'gabapentin', kind: 'name' },
      { text: 'Neurontin', kind: 'brand' },
      { text: 'Gralise', kind: 'brand' },
      { text: 'Horizant', kind: 'brand' },
    ],
    category: 'medication',
    short:
      'A prescription medicine, first used for seizures, that doctors also use for nerve pain, such as pain after shingles. It can cause sleepiness and dizziness.',
    more: 'Gabapentin is one of the two gabapentinoids; pregabalin is the other. In the US it is approved for some seizures and for nerve pain after shingles, and one form (Horizant) for restless legs too. Doctors often use it for other nerve pain. In 2019 the FDA warned that it can cause serious breathing problems with opioids or other sedating medicines, with lung disease such as COPD, and in older people. In the UK it is a controlled medicine, because it can be misused.',
    section: 'chronic-pain',
    related: ['gabapentinoids', 'pregabalin', 'neuropathic-pain', 'opioids'],
    safety: GABAPENTINOID_SAFETY,
    getHelp: GABAPENTINOID_HELP,
    sources: [
      FDA_GABAPENTINOIDS,
      { name: 'DailyMed, Neurontin (gabapentin) Medication Guide' },
      { name: 'MedlinePlus, "Gabapentin"' },
      NICE_NEUROPATHIC,
      NICE_BACK_PAIN,
      { name: 'NHS, "Gabapentin"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'pregabalin',
    term: 'Pregabalin (Lyrica)',
    aliases: [
      { text: 'pregabalin', kind: 'name' },
      { text: 'Lyrica', kind: 'brand' },
    ],
    category: 'medication',
    short:
      'A prescription medicine for nerve pain, fibromyalgia and some seizures, sold as Lyrica. It can make you sleepy and dizzy.',
    more: 'Pregabalin is one of the two gabapentinoids. Gabapentin is the other. In the US it is approved for nerve pain from diabetes, shingles or a spinal cord injury. It is also approved for fibromyalgia and some seizures. In a 2017 trial it did not ease sciatica more than a placebo. It can be misused, so it is a controlled medicine in the US (Schedule V) and, since 2019, in the UK (Class C). In 2019 the FDA warned of serious breathing problems with opioids or other drugs that make you sleepy, with lung disease such as COPD, and in older people.',
    section: 'chronic-pain',
    related: [
      'gabapentinoids',
      'gabapentin',
      'neuropathic-pain',
      'fibromyalgia',
      'sciatica',
      'opioids',
    ],
    safety: `${GABAPENTINOID_SAFETY} If you could become pregnant, ask about its risks in pregnancy.`,
    getHelp: GABAPENTINOID_HELP,
    sources: [
      FDA_GABAPENTINOIDS,
      { name: 'DailyMed, Lyrica (pregabalin) Medication Guide' },
      { name: 'Mathieson et al., N Engl J Med 2017 (pregabalin for sciatica)' },
      NICE_NEUROPATHIC,
      {
        name: 'MHRA Drug Safety Update, "Pregabalin: findings of safety study on risks during pregnancy" (2022)',
      },
      { name: 'Hull University Teaching Hospitals NHS Trust, "Pregabalin" patient leaflet' },
      { name: 'The Dudley Group NHS Foundation Trust, "Pregabalin" patient leaflet' },
      { name: 'HSE (Ireland), "Pregabalin"' },
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'prednisone',
    term: 'Prednisone',
    aliases: [{ text: 'prednisone', kind: 'name' }],
    notAliases: [
      {
        text: 'prednisolone',
        why: 'a different, closely related steroid medicine (the usual one in the UK)',
      },
      { text: 'steroid', why: 'broader: many medicines and hormones are steroids' },
      { text: 'corticosteroid', why: 'broader: the class prednisone belongs to' },
    ],
    category: 'medication',
    short:
      'A steroid pill that calms inflammation (swelling and heat) and an immune system that is too active. It is not the kind of steroid some take to build muscle.',
    more: 'It works like a hormone the body makes. Doctors use it for flares of rheumatoid arthritis, lupus and other inflammatory conditions, and for asthma and severe allergies. It is often given for a short time at the lowest dose that works. Take it just as your doctor says. Used for a long time, it can thin the bones, raise blood sugar and blood pressure, and cause weight gain, mood changes and eye problems, so your doctor will check on you.',
    section: 'chronic-pain',
    related: [
      'corticosteroid-injection',
      'inflammation',
      'rheumatoid-arthritis',
      'osteoporosis',
      'flare-up',
    ],
    safety:
      'Do not stop it suddenly: ask your doctor how to come off it slowly. It makes infections more likely; tell your doctor if you have diabetes, an infection, stomach ulcers or are pregnant, and before any vaccine. If you take it for more than a few weeks, carry a card or wear a tag that says so.',
    getHelp: {
      urgency: 'same-day',
      text: 'Call your doctor the same day for a fever, sore throat or other signs of infection, if you have been near someone with chickenpox, shingles or measles, if you are being sick and cannot keep the tablets down, or if your mood changes a lot. Black or bloody stools, vomiting blood, or trouble breathing: call 911 or your local emergency number.',
    },
    sources: [
      { name: 'MedlinePlus, "Prednisone"' },
      { name: 'DailyMed, prednisone tablets label' },
      { name: 'NHS, "Steroids"' },
    ],
    reviewed: REVIEWED,
  },
];
