import type { VignetteReaderProps } from './VignetteReader.tsx';
import type { VignetteStage } from './vignette-text.ts';

/**
 * Example cases for the VignetteReader. ORIGINAL and FICTIONAL: composite, non-identifying, no real person,
 * school, street or service. Plain English, factual and never graphic, written from the point of view of the
 * practitioner who meets the family, 150–400 words per stage (checked by vignette-text.test.ts). Sentence ids
 * are stable so the EvidencePicker and the scenario keys can refer to them.
 */

/** Ioana, 14, a young carer, met by a school nurse. A step-down case: support reduces the need. */
export const ioanaStages: readonly VignetteStage[] = [
  {
    id: 'drop-in',
    title: 'the drop-in',
    sentences: [
      {
        id: 'ioana-headaches',
        text: 'Ioana, 14, comes to your Tuesday lunchtime drop-in asking for something for headaches.',
      },
      {
        id: 'ioana-tired',
        text: 'She looks tired and says she has had a headache “most days” for about a month.',
      },
      {
        id: 'ioana-attendance',
        text: 'Her head of year has told you that her attendance this term is 88%, that she is often late on Mondays, and that two teachers have noticed her falling asleep in lessons.',
      },
      {
        id: 'ioana-mum-ms',
        text: 'When you ask how things are at home, Ioana tells you that her mum, Claire, has multiple sclerosis and that it has got worse since the spring.',
        startsParagraph: true,
      },
      {
        id: 'ioana-caring-tasks',
        text: 'Ioana gets her brother Luca, 8, ready for school, does most of the shopping and cooking, and helps her mum up the stairs and with her tablets at night.',
      },
      { id: 'ioana-dad', text: 'Her dad lives in another town and has the children every other weekend.' },
      {
        id: 'ioana-proud',
        text: 'Ioana says she is proud of looking after her family and that her mum is “the best mum”.',
      },
      {
        id: 'ioana-drama',
        text: 'She used to love drama club but stopped going in September because there was no one to collect Luca.',
        startsParagraph: true,
      },
      {
        id: 'ioana-presentation',
        text: 'She is clean and in full uniform, and she ate her lunch with friends before coming to see you.',
      },
      {
        id: 'ioana-worry',
        text: 'Before she leaves she asks you not to tell anyone, because she is worried that “they will split us up”.',
      },
      {
        id: 'ioana-no-help',
        text: 'As far as she knows, no one outside the family helps at home, and her mum has never had an assessment of her care needs.',
      },
    ],
  },
  {
    id: 'home-visit',
    title: 'the home visit',
    sentences: [
      {
        id: 'ioana-consent-visit',
        text: 'You explain to Ioana why you would like to talk with her mum, and she agrees. Claire invites you and the school’s family support worker to the house the following week.',
      },
      {
        id: 'claire-downstairs',
        text: 'Claire uses a wheelchair downstairs and has been sleeping on the sofa because the stairs have become too hard for her.',
        startsParagraph: true,
      },
      {
        id: 'claire-warmth',
        text: 'She is warm with both children, asks about their day and thanks Ioana several times while you are there.',
      },
      {
        id: 'claire-realise',
        text: 'She becomes upset when you describe how tired Ioana is and says she had not realised how much Ioana was doing.',
      },
      {
        id: 'claire-money',
        text: 'Claire stopped work as a teaching assistant in the spring. Money is tight and she says they only put the heating on in the evenings.',
        startsParagraph: true,
      },
      {
        id: 'home-tidy',
        text: 'The house is tidy, there is food in the kitchen and Luca’s bedroom is warm and cared for.',
      },
      {
        id: 'claire-ot',
        text: 'Claire has been on a waiting list for an occupational therapy visit since June and has not asked for any other help because she “did not want a fuss”.',
      },
      {
        id: 'claire-agrees',
        text: 'Claire agrees to an Early Help Assessment and asks you to contact adult social care about an assessment of her care needs.',
        startsParagraph: true,
      },
      {
        id: 'ioana-relief',
        text: 'Ioana, who sat in for the end of the visit, says she feels “less on her own” now that someone knows.',
      },
      {
        id: 'luca-well',
        text: 'Luca’s school reports that he is doing well and has not missed a day this year.',
      },
    ],
  },
  {
    id: 'review',
    title: 'the review, eight weeks later',
    sentences: [
      {
        id: 'review-meeting',
        text: 'You attend the Team Around the Family review at school with Claire, Ioana, the family support worker and a worker from the local young carers service.',
      },
      {
        id: 'review-care-package',
        text: 'Adult social care has assessed Claire: a care worker now comes every morning and evening, and a stairlift has been fitted.',
        startsParagraph: true,
      },
      {
        id: 'review-benefits',
        text: 'The family support worker helped Claire to claim the benefits she is entitled to, and the heating is now on during the day.',
      },
      {
        id: 'review-attendance',
        text: 'Ioana’s attendance over the last six weeks is 97%, she has not been late, and no teacher has seen her asleep in class.',
      },
      {
        id: 'review-drama',
        text: 'She has gone back to drama club on Thursdays, when a neighbour collects Luca from school.',
      },
      {
        id: 'review-young-carers',
        text: 'The young carers service meets Ioana every fortnight, and she says she likes meeting other young people “who get it”.',
        startsParagraph: true,
      },
      {
        id: 'review-still-helps',
        text: 'Ioana still helps at home and still worries when her mum has a bad day, but she says it feels like “normal helping” now.',
      },
      {
        id: 'review-claire-plan',
        text: 'Claire says she knows whom to call if her health changes, and she would like the family support worker to close the plan.',
      },
      {
        id: 'review-headaches',
        text: 'Ioana’s headaches have stopped. She knows she can come back to your drop-in at any time.',
      },
    ],
  },
];

/** Ellis, 4, met by a housing officer. Domestic abuse: shown behind a content note. A step-up case. */
export const ellisStages: readonly VignetteStage[] = [
  {
    id: 'repairs-visit',
    title: 'the repairs visit',
    sentences: [
      {
        id: 'ellis-visit-reason',
        text: 'You are visiting a ground-floor flat to inspect damp that the tenant, Shona, reported last month.',
      },
      {
        id: 'ellis-door-frame',
        text: 'The frame of the front door is split around the lock, and the living-room door has a hole in it at about adult shoulder height.',
      },
      { id: 'shona-not-reported', text: 'Neither has been reported as a repair.' },
      {
        id: 'shona-arm',
        text: 'Shona has a large bruise on her forearm. When she sees you notice it, she says she fell against the kitchen worktop.',
        startsParagraph: true,
      },
      {
        id: 'dean-arrives',
        text: 'Her partner, Dean, comes home ten minutes into the visit. He answers the questions you ask Shona and tells you that the doors are “his business”.',
      },
      { id: 'shona-quiet', text: 'Shona stops talking while he is in the room.' },
      {
        id: 'ellis-presentation',
        text: 'Their son Ellis, 4, is playing with cars on the floor. He is clean, dressed for the weather and has a nursery bag by the door.',
        startsParagraph: true,
      },
      {
        id: 'ellis-watches',
        text: 'He goes quiet when Dean comes in, watches him, and moves to sit behind his mum’s legs.',
      },
      {
        id: 'ellis-nursery',
        text: 'Shona tells you Ellis goes to nursery every morning and “loves it”.',
      },
      {
        id: 'shona-request',
        text: 'As you leave, Dean goes back inside. Shona follows you to the door and says quietly, “Please don’t put anything about the doors in writing.”',
        startsParagraph: true,
      },
      {
        id: 'ellis-damp',
        text: 'The damp in Ellis’s bedroom is mild and can be treated; you book the repair.',
      },
      {
        id: 'shona-no-other-services',
        text: 'Your records show no other contact with the family, and you do not know whether any other service is involved.',
      },
    ],
  },
  {
    id: 'phone-call',
    title: 'the phone call',
    sentences: [
      {
        id: 'call-context',
        text: 'Two weeks later, Shona phones the housing office from a friend’s phone and asks to speak to you.',
      },
      {
        id: 'call-incident',
        text: 'She tells you that last night Dean pushed her against the wall and held her by the throat during an argument, and that it is not the first time.',
        startsParagraph: true,
      },
      {
        id: 'call-ellis-present',
        text: 'Ellis was in the room. She says he hid under the table and has been asking if “Daddy is still cross”.',
      },
      {
        id: 'call-where',
        text: 'Shona and Ellis spent the night at her sister’s house across town, and they are there now.',
      },
      {
        id: 'call-keys',
        text: 'Dean has keys to the flat and has sent her messages saying he will “come and get” them if they do not come home tonight.',
        startsParagraph: true,
      },
      {
        id: 'call-afraid',
        text: 'Shona says she is frightened of what he will do, and that she does not want to go back.',
      },
      {
        id: 'call-police',
        text: 'She has not called the police. She asks whether the council can change the locks or move her, and whether you will have to tell anyone.',
      },
      {
        id: 'call-injury',
        text: 'She says her neck is sore and that she has not seen a doctor.',
        startsParagraph: true,
      },
      {
        id: 'call-protective',
        text: 'She says she left because she wants Ellis to be safe, and her sister is happy for them to stay for now.',
      },
      {
        id: 'call-nursery',
        text: 'Ellis did not go to nursery this morning.',
      },
    ],
  },
];

export const ELLIS_CONTENT_NOTE =
  'This case describes domestic abuse, including an assault on a parent that a young child saw. Nothing is described in graphic detail.';

export interface VignetteReaderExample {
  name: string;
  description: string;
  props: VignetteReaderProps;
}

export const vignetteReaderExamples: readonly VignetteReaderExample[] = [
  {
    name: 'first-stage',
    description: 'A case with no content note, at its first stage',
    props: {
      id: 'vr-ioana-1',
      title: 'Ioana, 14',
      role: 'school nurse',
      setting: 'your lunchtime drop-in at a secondary school',
      childAge: '14 years',
      stages: ioanaStages,
      stageIndex: 0,
    },
  },
  {
    name: 'later-stage-highlighted',
    description: 'Stage 2 of 3, the earlier stage collapsed, two sentences highlighted',
    props: {
      id: 'vr-ioana-2',
      title: 'Ioana, 14',
      role: 'school nurse',
      setting: 'a home visit with the school’s family support worker',
      childAge: '14 years',
      stages: ioanaStages,
      stageIndex: 1,
      highlightedSentenceIds: ['claire-downstairs', 'ioana-caring-tasks'],
      highlightLabel: 'facts you chose as evidence',
    },
  },
  {
    name: 'content-note',
    description: 'A content note before the narrative; nothing distressing is shown yet',
    props: {
      id: 'vr-ellis-note',
      title: 'Ellis, 4',
      role: 'housing officer',
      setting: 'a repairs visit to a family’s flat',
      childAge: '4 years',
      stages: ellisStages,
      stageIndex: 0,
      contentNote: ELLIS_CONTENT_NOTE,
    },
  },
  {
    name: 'content-note-acknowledged',
    description: 'The note acknowledged: stage 2 shown',
    props: {
      id: 'vr-ellis-2',
      title: 'Ellis, 4',
      role: 'housing officer',
      setting: 'a phone call to the housing office',
      childAge: '4 years',
      stages: ellisStages,
      stageIndex: 1,
      contentNote: ELLIS_CONTENT_NOTE,
      defaultValue: true,
    },
  },
];
