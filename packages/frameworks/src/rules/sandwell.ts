/**
 * Sandwell (seed 001): SCSP Multi-agency Thresholds Document (review date April 2021).
 * Line numbers are physical lines of the seed file; see shared/docs/source-notes.md §2.
 */
import { refsIn } from './ref.ts';
import type { AreaRules } from './schema.ts';

const FILE = '001_0f72561f637e3af1.txt';
const { at, cite, item, items } = refsIn(FILE);

/** Level descriptor row of the first matrix table (repeated with small drifts at L273 and L289). */
const DESCRIPTORS = 255;
/** The "Response" row after the child table. */
const RESPONSE = 310;

const cog = (line: number, team: string, number: string) => ({
  number,
  purpose: 'early-help' as const,
  service: `Targeted Early Help Team (COG) – ${team}`,
  hours: 'office hours',
  ref: at(line, number),
});

export const sandwellRules: AreaRules = {
  area: 'sandwell',
  file: FILE,
  identity: {
    partnershipName: "Sandwell Children's Safeguarding Partnership",
    acronym: 'SCSP',
    title:
      'Multi-agency Thresholds Document – Strengthening multi agency and community efforts to safeguard children and young people',
    statedDate: at(10, 'REVIEW DATE: APRIL 2021'),
    inferredDate: {
      text: 'c. 2019–20 (review date April 2021; cites Working Together 2018 and advice updated July 2018)',
      evidence: [at(10, 'REVIEW DATE: APRIL 2021'), at(174, 'Updated 4 July 2018')],
    },
    refs: [
      at(3, 'Multi-agency Thresholds Document'),
      at(30, 'Sandwell Children Safeguarding Partnership (SCSP)'),
      at(82, "It is the expectation of the Sandwell Children's Safeguarding Partnership"),
    ],
  },
  levels: [
    {
      ordinal: 1,
      localName: 'Universal',
      nameRef: at(254, 'Universal'),
      aliases: [cite(192, 'level 1'), cite(197, 'Levels 1')],
      definitions: [
        at(
          DESCRIPTORS,
          'Children with no additional needs and where there are no concerns. Typically, these children are likely to live in a resilient and protective environment where their needs are met.',
        ),
        at(197, 'Levels 1 is expected levels of support services to families.'),
      ],
      serviceResponses: [
        {
          kind: 'universal_direct_access',
          note: 'An Early Help Assessment is not needed.',
          refs: [
            at(192, 'Continue provision through universal services (level 1).'),
            at(RESPONSE, 'An Early Help Assessment is not needed for these children.'),
          ],
        },
        {
          kind: 'single_agency_support',
          refs: [
            at(
              RESPONSE,
              'If needs are identified and can be met by the agency, any support/intervention offered must be recorded and maintained within the agency',
            ),
          ],
        },
      ],
      canonicalBand: 'universal',
    },
    {
      ordinal: 2,
      localName: 'Universal Plus',
      nameRef: at(254, 'Universal Plus'),
      aliases: [cite(193, 'level 2'), cite(199, 'Level 2')],
      definitions: [
        at(
          DESCRIPTORS,
          'These children can be defined as needing some additional support without which they would be at risk of not meeting their full potential.',
        ),
        at(199, 'Level 2 indicates an increase in need and support provision.'),
        // The descriptor row is printed three times with small drifts (source-notes §2.3).
        at(
          DESCRIPTORS,
          'a lead professional may be identified to coordinate a support plan around the child',
        ),
        at(273, 'a lead professional may be identified to coordinate a plan around the child'),
        at(289, 'a lead professional may be identified to coordinate a plan around the child'),
      ],
      serviceResponses: [
        {
          kind: 'single_agency_support',
          refs: [at(193, 'Record and monitor using agency internal recording system/processes (level 2).')],
        },
        {
          kind: 'eha',
          refs: [
            at(199, 'It is at this point where all practitioners need to start an Early Help Assessment.'),
            at(194, 'Complete an Early Help Assessment (level 2 & 3)'),
          ],
        },
        {
          kind: 'lead_professional',
          note: 'The practitioner who identified the concern until the first TAF meeting agrees who is best placed.',
          refs: [
            at(
              199,
              'The responsibilities of the Lead Professional should be undertaken by the practitioner who has identified the originating concerns for the child and family',
            ),
          ],
        },
        {
          kind: 'taf',
          refs: [at(199, 'until the point where a team around the family (TAF) meeting is convened')],
        },
        {
          kind: 'targeted_early_help',
          note: 'For advice on completing an EHA or convening a TAF meeting.',
          refs: [
            at(
              RESPONSE,
              'If you require support to complete an Early Help assessment or convene a TAF meeting you should contact your local Targeted Early Help team (COG) for advice',
            ),
          ],
        },
      ],
      canonicalBand: 'early-help',
    },
    {
      ordinal: 3,
      localName: 'Targeted Additional Needs',
      nameRef: at(254, 'Targeted Additional Needs'),
      aliases: [cite(158, 'targeted additional needs')],
      definitions: [
        at(
          DESCRIPTORS,
          'This Level applies to those children identified as requiring specialist support. It is likely that for these children their needs and care are compromised.',
        ),
        at(
          203,
          "Levels 3 and 4 identify the point at which Sandwell Childrens Trust Children's Social Care will become involved with children and families.",
        ),
        at(
          DESCRIPTORS,
          "These children may be eligible for services from the local Targeted Early Help Team (COG) / Children's Social Care",
        ),
        at(
          273,
          "These children may be eligible for services from the local Targeted Early Help Team (COG)/ Children's Social Care",
        ),
        at(
          289,
          "These children may be eligible for services from the local Targeted Early Help Team (COG) / Children's Social Care",
        ),
      ],
      serviceResponses: [
        {
          kind: 'eha',
          refs: [
            at(
              RESPONSE,
              'An Early Help Assessment should have been completed with consent, and in collaboration, with the family/child/young person on the Early Help System to request a TAF Meeting.',
            ),
          ],
        },
        {
          kind: 'taf',
          refs: [
            at(
              RESPONSE,
              'If additional services are required, then these will be coordinated through the Team Around the Family meeting and chaired by the Lead Professional.',
            ),
          ],
        },
        {
          kind: 'targeted_early_help',
          refs: [
            at(
              DESCRIPTORS,
              "These children may be eligible for services from the local Targeted Early Help Team (COG) / Children's Social Care",
            ),
          ],
        },
        {
          kind: 'front_door_referral',
          refs: [
            at(
              203,
              'In these circumstances a referral must always be made to the MASH where a decision will be made as to whether a single assessment should be undertaken.',
            ),
          ],
        },
        {
          kind: 's17_assessment',
          note: "A single assessment by children's social care (the Response row); §4.1 maps level 3 to an Early Help Assessment instead.",
          refs: [at(RESPONSE, 'A single assessment will be completed and a child in need plan developed')],
        },
        {
          kind: 'cin_plan',
          refs: [at(RESPONSE, 'A single assessment will be completed and a child in need plan developed')],
        },
      ],
      canonicalBand: 'targeted',
    },
    {
      ordinal: 4,
      localName: 'Complex/ Significant Needs',
      nameRef: at(254, 'Complex/ Significant Needs'),
      aliases: [
        cite(DESCRIPTORS, 'Complex/Significant Needs'),
        cite(158, 'complex significant needs'),
        cite(195, 'level 4'),
      ],
      definitions: [
        at(
          DESCRIPTORS,
          'These are children whose needs and care at the present time are likely to be significantly compromised thereby requiring assessment under Section 47 (may be suffering or likely to suffer significant harm) or Section 17 (Child in Need) of the Children Act 1989.',
        ),
        at(
          158,
          'If, however, the level of need is judged to be greater than targeted additional needs, and is complex significant needs, then you should follow the SCSP multiagency child protection procedures immediately.',
        ),
      ],
      serviceResponses: [
        {
          kind: 'front_door_referral',
          refs: [
            at(195, "Refer to children's social care by completing a MARF (level 4)."),
            at(RESPONSE, 'A MARF must be completed and submitted within one hour.'),
          ],
        },
        {
          kind: 's47_enquiry',
          refs: [
            at(
              DESCRIPTORS,
              'requiring assessment under Section 47 (may be suffering or likely to suffer significant harm)',
            ),
          ],
        },
        {
          kind: 's17_assessment',
          refs: [at(DESCRIPTORS, 'or Section 17 (Child in Need) of the Children Act 1989')],
        },
        {
          kind: 'strategy_discussion',
          note: 'One of the outcomes the MASH screening can decide.',
          refs: [
            at(
              RESPONSE,
              'strategy discussion; section 47 investigation; single assessment; step down to targeted services, single agency support or no further action',
            ),
          ],
        },
        {
          kind: 'cp_plan',
          refs: [at(DESCRIPTORS, 'These children may become subject to a child protection plan')],
        },
        {
          kind: 'accommodation',
          refs: [
            at(
              DESCRIPTORS,
              "need to be accommodated (taken into care) by Children's Social Care either on a voluntary basis or by way of Court Order",
            ),
          ],
        },
        {
          kind: 'call_999',
          refs: [at(RESPONSE, 'the referrer should call 999 for the Police or an Ambulance')],
        },
      ],
      canonicalBand: 'statutory',
    },
  ],
  consent: {
    rules: [
      {
        id: 'consent-all-levels',
        condition: {
          significantHarm: 'any',
          levels: [1, 2, 3, 4],
          activity: 'sharing information and referring at any level of need',
        },
        requirement: 'seek',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: null,
        exceptions: [cite(205, 'unless this places the child(ren) at significant and imminent risk of harm')],
        summary:
          'At every level, seek consent from the person with parental responsibility, unless that would place the child at significant and imminent risk of harm.',
        refs: [
          at(
            205,
            'At all levels (1-4) of child and family need, consent from the person with parental responsibility should always be sought unless this places the child(ren) at significant and imminent risk of harm.',
          ),
          at(
            172,
            'you should always seek their consent and co-operation if you want to share information about them',
          ),
        ],
      },
      {
        id: 'consent-not-sought-record-why',
        condition: {
          significantHarm: 'yes',
          levels: [4],
          activity: 'a referral where seeking consent may place the child at further risk',
        },
        requirement: 'none',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: null,
        exceptions: [],
        summary:
          'Where seeking consent may increase the risk (for example forced marriage or FGM), take advice from the safeguarding lead and state on the referral why consent was not sought.',
        refs: [
          at(
            116,
            'If the practitioner believes that the child may be at risk of significant harm and that consent may place the child at further risk they should take advice from their Safeguarding Lead and clearly state at the point of referral, why consent has not been sought.',
          ),
          at(
            358,
            'In some rare cases your professional view will be that seeking consent will increase the risk to the child. This may include the risk of forced marriage or female genital mutilation.',
          ),
        ],
      },
      {
        id: 'consent-refused-public-interest',
        condition: {
          significantHarm: 'any',
          levels: [1, 2, 3, 4],
          activity: 'sharing information when a child or family refuses consent',
        },
        requirement: 'seek',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: null,
        exceptions: [
          cite(
            172,
            "except where a child's/individual's/people's safety may be at risk or when it is not appropriate to seek the child or family member's agreement to share their information",
          ),
        ],
        summary:
          'A refusal should be respected unless someone’s safety may be at risk; sharing without consent in the public interest is a judgement whose reasons must be recorded.',
        refs: [
          at(
            172,
            "If you share personal information without an individual's consent it is within your judgement to make the decision based on the fact that the lack of consent is overridden in the public interest. You must record the reasons for your decision.",
          ),
        ],
      },
      {
        id: 'consent-early-help-assessment',
        condition: { significantHarm: 'no', levels: [2, 3], activity: 'an Early Help Assessment' },
        requirement: 'seek',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: null,
        exceptions: [],
        summary:
          'Obtain consent from the family to start an Early Help Assessment and to gather and share information.',
        refs: [
          at(
            199,
            'In these circumstances practitioners will need to obtain consent from families to commence an EHA, gather and share information with other agencies.',
          ),
        ],
      },
    ],
    childAgeThreshold: null,
    childAgeVariants: [],
    childViewPriority: null,
  },
  escalation: [
    {
      kind: 'policy-reference',
      id: 'scsp-resolution-and-escalation-policy',
      policyName: 'SCSP Resolution and Escalation Policy',
      urls: [],
      quote: at(
        180,
        'The SCSP Resolution and Escalation Policy contain details on the resolution processes appropriate in circumstances where differences exist between the agencies regarding the handling of a case.',
      ),
      refs: [at(178, 'Resolving Practitioner Disagreements and Escalation of Concerns')],
    },
  ],
  frontDoor: {
    serviceName: 'Multi-Agency Safeguarding Hub (MASH) Single Point of Contact (SPOC)',
    description: at(
      90,
      'The Multi-Agency Safeguarding Hub (MASH) is the single point of contact for all advice, guidance and consultation on applying threshold criteria',
    ),
    phones: [
      {
        number: '0121 569 3100',
        purpose: 'front-door',
        service: 'Single Point of Contact within the MASH',
        hours: '24 hour line',
        ref: at(96, 'Single Point of Contact within the MASH on 0121 569 3100 (24 hour line)'),
      },
      cog(234, 'Oldbury', '0121 569 7295'),
      cog(235, 'Rowley', '0121 569 7296'),
      cog(236, 'Smethwick', '0121 569 7297'),
      cog(237, 'Tipton', '0121 569 7291'),
      cog(238, 'Wednesbury', '0121 569 7294'),
      cog(239, 'West Bromwich', '0121 569 7293'),
    ],
    hours: cite(96, '24 hour line'),
    outOfHours: null,
    emails: [
      {
        address: 'access_team@sandwellchildrenstrust.org',
        purpose:
          'MARFs by secure email, subject "MARF" (password-protect where secure email is not available)',
        ref: at(249, 'MARFs should be sent by secure email to access\\\\_team@sandwellchildrenstrust.org'),
      },
    ],
    portal: {
      text: 'The MARF and guidance on completing a MARF can be found at',
      url: 'https://www.sandwellcsp.org.uk',
      ref: at(
        247,
        'The MARF and guidance on completing a MARF can be found at <https://www.sandwellcsp.org.uk>',
      ),
    },
    referralInstrument: {
      name: 'MARF',
      acronym: 'MARF',
      expansion: 'multi-agency referral form',
      route: at(
        247,
        "If there is no immediate danger but the child has met the threshold for involvement from Children's Social Care, the practitioner should complete and submit a MARF within 1 hour.",
      ),
      refs: [
        at(
          106,
          'All referrals should be made through the SPOC at the MASH on the SCSP multi-agency referral form (MARF).',
        ),
        at(175, 'A Multi-Agency Referral Form (MARF) would not be required.'),
        at(249, 'with the subject title MARF'),
      ],
    },
    deadlines: [
      {
        kind: 'submit-referral',
        iso: 'PT1H',
        working: false,
        strength: 'must',
        trigger: 'alert of the concern',
        refs: [
          at(176, 'submit it to the MASH within 1 hour of alert of the concern'),
          at(247, 'the practitioner should complete and submit a MARF within 1 hour'),
          at(RESPONSE, 'A MARF must be completed and submitted within one hour.'),
        ],
      },
      {
        kind: 'decision',
        iso: 'PT24H',
        working: false,
        strength: 'aim',
        trigger: 'receipt of the referral',
        refs: [at(377, 'We aim to make a decision on every referral within 24 hours.')],
      },
      {
        kind: 'notify-lado',
        iso: 'P1D',
        working: true,
        strength: 'must',
        trigger: 'an allegation is made against any member of staff or volunteer',
        refs: [
          at(
            104,
            'any agency must inform the designated officer (known as the LADO) within one working day when an allegation is made against any member of staff or volunteer',
          ),
        ],
      },
    ],
    emergency: {
      instruction: at(243, 'a practitioner should call 999 in the first instance for Police or an Ambulance'),
      call999: true,
    },
  },
  stepUpDown: [
    {
      id: 'moving-between-levels',
      direction: 'both',
      title: 'Which level of need?',
      context: 'Children move up and down the levels; practitioners stay involved after referring on.',
      steps: [],
      actors: ['practitioner', 'Team Around the Family'],
      refs: [
        at(
          165,
          'It is acknowledged that children may move up and down from one level to another and that agencies (including universal services) will offer support at more than one level.',
        ),
        at(
          165,
          'it is expected that the practitioner will still engage with the family during assessment and is likely to continue to have a role in TAF meetings',
        ),
      ],
    },
    {
      id: 'course-of-action-by-level',
      direction: 'up',
      title: 'Accessing support for children and families',
      context: 'After using the matrix, the course of action for each level.',
      steps: items(192, [
        'Continue provision through universal services (level 1).',
        'Record and monitor using agency internal recording system/processes (level 2).',
        'Complete an Early Help Assessment (level 2 & 3)',
        "Refer to children's social care by completing a MARF (level 4).",
      ]),
      actors: ['practitioner', 'designated Safeguarding Lead'],
      refs: [
        at(190, 'Once the practitioner has used the Threshold matrix'),
        at(
          207,
          'If a practitioner is unclear about whether to complete an Early Help Assessment (EHA) or MARF they should in the first instance consult the designated Safeguarding Lead within their agency.',
        ),
      ],
    },
    {
      id: 'step-down-after-mash-screening',
      direction: 'down',
      title: 'Response',
      context:
        'A MARF screened by the MASH may be stepped down to targeted services or single-agency support.',
      steps: [],
      actors: ['qualified social worker', 'Team Manager'],
      refs: [
        at(
          RESPONSE,
          "All MARFs will be screened by a qualified children's social care social worker who in conjunction with the Team Manager will assess whether the referral reaches the threshold to be considered by the multi-agency safeguarding hub (MASH).",
        ),
        at(RESPONSE, 'step down to targeted services, single agency support or no further action'),
      ],
    },
  ],
  lists: [
    {
      id: 'ce-vulnerabilities',
      kind: 'ce-vulnerabilities',
      title: 'Understanding Child Exploitation',
      intro: at(321, 'The following are typical vulnerabilities in children prior to abuse:'),
      items: [
        item(
          321,
          'Living in a chaotic or dysfunctional household (including parental substance use, domestic violence, parental mental health issues, parental criminality).',
        ),
        item(
          321,
          "History of abuse (including familial child sexual abuse, risk of forced marriage, risk of 'honour'-based abuse and violence, physical and emotional abuse and neglect).",
        ),
        item(321, 'Recent bereavement or loss.'),
        item(
          321,
          'Gang association either through relatives, peers or intimate relationships (in cases of gang associated CSE only).',
        ),
        item(321, 'Attending school with young people who are sexually exploited.'),
        item(321, 'Learning disabilities.'),
        item(
          323,
          'Unsure about their sexual orientation or unable to disclose sexual orientation to their families.',
        ),
        item(323, 'Friends with young people who are sexually exploited.'),
        item(323, 'Homeless.'),
        item(323, 'Lacking friends from the same age group.'),
        item(323, 'Living in a gang neighbourhood.'),
        item(323, 'Living in residential care.'),
        item(323, 'Living in hostel, bed and breakfast accommodation or a foyer.'),
        item(323, 'Low self-esteem or self-confidence.'),
        item(323, 'Young carer.'),
      ],
      refs: [at(320, 'Understanding Child Exploitation')],
    },
    {
      id: 'ce-signs',
      kind: 'ce-signs',
      title: 'Recognising Risks',
      intro: at(
        321,
        'The following signs and behaviour are generally seen in children who are already being exploited:',
      ),
      items: [
        item(321, 'Missing from home or care.'),
        item(321, 'Physical injuries.'),
        item(321, 'Drug or alcohol misuse.'),
        item(321, 'Involvement in offending.'),
        item(321, 'Repeat sexually-transmitted infections, pregnancy and terminations.'),
        item(321, 'Absent from school.'),
        item(321, 'Change in physical appearance.'),
        item(
          321,
          'Evidence of sexual bullying and/or vulnerability through the internet and/or social networking sites.',
        ),
        item(321, 'Estranged from their family.'),
        item(321, 'Receipt of gifts from unknown sources.'),
        item(323, 'Recruiting others into exploitative situations.'),
        item(323, 'Poor mental health.'),
        // One <li> holds two items ("- Self-harm. - Thoughts of or attempts at suicide.").
        item(323, 'Self-harm.'),
        item(323, 'Thoughts of or attempts at suicide.'),
      ],
      refs: [at(320, 'Recognising Risks')],
    },
    {
      id: 'radicalisation-signs',
      kind: 'radicalisation-signs',
      title: 'Children and Young People: Possible signs of radicalisation',
      intro: at(339, 'The child/young person may exhibit the following behaviours:'),
      items: [
        item(339, 'Views become increasingly extreme regarding another section of society.'),
        item(339, 'Observed downloading, viewing or sharing extremist propaganda from the internet.'),
        item(339, 'Become withdrawn and focused on one ideology.'),
        item(339, 'Talking as if from a scripted speech.'),
        item(339, 'Become increasingly intolerant and/or disrespectful of others.'),
        ...items(343, [
          'Change their appearance; their health may suffer (including mental health).',
          'Become isolated from family, friends, peers or social groups.',
          'Express a desire/intent to participate in or support extremist activity.',
          'Increased levels of anger.',
        ]),
      ],
      refs: [
        at(338, 'Children and Young People: Possible signs of radicalisation'),
        at(
          348,
          'It is important to note that some of the indicators described above are not specific to radicalisation',
        ),
      ],
    },
  ],
  riskMatrices: [],
  goodReferralQuestions: {
    title: 'Appendix 4: What makes a good referral',
    questions: [
      {
        number: 1,
        question: cite(
          356,
          'Does the person with parental responsibility know that I am concerned about their child and that I am making a referral? Have they consented to the referral being made?',
        ),
        why: at(358, 'Why? The 2004 Children Act is clear that consent should be sought wherever possible.'),
      },
      {
        number: 2,
        question: cite(
          359,
          'Have I included all the personal details I have about the child / young person and their family?',
        ),
        why: at(
          361,
          "Why? These details including DOB/ethnicity/telephone numbers/up to date address/ language and a family composition mean that the child's records can be accessed quickly",
        ),
      },
      {
        number: 3,
        question: cite(362, 'Have I included details about any other practitioners working with the family?'),
        why: at(
          364,
          'Why? Knowing these details, especially if there has been a TAF, will ensure that their knowledge and skills be part of the assessment and intervention.',
        ),
      },
      {
        number: 4,
        question: cite(365, 'Have I made it as clear as possible what I am concerned about?'),
        why: at(
          367,
          "Why? Making it clear what you are concerned about helps Sandwell Children's Services in their decision making.",
        ),
      },
      {
        number: 5,
        question: cite(371, "Have I made it clear what I have done already and what worked or didn't work?"),
        why: at(373, "Why? Research tells us that we sometimes 'start again' with families."),
      },
      {
        number: 6,
        question: cite(
          375,
          'Have I made sure that I will be available for further discussion about the referral and how I can be contacted?',
        ),
        why: at(
          377,
          'Why? As the referrer, you are the person with the most up to date knowledge of the child/ young person and we want you to be involved in our decision making and intervention.',
        ),
      },
    ],
    refs: [
      at(352, 'Appendix 4: What makes a good referral'),
      at(
        355,
        'When you have completed your referral, it may help for you to ask yourself the following questions:',
      ),
    ],
  },
  signsOfSafety: null,
  practiceModels: [
    {
      name: 'Signs of Safety',
      ref: at(127, 'Signs of Safety (SofS) is the chosen multiagency approach of intervention'),
    },
    {
      name: 'Graded Care Profile 2',
      ref: at(128, 'When you have concerns about child neglect, please use the [Graded Care Profile 2](#)'),
    },
  ],
};
