// Which mined candidates are about health: a phrase whose head is a health word, or any of whose
// words has a medical shape ("-itis", "osteo-"); an adjective patients meet in health text. The
// glossary's own words count as health words too, so the list grows with the glossary. The
// contrast corpus (non-health documents) then drops what is common everywhere.
/** A candidate is a noun phrase or a lone adjective ("musculoskeletal"). */
export type CandidateKind = 'phrase' | 'adjective';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Head nouns of health phrases: the body, its troubles, care, medicines, tests, people. */
export const HEALTH_HEADS = words(`
  pain ache syndrome disease disorder injury fracture sprain strain tear arthritis
  inflammation swelling stiffness weakness numbness tingling fatigue spasm cramp deformity
  tumor tumour infection deficiency atrophy contracture palsy dystrophy paralysis seizure
  symptom diagnosis prognosis therapy therapist surgery operation procedure injection shot
  medicine medication drug painkiller reliever supplement test scan exam examination biopsy
  ray imaging x ray mri brace splint cane walker wheelchair orthotic orthosis crutch device aid
  exercise stretch stretching massage rehabilitation rehab physiotherapy physiotherapist
  surgeon physician doctor specialist neurologist rheumatologist orthopedist podiatrist nurse
  joint muscle bone nerve tendon ligament cartilage spine disc disk vertebra cord tissue fiber
  fibre knee hip shoulder neck ankle wrist foot feet elbow leg arm limb skull pelvis rib heel
  toe finger thumb jaw back brain blood heart lung kidney liver skin sensation reflex gait
  posture balance mobility movement motion flexibility strength coordination tone endurance
  sleep stress anxiety depression mood weight obesity mutation gene inheritance
`);

/** Adjectives a patient meets in health text and may stumble on. */
export const HEALTH_ADJECTIVES = words(`
  chronic acute bilateral unilateral congenital hereditary inherited genetic progressive
  degenerative inflammatory autoimmune systemic idiopathic sporadic recessive dominant benign
  malignant neuropathic musculoskeletal orthopedic orthopaedic spinal lumbar cervical thoracic
  sacral skeletal muscular neuromuscular neurological neurologic sensory motor peripheral
  painful stiff swollen weak numb sore tender aerobic isometric passive active postural
  physical occupational intravenous oral topical surgical clinical medical fatal
`);

/** Medical word shapes: suffixes of conditions, procedures and medicine classes, and prefixes. */
const MEDICAL_SHAPE = new RegExp(
  '(?:itis|osis|oses|algia|pathy|ectomy|otomy|ostomy|plasty|scopy|graphy|gram|emia|aemia|oma|' +
    'trophy|plegia|paresis|penia|profen|oxen|coxib|olol|pril|sartan|statin|cillin|mycin|azole|' +
    'sone|olone|adol|triptan|caine|iatry|iatrist|ologist)$|' +
    '^(?:osteo|arthr|myo|neur|musculo|spondyl|fibro|chondro|cardi|rheumat|sacro|lumbo|scolio|' +
    'kypho|lordo|physio|ortho|derma|hemat|haemat)',
);

export const medicalShape = (word: string): boolean => word.length > 4 && MEDICAL_SHAPE.test(word);

/** The phrase's head: the word before "of" ("range of motion"), else its last word. */
export function headOf(key: string): string {
  const w = key.split(' ');
  const of = w.indexOf('of');
  return (of > 0 ? w[of - 1] : w[w.length - 1]) ?? '';
}

/** `glossaryWords`: head words of the glossary's aliases, which count as health heads. */
export function healthRelevant(
  key: string,
  kind: CandidateKind,
  glossaryWords: ReadonlySet<string> = new Set(),
): boolean {
  const w = key.split(' ');
  if (w.some(medicalShape)) return true;
  if (kind === 'adjective') return HEALTH_ADJECTIVES.has(key);
  const head = headOf(key);
  if (HEALTH_HEADS.has(head) || glossaryWords.has(head) || glossaryWords.has(key)) return true;
  // "range of motion": the noun after "of" may be the health word (a listed one: the glossary's
  // head words hold "patient", which would keep "number of patients").
  return w.includes('of') && HEALTH_HEADS.has(w[w.length - 1] ?? '');
}

/** Common everywhere: on at least half as large a share of contrast pages as of the pages read. */
export function commonElsewhere(
  pages: number,
  ofPages: number,
  contrastPages: number,
  ofContrast: number,
): boolean {
  if (ofContrast === 0 || contrastPages === 0) return false;
  return ofContrast / contrastPages >= pages / ofPages / 2;
}
