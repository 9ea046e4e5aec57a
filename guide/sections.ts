// The guide view's text: the source article retold in our own words, one section per SectionId.
// Source: "The 2022 Guide to Physical Therapy for Chronic Pain", written by Clearing's team with
// Dr. Jacob Hascalovici. Facts follow the project's vetted facts sheet; no doses anywhere.
import type { GuideSection } from './types';

export const GUIDE_SECTIONS: GuideSection[] = [
  {
    id: 'what-is-pt',
    title: 'What physical therapy is',
    blocks: [
      {
        kind: 'p',
        text: 'Physical therapy, often called PT, helps people move better and manage pain. It uses exercise, movement and hands-on care. Many people look into it when they want pain relief without medicine. The source article cites a survey in which 41 percent of patients named PT as their top choice among such options.',
      },
      {
        kind: 'p',
        text: 'A physical therapist (also called a PT) checks how you move and works out what the problem is. Then they set goals with you, plan your treatment and teach you exercises to do at home. PT is used for many problems, from getting back on your feet after surgery to living with arthritis. The aim is to bring back what your body can do and to ease pain, or even end it.',
      },
      {
        kind: 'p',
        text: 'PT has a long history. In the early 1800s, people in Sweden used massage and special exercises to help the injured heal. They called it “physiotherapie,” which the source translates as “gymnastics for the ill.”',
      },
      {
        kind: 'list',
        items: [
          'Early 1900s: during polio outbreaks, physical therapists built tools to treat muscles the disease had weakened. These tools helped many patients avoid lasting paralysis.',
          'After World War II: the same tools helped soldiers who were hurt in the fighting.',
          'By the 1950s: physical therapists were seen as medical professionals, not as technicians.',
        ],
      },
      {
        kind: 'p',
        text: 'Today PT is a respected, science-based field. Training takes many hours of hands-on clinical work and a set of exams. In the US, new physical therapists need a Doctor of Physical Therapy (DPT) degree, and every state requires a license (US Bureau of Labor Statistics). Some go on to become specialists or earn a PhD.',
      },
      {
        kind: 'p',
        text: 'You can find physical therapists all over the world, in places like these:',
      },
      {
        kind: 'list',
        items: [
          'Hospitals',
          'Private clinics',
          'Pain clinics',
          'Sports centers',
          'Care homes and other places that look after older adults',
        ],
      },
    ],
  },
  {
    id: 'in-a-session',
    title: 'What happens in a session',
    blocks: [
      {
        kind: 'p',
        text: 'Many people think PT is something done to you while you lie still. Dr. Jacob Hascalovici says this is a common mistake. He is a neurologist and pain doctor in New York (Montefiore Medical Center), and he leads the medical side of Clearing as its Chief Medical Officer. In his view, a few parts may feel passive, but most of PT is active and takes real effort from you.',
      },
      {
        kind: 'p',
        text: 'What you do depends on your health history and why you came. The source article lists these common treatments:',
      },
      {
        kind: 'list',
        items: [
          'Balance exercises, for example on a balance beam',
          'Low-impact cardio, like a rowing machine or a recumbent bike',
          'Massage, including deep tissue massage',
          'Heat therapy or cold therapy',
          'Guided movement and mobility exercises',
          'Stretching and strengthening exercise',
          'Electrical stimulation, such as TENS',
          'Low-level laser therapy',
          'Therapeutic ultrasound',
        ],
      },
      {
        kind: 'p',
        text: 'Not all of these have the same proof behind them. For TENS, the evidence is still uncertain, because most trials are small or weak (Vance et al., Medicina 2022). Low-level laser therapy has only low-quality evidence for chronic low back pain (American College of Physicians, 2017). For therapeutic ultrasound, recent back pain guidelines do not recommend it (NICE NG59; Cochrane review, 2020). Exercise is the part with the strongest support.',
      },
      {
        kind: 'p',
        text: 'At your first visit, expect questions about your health insurance. Your answers help the clinic work out what PT will cost you. If the bill or your out-of-pocket costs are unclear, ask. Wanting to know the price of care is normal.',
      },
      {
        kind: 'p',
        text: 'You will also be asked about your medical history. Your answers shape your treatment plan. They also help your therapist keep each visit safe for you.',
      },
      {
        kind: 'p',
        text: 'Once the forms and first talk are done, your therapist will start to try treatments and exercises, gently, to see how your body reacts. The plan often changes as you go, so one visit may look quite different from the next.',
      },
      {
        kind: 'p',
        text: 'Your therapist may also chat about things that have nothing to do with your pain. Many PTs like to build a good working bond, or rapport, with the people they treat. If small talk is not for you, it is fine to say you would rather just focus on the treatment.',
      },
    ],
  },
  {
    id: 'chronic-pain',
    title: 'What PT can do for chronic pain',
    blocks: [
      {
        kind: 'p',
        text: 'In clinics outside the hospital, most people come to PT with musculoskeletal problems. These affect the muscles, ligaments, tendons, bones or joints.',
      },
      {
        kind: 'p',
        text: 'Pain from these problems can be acute pain: it starts suddenly, often after an injury or an operation, and it eases as you heal. Or it can be chronic pain: pain that lasts, or keeps coming back, for more than three months (CDC; International Association for the Study of Pain). Chronic pain can go on for years.',
      },
      {
        kind: 'p',
        text: 'The cause of chronic pain is sometimes unclear, which can make treatment harder to plan. The pain may also be widespread, affecting many parts of the body at once. And it does not always mean there is still damage in the body, since pain can outlast normal healing (Treede et al., Pain 2015). Osteoarthritis, rheumatoid arthritis and fibromyalgia are a few of the conditions that can cause chronic pain.',
      },
      {
        kind: 'p',
        text: 'Even when pain is chronic, PT can still help you manage it. Dr. Hascalovici says he urges nearly all of his patients with chronic pain to try some kind of PT, at whatever level they can handle. He explains that for chronic pain, PT tries to ease pain by helping you move more and better, and by making the affected areas stronger and more flexible.',
      },
      {
        kind: 'p',
        text: 'The source article points to research suggesting PT should be a main treatment for several chronic pain conditions:',
      },
      {
        kind: 'list',
        items: [
          'Fibromyalgia: a 2017 review of clinical trials found stretching, aerobic exercise and muscle strengthening to be among the best ways to ease symptoms.',
          'Rheumatoid arthritis: a 2016 review of clinical trials found that PT helped people with this condition manage their pain.',
          'Chronic low back pain: in one randomized controlled trial, PT lowered pain, and the benefit lasted a full year after treatment ended.',
        ],
      },
      {
        kind: 'p',
        text: 'Other expert groups agree that exercise matters. For fibromyalgia, exercise is the only treatment that European guidelines rate “strong for,” though most treatments help only modestly (EULAR, Macfarlane et al. 2017). For chronic low back pain, US doctors’ guidelines say to start with non-drug care such as exercise (American College of Physicians, 2017).',
      },
      {
        kind: 'p',
        text: 'Dr. Hascalovici also notes that hard-working but low-impact aerobic exercise, like swimming or an elliptical machine, can work well for widespread pain. He names fibromyalgia and some kinds of arthritis as examples.',
      },
    ],
  },
  {
    id: 'why-it-hurts',
    title: 'Why PT can hurt, and how to handle soreness',
    blocks: [
      {
        kind: 'p',
        text: 'PT works, but it is not always comfortable, mostly in the first weeks. A session should not cause intense pain. Still, some soreness is normal.',
      },
      {
        kind: 'p',
        text: 'Dr. Hascalovici says PT can hurt, most of all at the start and if you have not been active for a while. Your therapist may move your body in ways it has not moved in some time. During massage or other hands-on work, they may also press on sore spots.',
      },
      {
        kind: 'p',
        text: 'He shares a few ways to make PT easier, even for beginners:',
      },
      {
        kind: 'list',
        items: [
          'Tell your therapist how active you usually are. Then they can build a program that starts at your level.',
          'If an exercise causes severe pain, say so early. A good therapist can swap in a different move that still works your body without hurting you badly.',
          'Try to take part as fully as you can. But you know your own pain best, so stop anything that feels unsafe.',
        ],
      },
      {
        kind: 'p',
        text: 'It is also common to feel sore a day or two after a session. This is called delayed onset muscle soreness (DOMS). It comes after activity your muscles are not used to. DOMS usually starts about 12 to 24 hours later and is worst at about 24 to 72 hours (American College of Sports Medicine). It often fades within about 5 to 7 days. It seems to come from tiny injuries in the muscle fibers and the repair that follows, but the exact cause is still being studied (Cheung et al., Sports Medicine 2003).',
      },
      {
        kind: 'p',
        text: 'Your therapist can suggest ways to manage soreness after PT. The source article lists several. Here they are, with two errors fixed:',
      },
      {
        kind: 'list',
        items: [
          'An NSAID (nonsteroidal anti-inflammatory drug), such as ibuprofen or naproxen, eases pain and brings down inflammation. NSAIDs have real risks, such as stomach bleeding, heart problems and kidney problems. Follow the label or your clinician, and ask before using them often.',
          'Correction: The source article says acetaminophen is an over-the-counter NSAID that brings down inflammation. This is more accurate: acetaminophen (also called paracetamol) is not an NSAID (US FDA). It eases pain and fever but does not reduce swelling or inflammation (Arthritis-health). Too much of it can harm the liver, so follow the label.',
          'Cold therapy: ice can numb pain after a session. It is mainly meant for fresh injuries. Put a thin cloth between the ice pack and your skin, keep it on for no more than about 20 minutes, and do not fall asleep with it on.',
          'Heat therapy: a heating pad can relax tight muscles and ease stiffness in an ongoing ache. Use the same safety rules as for ice, and do not use heat on a new, swollen injury.',
          'Correction: The source article says a foam roller flushes lactic acid out of sore, inflamed muscles. This is more accurate: lactic acid does not cause DOMS. Your body clears it within about an hour after exercise (Rushall, San Diego State University). Foam rolling after exercise may still ease soreness a little, in other ways (Wiewelhove et al., Frontiers in Physiology 2019).',
        ],
      },
      {
        kind: 'p',
        text: 'Stretching is good for your joints, but it barely changes next-day soreness (Herbert et al., Cochrane review 2011).',
      },
      {
        kind: 'p',
        text: 'If you are in a lot of pain, your body may not be ready for a full PT program yet. Keep your primary care provider in the loop so your whole care team agrees on what you can handle. Dr. Hascalovici adds that right after an acute injury, PT may not be the right first step, so talk with your doctor first.',
      },
      {
        kind: 'p',
        text: 'Get emergency care if back pain comes with loss of bladder or bowel control, or numbness around the groin or buttocks (NHS).',
      },
    ],
  },
  {
    id: 'at-home',
    title: 'PT at home, by video and at work',
    blocks: [
      {
        kind: 'p',
        text: 'PT can do a lot for pain, but nobody wants clinic visits forever. The good news: PT is usually short-term, and with the right tools you can carry some of it on at home. With telehealth, you can also stay in touch with your therapist and tell them how you are doing.',
      },
      {
        kind: 'p',
        text: 'Dr. Hascalovici points out that you can do many stretches and strengthening exercises on your own at home. He believes every good PT program should include a clear, structured home exercise program. He also reminds patients that guided PT is not meant to go on with no end date.',
      },
      {
        kind: 'p',
        text: 'A home exercise program is the set of exercises your therapist gives you to do between visits. Teaching you and your family how to keep up care at home is a standard part of a PT’s job (O*NET). People who do their home exercises tend to reach their goals more often, but many people find it hard to keep up with them.',
      },
      {
        kind: 'p',
        text: 'Telehealth visits can work well. In a review of 13 studies, live video rehab for muscle and joint problems improved how well people could move and do daily tasks. It did about as well as in-person care (Cottrell et al., Clinical Rehabilitation 2017). A larger overview found results were mixed and called for better studies (Seron et al., Physical Therapy 2021).',
      },
      {
        kind: 'p',
        text: 'You can often keep working during PT, as long as your healthcare provider and your physical therapist agree. If your PT is for an injury caused by your job, like carpal tunnel syndrome, returning to work while treatment goes on may be possible. Talk it over with your primary care doctor first.',
      },
    ],
  },
  {
    id: 'how-long',
    title: 'How long PT lasts',
    blocks: [
      {
        kind: 'p',
        text: 'How long you need PT, and how long the benefits last, depend on many things. It is hard to predict. Success also depends on your own goals.',
      },
      {
        kind: 'p',
        text: 'Take fibromyalgia. Being fully pain-free may not be a realistic goal, and most treatments help only modestly (EULAR, 2017). Still, the source article says PT can bring pain down enough that you lean less on pain medicine. It adds that staying with PT may help other parts of fibromyalgia too, such as mood and mental health.',
      },
      {
        kind: 'p',
        text: 'Dr. Hascalovici says that writing a prescription for PT is the easy part. The hard part, in his experience, is helping people stick with therapy and their home exercises over the long term.',
      },
      {
        kind: 'p',
        text: 'Pacing can help you keep going. Pacing means adjusting how much you do, and how fast, so you can reach your goals. You might slow down, split a task into smaller parts or plan rests before symptoms flare (Murphy and Kratz, Pain 2014).',
      },
      {
        kind: 'p',
        text: 'In short, many things shape how well PT works for you. But you are in charge of many of them.',
      },
    ],
  },
  {
    id: 'bottom-line',
    title: 'The bottom line',
    blocks: [
      {
        kind: 'p',
        text: 'Research on non-drug care for chronic pain keeps growing. Among the non-drug options, the source article notes, PT is one of the most studied. The CDC also prefers non-drug and non-opioid care for chronic pain (CDC 2022 guideline).',
      },
      {
        kind: 'p',
        text: 'Many health insurance plans pay for a set number of PT visits each year, more often when you have a referral. Check your own plan.',
      },
      {
        kind: 'p',
        text: 'Curious whether PT could help you? Ask your primary care doctor, a neurologist or a pain specialist what might suit you.',
      },
      {
        kind: 'p',
        text: 'The source article ends by describing services that Clearing sells, such as custom home exercise programs, nutraceuticals, CBD cream, compounded pain creams, health coaching and visits with pain specialists. PT Lens does not recommend any product. In the US, supplements do not need FDA approval before they are sold (Operation Supplement Safety). Pain experts say the evidence is not yet good enough to back routine use of cannabinoids such as CBD for pain (International Association for the Study of Pain, 2021).',
      },
      {
        kind: 'p',
        text: 'This guide is for information only. It is not medical advice. Ask your own clinician about your health and your care.',
      },
    ],
  },
];
