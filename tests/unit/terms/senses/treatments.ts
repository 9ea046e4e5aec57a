// Sentences for the words with two senses among the treatments and exercise entries, written for
// the project.
import type { SenseCase } from './types';

export const SENSES: SenseCase[] = [
  // Massage: the treatment, or bending figures, chest compressions, a medical procedure.
  {
    text: 'A gentle massage eased the tight muscles in her neck.',
    word: 'massage',
    entry: 'massage',
  },
  { text: 'The firm tried to massage the numbers before the audit.', word: 'massage', entry: null },
  {
    text: 'If the heart stops, start cardiac massage and call for help.',
    word: 'massage',
    entry: null,
  },
  {
    text: 'Carotid sinus massage can slow a racing heart, but only a doctor should do it.',
    word: 'massage',
    entry: null,
  },

  // SMT: spinal manipulative therapy, or surface-mount technology.
  {
    text: 'Her chiropractor used SMT on her lower back.',
    word: 'SMT',
    entry: 'spinal-manipulation',
  },
  {
    text: 'The factory moved to SMT parts soldered onto each circuit board.',
    word: 'SMT',
    entry: null,
  },

  // Heat: heat therapy, or hot weather, cooking, a sign of infection.
  {
    text: 'Heat on a sore back for a short while can ease the stiffness.',
    word: 'Heat',
    entry: 'heat-therapy',
  },
  {
    text: 'Older people with joint pain should stay cool in the summer heat.',
    word: 'heat',
    entry: null,
  },
  {
    text: 'Turn up the heat under the pan until the sauce starts to bubble.',
    word: 'heat',
    entry: null,
  },
  {
    text: 'Heat, redness and pain around a wound can mean it is infected.',
    word: 'Heat',
    entry: null,
  },
  { text: 'Heat cramps can strike during hard work on a hot day.', word: 'Heat', entry: null },

  // Thermotherapy: heat for muscles, or heat that destroys a tumor or prostate tissue.
  {
    text: 'Thermotherapy, such as a warm pack, can loosen stiff muscles.',
    word: 'Thermotherapy',
    entry: 'heat-therapy',
  },
  {
    text: 'Microwave thermotherapy can shrink an enlarged prostate.',
    word: 'thermotherapy',
    entry: null,
  },
  {
    text: 'Thermotherapy is being tested as a way to kill cancer cells.',
    word: 'Thermotherapy',
    entry: null,
  },

  // Warm compress: for stiff muscles, or for a sore eye or a blocked milk duct.
  {
    text: 'A warm compress on your stiff shoulder may help before you stretch.',
    word: 'warm compress',
    entry: 'heat-therapy',
  },
  {
    text: 'Hold a warm compress on the stye a few times a day.',
    word: 'warm compress',
    entry: null,
  },
  {
    text: 'A warm compress before feeding can ease breast engorgement.',
    word: 'warm compress',
    entry: null,
  },

  // Cryotherapy: icing an injury, or freezing off a wart or tumor.
  {
    text: 'Cryotherapy with an ice pack can ease pain after a knee sprain.',
    word: 'Cryotherapy',
    entry: 'cold-therapy',
  },
  {
    text: 'The dermatologist used cryotherapy to freeze off the wart.',
    word: 'cryotherapy',
    entry: null,
  },
  {
    text: 'For some early prostate cancers, cryotherapy freezes the tumor.',
    word: 'cryotherapy',
    entry: null,
  },
  {
    text: 'Cryotherapy may be offered for abnormal cells on the cervix.',
    word: 'Cryotherapy',
    entry: null,
  },

  // Icing: cold on an injury, or frosting, or ice on planes and in hockey.
  {
    text: 'Icing the ankle for a short time can dull the pain of a sprain.',
    word: 'Icing',
    entry: 'cold-therapy',
  },
  {
    text: 'She spread lemon icing over the cupcakes for the party.',
    word: 'icing',
    entry: null,
  },
  {
    text: 'Pilots watch for icing on the wings in cold, wet clouds.',
    word: 'icing',
    entry: null,
  },
  {
    text: 'The referee called icing when the puck crossed the line.',
    word: 'icing',
    entry: null,
  },

  // Cold compress: cold on an injury, or on a sore eye or a sting.
  {
    text: 'Put a cold compress on the bruised knee to limit swelling.',
    word: 'cold compress',
    entry: 'cold-therapy',
  },
  {
    text: 'A cold compress over closed eyes can soothe itchy allergies.',
    word: 'cold compress',
    entry: null,
  },
  {
    text: 'Press a cold compress on a bee sting to ease the itch.',
    word: 'cold compress',
    entry: null,
  },

  // Ice: icing an injury, or frozen water, the agency, a sign of low iron, a drug.
  {
    text: 'Wrap the ice in a towel before you put it on your sore knee.',
    word: 'ice',
    entry: 'cold-therapy',
  },
  {
    text: 'He slipped on ice on the sidewalk and hurt his wrist.',
    word: 'ice',
    entry: null,
  },
  {
    text: 'ICE agents detained two men at the clinic door, the report said.',
    word: 'ICE',
    entry: null,
  },
  {
    text: 'Craving ice to chew can be a sign of low iron, even with no pain.',
    word: 'ice',
    entry: null,
  },
  {
    text: 'Ask for your drink with no ice if cold makes your teeth ache.',
    word: 'ice',
    entry: null,
  },
  { text: 'Some people smoke ice, a form of meth.', word: 'ice', entry: null },

  // Electrical stimulation: surface e-stim in therapy, or implanted nerve and brain stimulators.
  {
    text: 'Your therapist may use electrical stimulation through pads on the skin.',
    word: 'electrical stimulation',
    entry: 'electrical-stimulation',
  },
  {
    text: "Deep brain electrical stimulation can ease tremor in Parkinson's disease.",
    word: 'electrical stimulation',
    entry: null,
  },
  {
    text: 'In the lab, electrical stimulation made the neurons in the dish fire.',
    word: 'electrical stimulation',
    entry: null,
  },
  {
    text: 'Electric stimulation of the thigh muscles can help after knee surgery.',
    word: 'Electric stimulation',
    entry: 'electrical-stimulation',
  },
  {
    text: 'Spinal cord electric stimulation uses a device put in under the skin.',
    word: 'electric stimulation',
    entry: null,
  },

  // TENS: the device, or the number.
  {
    text: 'She clips her TENS unit to her belt when her back pain flares.',
    word: 'TENS',
    entry: 'tens',
  },
  {
    text: 'TENS OF THOUSANDS MORE ADULTS NOW LIVE WITH ARTHRITIS, the headline said.',
    word: 'TENS',
    entry: null,
  },

  // Ultrasound: the treatment, or a scan, or focused ultrasound.
  {
    text: 'Your physical therapist may add ultrasound to ease pain in the tendon.',
    word: 'ultrasound',
    entry: 'therapeutic-ultrasound',
  },
  {
    text: 'The ultrasound at 20 weeks showed the baby was healthy.',
    word: 'ultrasound',
    entry: null,
  },
  {
    text: 'An ultrasound of the shoulder found a tear in the rotator cuff.',
    word: 'ultrasound',
    entry: null,
  },
  {
    text: 'Ultrasound can check the gallbladder for stones when the belly hurts.',
    word: 'Ultrasound',
    entry: null,
  },
  {
    text: 'She had ultrasound therapy on her sore elbow at each visit.',
    word: 'ultrasound therapy',
    entry: 'therapeutic-ultrasound',
  },
  {
    text: 'Focused ultrasound therapy can destroy some prostate tumors.',
    word: 'ultrasound therapy',
    entry: null,
  },
  {
    text: 'The clinic offers ultrasound treatment for tendon pain.',
    word: 'ultrasound treatment',
    entry: 'therapeutic-ultrasound',
  },
  {
    text: 'High-intensity focused ultrasound treatment can ease tremor in the hands.',
    word: 'ultrasound treatment',
    entry: null,
  },

  // RICE: the first-aid plan, or the food.
  {
    text: 'For a mild sprain, many people still follow RICE for a day or two.',
    word: 'RICE',
    entry: 'rice',
  },
  {
    text: 'TODAY: CHICKEN WITH RICE AND BEANS, the menu board read.',
    word: 'RICE',
    entry: null,
  },

  // PEACE & LOVE: the injury plan, or the everyday phrase.
  {
    text: 'Her physio explained PEACE & LOVE for her ankle sprain.',
    word: 'PEACE & LOVE',
    entry: 'peace-and-love',
  },
  {
    text: 'The festival poster said PEACE & LOVE in big letters.',
    word: 'PEACE & LOVE',
    entry: null,
  },
  {
    text: 'The PEACE and LOVE plan helps soft tissue injuries heal.',
    word: 'PEACE and LOVE',
    entry: 'peace-and-love',
  },
  {
    text: 'His old T-shirt from the concert read PEACE and LOVE.',
    word: 'PEACE and LOVE',
    entry: null,
  },

  // CBT: the therapy, or training, a body temperature, a transplant.
  {
    text: 'CBT can help you cope when pain makes you anxious.',
    word: 'CBT',
    entry: 'cbt-for-pain',
  },
  {
    text: 'You need to pass CBT before you can ride a moped on the road.',
    word: 'CBT',
    entry: null,
  },
  {
    text: 'Staff must finish the CBT modules on fire safety each year.',
    word: 'CBT',
    entry: null,
  },
  {
    text: 'CBT, the core body temperature, rose during the long run.',
    word: 'CBT',
    entry: null,
  },

  // Pacing: planning activity, or walking back and forth, or a pacemaker.
  {
    text: 'Pacing helped her get through chores without a big flare of pain.',
    word: 'Pacing',
    entry: 'pacing',
  },
  {
    text: 'He kept pacing the hallway while he waited for news.',
    word: 'pacing',
    entry: null,
  },
  {
    text: 'Pacing and wandering are common in people with dementia.',
    word: 'Pacing',
    entry: null,
  },
  {
    text: 'The pacemaker takes over pacing if the heartbeat gets too slow.',
    word: 'pacing',
    entry: null,
  },

  // Traction: pulling on the spine, or grip, or support for an idea, or a broken bone.
  {
    text: 'The therapist tried traction to ease the pain in her neck.',
    word: 'traction',
    entry: 'traction',
  },
  {
    text: 'Worn tires lose traction on wet roads and make driving unsafe.',
    word: 'traction',
    entry: null,
  },
  {
    text: 'The idea of a four-day week is gaining traction with voters.',
    word: 'traction',
    entry: null,
  },
  {
    text: 'Before surgery, his broken femur was held in traction to ease the pain.',
    word: 'traction',
    entry: null,
  },

  // Balance work: balance exercises, or balancing a job and home life.
  {
    text: 'Balance work, such as standing on one foot, can help prevent falls.',
    word: 'Balance work',
    entry: 'balance-exercises',
  },
  {
    text: 'It is hard to balance work and caregiving when you live with pain.',
    word: 'balance work',
    entry: null,
  },

  // Cardio: aerobic exercise, or cardiology.
  {
    text: 'Try 20 minutes of cardio, like brisk walking, most days.',
    word: 'cardio',
    entry: 'aerobic-exercise',
  },
  {
    text: 'He was sent up to cardio for a consult about his heart rhythm.',
    word: 'cardio',
    entry: null,
  },

  // Elliptical: the machine, or oval-shaped.
  {
    text: 'The elliptical is easy on the knees, so it suits people with arthritis.',
    word: 'elliptical',
    entry: 'elliptical',
  },
  {
    text: 'The planet moves in an elliptical orbit around its star.',
    word: 'elliptical',
    entry: null,
  },
  {
    text: 'Some anemias show red blood cells with an elliptical shape.',
    word: 'elliptical',
    entry: null,
  },

  // Hydrotherapy: exercise in a warm pool, or spa treatments, wound care, labor.
  {
    text: 'Hydrotherapy in a warm pool eased her arthritis pain.',
    word: 'Hydrotherapy',
    entry: 'aquatic-exercise',
  },
  {
    text: 'The spa sells hydrotherapy with jets and a sauna.',
    word: 'hydrotherapy',
    entry: null,
  },
  {
    text: 'Hydrotherapy was used to clean the burn wounds each day.',
    word: 'Hydrotherapy',
    entry: null,
  },
  {
    text: 'Some women choose hydrotherapy in a birthing pool during labor.',
    word: 'hydrotherapy',
    entry: null,
  },

  // Stretching: the exercise, or bending the truth, or a torn ligament.
  {
    text: 'Gentle stretching each morning helps her stiff hips.',
    word: 'stretching',
    entry: 'stretching',
  },
  {
    text: 'The ad was stretching the truth about what the pill could do.',
    word: 'stretching',
    entry: null,
  },
  {
    text: 'A sprain is the stretching or tearing of a ligament.',
    word: 'stretching',
    entry: null,
  },

  // Stretch: the exercise, or a length of road, or a torn muscle.
  {
    text: 'Hold each stretch for a few seconds without bouncing.',
    word: 'stretch',
    entry: 'stretching',
  },
  {
    text: 'That stretch of road is closed for repairs until spring.',
    word: 'stretch',
    entry: null,
  },
  {
    text: 'A strain is a stretch or tear in a muscle or tendon.',
    word: 'stretch',
    entry: null,
  },

  // Strengthening: strength exercise, or making something stronger in general.
  {
    text: 'Strengthening for the hips and thighs can ease knee pain.',
    word: 'Strengthening',
    entry: 'strengthening-exercise',
  },
  {
    text: 'Strengthening the economy was the theme of the speech.',
    word: 'Strengthening',
    entry: null,
  },
  {
    text: 'Strengthening family ties can help people who live with pain.',
    word: 'Strengthening',
    entry: null,
  },

  // Posture: how you hold your body, or a stance in security or politics.
  {
    text: 'Slouching at a desk all day can strain your neck, so check your posture.',
    word: 'posture',
    entry: 'posture-ergonomics',
  },
  {
    text: 'The firm improved its security posture after the attack.',
    word: 'posture',
    entry: null,
  },
  {
    text: 'The army kept a defensive posture along the border.',
    word: 'posture',
    entry: null,
  },

  // Warm-up: before exercise, or an opening act, or warming food or a room.
  {
    text: 'A five-minute warm-up gets your muscles ready for exercise.',
    word: 'warm-up',
    entry: 'warm-up',
  },
  {
    text: 'The comedian was the warm-up act for the band.',
    word: 'warm-up',
    entry: null,
  },
  {
    text: 'Start each workout with a short warmup, like a brisk walk.',
    word: 'warmup',
    entry: 'warm-up',
  },
  {
    text: 'He wore his old warmup jacket to the game.',
    word: 'warmup',
    entry: null,
  },
  {
    text: 'Warm up with a few minutes of walking before you stretch.',
    word: 'Warm up',
    entry: 'warm-up',
  },
  {
    text: 'Warm up the soup in the microwave for two minutes.',
    word: 'Warm up',
    entry: null,
  },
  {
    text: 'With hypothermia, warm up the person slowly with blankets.',
    word: 'warm up',
    entry: null,
  },
];
