/**
 * Nottingham City (seed 003): "Threshold for Support and Safeguarding", Family Support Pathway 2018/20.
 * Line numbers are physical lines of the seed file; see shared/docs/source-notes.md §4.
 */
import { refsIn } from './ref.ts';
import type { AreaRules } from './schema.ts';

const FILE = '003_e74bac9fb9e25764.txt';
const { at, span, cite, item, items } = refsIn(FILE);

const usefulNumber = (line: number, service: string, number: string) => ({
  number,
  purpose: 'other' as const,
  service,
  hours: null,
  ref: at(line, number),
});

export const nottinghamCityRules: AreaRules = {
  area: 'nottingham-city',
  file: FILE,
  identity: {
    partnershipName: 'Nottingham City Safeguarding Children Partnership',
    acronym: null,
    title: 'Threshold for Support and Safeguarding – Family Support Pathway 2018/20',
    statedDate: at(14, "Nottingham City's Family Support Pathway 2018/20"),
    inferredDate: {
      text: 'c. 2018–19 (the Board becomes the Partnership on 1 April 2019)',
      evidence: [
        at(
          38,
          'Nottingham City Safeguarding Children Board will become the Nottingham City Safeguarding Children Partnership on 1st April 2019.',
        ),
        at(837, 'Nottingham City Family Support Pathway 2018/20'),
      ],
    },
    refs: [
      at(4, 'Threshold for Support and Safeguarding'),
      at(38, 'Nottingham City Safeguarding Children Partnership'),
      at(248, 'the NCSCB Safeguarding Children Procedures'),
    ],
  },
  levels: [
    {
      ordinal: 1,
      localName: 'Universal',
      nameRef: at(298, 'UNIVERSAL SUPPORT'),
      aliases: [cite(298, 'UNIVERSAL SUPPORT'), cite(116, 'Universal Community Self Help')],
      definitions: [
        at(
          300,
          'Children and families are doing well and their needs are met within universal services including health development and achievement.',
        ),
        at(
          116,
          'Children and families are doing well and their needs are met within universal services incuding health development and achievment.',
        ),
      ],
      serviceResponses: [
        {
          kind: 'universal_direct_access',
          refs: [at(116, 'Ask Lion website Parents & Carers self-referral')],
        },
      ],
      canonicalBand: 'universal',
    },
    {
      ordinal: 2,
      localName: 'Early Help Universal Plus',
      nameRef: at(117, 'Early Help Universal Plus'),
      aliases: [cite(396, 'EARLY HELP • Universal Plus')],
      definitions: [
        at(
          398,
          'Child and family are experiencing problems requiring universal services to work together with other support services to prevent problems increasing.',
        ),
        at(
          117,
          'Children and families are experiencing problems requiring universal services to offer additional support or work together with other support services to prevent problems increasing.',
        ),
      ],
      serviceResponses: [
        {
          kind: 'single_agency_support',
          refs: [at(117, 'requiring universal services to offer additional support')],
        },
        { kind: 'eha', refs: [at(117, 'Early Help Assessment CHOICE Assessment (CAMHS)')] },
        {
          kind: 'taf',
          note: 'A Team Around the Child meeting.',
          refs: [at(117, 'Team Around the Child multi agency meeting')],
        },
      ],
      canonicalBand: 'early-help',
    },
    {
      ordinal: 3,
      localName: 'Early Help Targeted Universal Partnership Plus',
      nameRef: at(118, 'Early Help Targeted Universal Partnership Plus'),
      aliases: [cite(530, 'EARLY HELP TARGETED • Universal Partnership Plus')],
      definitions: [
        at(
          532,
          'Child and family are experiencing a range of increasing problems that require intensive multi- agency support to meet the needs of the whole family and crisis is likely to be prevented.',
        ),
        at(
          118,
          'Children and families are experiencing a range of increasing problems that require intensive multi- agency support to meet the needs of the whole family and crisis is likely to be prevented.',
        ),
      ],
      serviceResponses: [
        { kind: 'eha', refs: [at(118, 'Routine educational assessment Early Help Assessment')] },
        { kind: 'targeted_early_help', refs: [at(118, 'Targeted Family Support')] },
        {
          kind: 'youth_justice_assessment',
          note: 'For children at risk of criminal or anti-social behaviour (youth justice prevention).',
          refs: [
            at(
              119,
              'Children who are identified by practitioners as at risk of criminal or anti-social behavior who require intervention to divert them from the criminal justice system.',
            ),
            at(119, 'Youth Justice Assessment'),
          ],
        },
      ],
      canonicalBand: 'targeted',
    },
    {
      ordinal: 4,
      localName: 'Protection & Specialist',
      nameRef: at(671, 'PROTECTION & SPECIALIST'),
      aliases: [cite(120, 'Specialist & Protection'), cite(673, 'CHILD IN NEED OF PROTECTION')],
      definitions: [
        at(675, 'Child is suffering or likely to suffer significant harm.'),
        at(
          121,
          "Children in Need - Children are 'in need' if they are disabled or unlikely to achieve a reasonable standard of health or development unless services are provided (Children Act 1989).",
        ),
        at(122, 'Child Protection – Children who are suffering or likely to suffer significant harm.'),
      ],
      serviceResponses: [
        {
          kind: 'front_door_referral',
          note: 'Immediately, without the need for an Early Help Assessment.',
          refs: [
            at(
              197,
              "If a child is suffering or likely to suffer significant harm, an immediate referral should be made to Children's Social Care",
            ),
            at(246, 'without delay and without the need for an Early Help assessment'),
          ],
        },
        {
          kind: 's47_enquiry',
          refs: [
            at(
              274,
              "Children's Social Care is the lead agency for undertaking Child Protection enquiries including Section 47.",
            ),
          ],
        },
        { kind: 's17_assessment', refs: [at(121, "Statutory Children's Assessment")] },
        { kind: 'cin_plan', refs: [at(121, 'Child in Need Review meeting')] },
        {
          kind: 'cp_plan',
          refs: [
            at(
              122,
              'Initial Child Protection Conference or Child Protection Review meeting Core Group meeting',
            ),
          ],
        },
        { kind: 'accommodation', refs: [at(123, 'Children in Care & Care Leavers')] },
        {
          kind: 'youth_justice_assessment',
          note: 'For children with statutory criminal justice disposals.',
          refs: [at(120, 'Asset Plus Assessment (Youth Justice)')],
        },
      ],
      canonicalBand: 'statutory',
    },
  ],
  consent: {
    rules: [
      {
        id: 'share-when-harm-suspected',
        condition: {
          significantHarm: 'yes',
          levels: [4],
          activity: "sharing information with Children's Social Care",
        },
        requirement: 'none',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: null,
        exceptions: [],
        summary:
          "If you believe a child is suffering or likely to suffer harm, share the information with Children's Social Care; if in doubt, consult your line manager. The document says nothing about consent or telling parents here.",
        refs: [
          at(
            284,
            "If a professional has concerns about a child's welfare and believes they are suffering or likely to suffer harm, then they should share the information with Local Authority Children's Social Care.",
          ),
          at(
            282,
            'Fears about sharing information cannot be allowed to stand in the way of the need to promote the welfare and protect the safety of children.',
          ),
          at(
            288,
            'In all cases, if a worker remains in any doubt about whether or not to share information then they should consult with their line manager.',
          ),
        ],
      },
      {
        id: 'early-help-with-agreement',
        condition: { significantHarm: 'no', levels: [2, 3], activity: 'an Early Help Assessment' },
        requirement: 'seek',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: null,
        exceptions: [],
        summary:
          'The Early Help Assessment is done with the agreement of the child and parents; if they do not engage, the lead professional judges whether needs will escalate and a referral is needed.',
        refs: [
          at(
            151,
            'The assessment should be undertaken with the agreement of the child and their parents or carers',
          ),
          at(
            151,
            'If parents and/or the child do not engage in the Early Help assessment, the Lead Professional should make a judgement as to whether, without help, the needs of the child will escalate.',
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
      kind: 'ladder',
      id: 'referral-not-accepted',
      title: 'Resolving inter-agency disagreements: a referral is not accepted',
      trigger: at(
        810,
        'When agencies make referrals into Social Care and a decision is made not to accept a referral.',
      ),
      stages: [
        {
          order: 1,
          name: 'Verbal feedback to the referrer',
          actors: ['Duty Social Care Worker', 'referrer'],
          window: { unit: 'hours', from: 0, to: 24 },
          action: at(
            810,
            'When this occurs, feedback should be made to the referrer verbally within 24 hours.',
          ),
        },
        {
          order: 2,
          name: 'Duty Manager',
          actors: ['referrer', 'Duty Manager'],
          window: { unit: 'hours', from: 24, to: 48 },
          action: at(
            811,
            'If the referrer is unhappy with the response from the Duty Social Care Worker, they should seek to raise their concerns with the Duty Manager',
          ),
        },
        {
          order: 3,
          name: 'Line manager or safeguarding lead with the Duty Team Manager',
          actors: ['referrer', 'line manager or safeguarding lead', 'Duty Team Manager'],
          window: null,
          action: at(
            812,
            'The line manager or safeguarding lead should then discuss the issues with the Duty Team Manager',
          ),
        },
        {
          order: 4,
          name: 'Duty Service Manager',
          actors: ['line manager or safeguarding lead', 'Duty Service Manager'],
          window: null,
          action: at(
            813,
            'the line manager or safeguarding lead should take their concerns to the Duty Service Manager',
          ),
        },
        {
          order: 5,
          name: "Head of Service, then the Director of Children's Integrated Services",
          actors: [
            'Head of Service, for Duty & Targeted Family Support',
            "Director of Children's Integrated Services",
            'equivalent in the agency concerned',
          ],
          window: null,
          action: at(
            814,
            "If concerns are not resolved at this stage the concern should be escalated up to Head of Service, for Duty & Targeted Family Support and ultimately the matter will be resolved by the Director of Children's Integrated Services and their equivalent in the Agency concerned.",
          ),
        },
      ],
      overallTargets: [
        {
          description: 'Resolve the disagreement within 48 hours where possible.',
          window: { unit: 'hours', from: 0, to: 48 },
          ref: at(
            810,
            'Where possible the disagreement should be resolved within 48 hours, however the mediation stages could take longer.',
          ),
        },
        {
          description: 'Where the risk is perceived as high, resolve within 24 hours as far as possible.',
          window: { unit: 'hours', from: 0, to: 24 },
          ref: at(
            806,
            'in some cases where there is a perceived high level of risk, this should be resolved as far as is possible within a 24 hour period',
          ),
        },
      ],
      issues: [
        {
          kind: 'no-window',
          range: null,
          description:
            'Stages 3–5 have no time window; the document allows the mediation stages to take longer than 48 hours.',
          refs: [at(810, 'however the mediation stages could take longer')],
        },
      ],
      refs: [
        at(798, 'Resolving inter-agency disagreements Escalation process'),
        at(
          811,
          'If the situation is deemed to be high risk then attempts to raise and resolve this should be done within a much quicker timeframe.',
        ),
      ],
    },
    {
      kind: 'ladder',
      id: 'open-case-concern-not-shared',
      title:
        'Resolving inter-agency disagreements: an open case where the social worker does not share the concern',
      trigger: at(
        818,
        'Where agencies have concerns about families, already open to Social Care and this concern is not shared by the allocated Social Worker.',
      ),
      stages: [
        {
          order: 1,
          name: 'Team Manager',
          actors: ['referrer', 'Fieldwork Social Care Worker', 'Team Manager'],
          window: { unit: 'hours', from: 24, to: 48 },
          action: at(
            820,
            'If the referrer is unhappy with the response from the Fieldwork Social Care Worker, they should seek to raise their concerns with the appropriate Team Manager',
          ),
        },
        {
          order: 2,
          name: 'Line manager or safeguarding lead with the Team Manager',
          actors: ['referrer', 'line manager or safeguarding lead', 'Team Manager'],
          window: null,
          action: span(
            821,
            824,
            'the referrer should liaise with their line manager or the safeguarding lead for their agency. The line manager or safeguarding lead should then discuss the issues with the appropriate Team Manager.',
          ),
        },
        {
          order: 3,
          name: 'Service Manager',
          actors: ['safeguarding lead', 'Service Manager'],
          window: null,
          action: span(
            824,
            825,
            'Again if this fails to resolve the issue, the safeguarding lead should seek to liaise with the relevant Service Manager for that area.',
          ),
        },
      ],
      overallTargets: [
        {
          description:
            'Where the social worker or team manager cannot be reached, contact the Service Manager; resolve within hours or within 24 hours depending on risk.',
          window: { unit: 'hours', from: 0, to: 24 },
          ref: at(
            827,
            'This may need resolving at the earliest point possible (i.e. within a matter of hours) or within a 24 hour period depending on perceived level of risk.',
          ),
        },
      ],
      issues: [
        {
          kind: 'no-window',
          range: null,
          description: 'Stages 2 and 3 have no time window.',
          refs: [span(821, 825, 'Should this fail to resolve the issue')],
        },
        {
          kind: 'truncated',
          range: null,
          description:
            'The escalation text stops mid-sentence; the rest of the process is missing from the document.',
          refs: [at(831, 'For example in Fieldwork Social Care Teams,')],
        },
      ],
      refs: [at(818, 'In this instance a similar process is to be followed:')],
    },
  ],
  frontDoor: {
    serviceName: 'Children & Families Direct Multi-Agency Safeguarding Hub',
    description: at(
      187,
      'Children & Families Direct Multi-Agency Safeguarding Hub is the easy way to access early help, specialist and protection services within Nottingham City.',
    ),
    phones: [
      {
        number: '0115 876 4800',
        purpose: 'front-door',
        service: 'Children & Families Direct Multi-Agency Safeguarding Hub',
        hours: 'Monday to Friday 8:30am – 5:00pm',
        ref: at(191, 'Children & Families Direct Hub can be contacted on 0115 876 4800'),
      },
      {
        number: '0115 876 1000',
        purpose: 'out-of-hours',
        service: 'Emergency Duty Team',
        hours: 'out of hours',
        ref: at(199, 'For out of hours response call the Emergency Duty Team on 0115 876 1000'),
      },
      usefulNumber(203, 'Families Information Service', '0800 458 4114'),
      usefulNumber(204, "Whole Life Disability Children's Service", '0115 883 8266'),
      usefulNumber(205, 'Child & Adolescent Mental Health Service', '0115 854 2299'),
      usefulNumber(207, 'Youth Justice Service', '0115 915 9400'),
    ],
    hours: cite(195, 'Monday to Friday 8:30am – 5:00pm'),
    outOfHours: {
      route: 'Emergency Duty Team',
      phone: '0115 876 1000',
      ref: at(199, 'For out of hours response call the Emergency Duty Team on 0115 876 1000'),
    },
    emails: [],
    portal: {
      text: 'www.nottinghamcity.gov.uk/marf',
      url: 'www.nottinghamcity.gov.uk/marf',
      ref: at(
        191,
        "which can be found on the Children's Partnership website at www.nottinghamcity.gov.uk/marf",
      ),
    },
    referralInstrument: {
      name: 'Multi-Agency Request Form (MARF)',
      acronym: 'MARF',
      expansion: 'Multi-Agency Request Form',
      route: at(
        191,
        "or by completing a Multi-Agency Request Form (MARF) which can be found on the Children's Partnership website",
      ),
      refs: [
        at(
          246,
          'a referral should be made into Social Care via the Children and Families Direct Multi-Agency Safeguarding Hub',
        ),
      ],
    },
    deadlines: [
      {
        kind: 'feedback',
        iso: 'PT72H',
        working: false,
        strength: 'best-practice',
        trigger: 'a referral to the hub',
        refs: [
          at(
            193,
            'Best practice is for professionals to receive feedback of the referral and an outcome letter within 72 hours.',
          ),
        ],
      },
      {
        kind: 'feedback',
        iso: 'PT24H',
        working: false,
        strength: 'aim',
        trigger: 'a decision not to accept a referral',
        refs: [at(810, 'feedback should be made to the referrer verbally within 24 hours')],
      },
    ],
    emergency: {
      instruction: at(
        246,
        'a referral should be made into Social Care via the Children and Families Direct Multi-Agency Safeguarding Hub or when out of hours, the Emergency Duty Team, without delay and without the need for an Early Help assessment',
      ),
      call999: false,
    },
  },
  stepUpDown: [
    {
      id: 'moving-between-early-help-and-social-care',
      direction: 'both',
      title: 'Access to support and decision making',
      context:
        'The document asserts a defined process for moving between early help and social care thresholds but does not describe it.',
      steps: [],
      actors: ['practitioner', 'manager'],
      refs: [
        at(
          125,
          "There is a clearly defined process and set of responsibilities to support and guide practitioners when a child's and/or family's needs move between early help or targeted support through to a social care threshold",
        ),
      ],
    },
    {
      id: 'early-help-not-engaged',
      direction: 'up',
      title: 'Assessing need and providing help',
      context: 'Parents or the child do not engage with the Early Help Assessment.',
      steps: [],
      actors: ['Lead Professional'],
      refs: [
        at(
          151,
          'If parents and/or the child do not engage in the Early Help assessment, the Lead Professional should make a judgement as to whether, without help, the needs of the child will escalate.',
        ),
      ],
    },
    {
      id: 'responsive-immediate-protection',
      direction: 'up',
      title: 'Responsive immediate protection should be used when:',
      context: 'Immediate concerns of significant harm: refer at once, with no Early Help Assessment first.',
      steps: [],
      actors: [
        'practitioner',
        'Children & Families Direct Multi-Agency Safeguarding Hub',
        'Emergency Duty Team',
      ],
      refs: [
        at(
          246,
          'Where there are immediate concerns that a child is at risk or has suffered significant harm including physical, sexual, emotional harm or neglect',
        ),
        at(
          137,
          'If a professional has ongoing safeguarding concerns about a child, the professional should pursue their concerns through escalation procedures within their line management structure.',
        ),
      ],
    },
  ],
  lists: [
    {
      id: 'eha-when',
      kind: 'eha-when',
      title: 'Early Help Assessment',
      intro: at(221, 'The early help assessment should be used when:'),
      items: [
        ...items(223, [
          'You are worried about how well a child is progressing. You might be worried about their health, development, welfare, behaviour, progress in learning or any other aspect of their wellbeing.',
          'A child or their parent / carer raises a concern with you.',
          "The child's needs are unclear, or broader than your service can address i.e. multiagency.",
          'The child would benefit from an assessment to help you or your colleagues understand their needs better.',
          'The child has substantial disabilities and their needs cannot be met by universal services.',
          "There are concerns regarding the child's/ young person's development.",
          "There are concerns regarding the parent's/ carer's capacity to meet the child's/young person's needs.",
        ]),
        ...items(231, [
          "There are concerns regarding the parent/ carer capacity to meet the unborn child's needs (pre birth assessment).",
          "The wider family and environmental factors are impacting on the child's/young person's development and the parent/ carer's parenting capacity.",
          'The child has special educational needs (whether or not they have a statutory Education, Health & Care Plan)',
          "There are concerns regarding the child's/ young person's development including physical, social and emotional",
          'The child is showing signs of being drawn into anti-social behaviour or criminal behaviour, including gang involvement and association with organised crime groups',
          'The child is a young carer',
          'The child is misusing drugs or alcohol themselves',
          'The child has returned home to their family from care',
        ]),
      ],
      refs: [at(219, 'Early Help Assessment')],
    },
    {
      id: 'immediate-referral-indicators',
      kind: 'immediate-referral-indicators',
      title: 'Indicators requiring an immediate referral to social care',
      intro: at(
        252,
        'The age and vulnerability of a child must be taken into consideration when assessing the impact of the concerns and risks.',
      ),
      items: [
        item(254, 'Child has an unexplained injury or injuries', [
          cite(255, 'the explanation is inconsistent with the injury or injuries'),
          cite(256, 'there are conflicting explanations for the injury or injuries'),
        ]),
        ...items(257, [
          'A non-mobile child with a unexplained, inconsistent and conflicting bruising and/or mark',
          'Children with repeated incidents of minor bruising that are causing professionals concern',
          'Where the parents/carers have significant substance use issues which may make the children vulnerable to neglect and/or to exploitation',
          'Where there are serious concerns regarding the risk of significant harm to an unborn baby',
          'Child lives or has contact with adults who are known to pose a risk to children',
        ]),
        item(
          262,
          'Where there is evidence of the trilogy of risk being present and this significantly increases the likelihood of harm to the child',
          [cite(263, 'domestic abuse'), cite(264, 'adult mental health issues'), cite(265, 'substance use')],
        ),
        ...items(266, [
          'Allegations or disclosures of abuse including sexual abuse, evidence of grooming and child sexual exploitation and online abuse',
          'Left "home alone" and their age and vulnerability places them at risk',
          "Child victims of trafficking, modern slavery, child criminal exploitation, forced marriage, honour based violence, 'county lines' activity",
        ]),
      ],
      refs: [at(250, 'Indicators requiring an immediate referral to social care')],
    },
  ],
  riskMatrices: [],
  goodReferralQuestions: null,
  signsOfSafety: {
    title: 'Signs of safety framework',
    description: at(
      172,
      'The tools used in the Signs of Safety model have a wider application to all levels of work and different settings where workers need to communicate with children about their feelings and engage families in making changes.',
    ),
    questions: [
      {
        number: 1,
        question: "What's working well?",
        gloss: 'Strengths and safety',
        ref: at(178, "What's working well? Strengths and safety"),
      },
      {
        number: 2,
        question: 'What are we worried about?',
        gloss: 'Dangers, risks, needs, concerns',
        ref: at(179, 'What are we worried about? Dangers, risks, needs, concerns'),
      },
      {
        number: 3,
        question: 'How worried are we?',
        gloss: 'Safety and wellbeing scale including danger and worry statements',
        ref: at(180, 'How worried are we? Safety and wellbeing scale including danger and worry statements'),
      },
      {
        number: 4,
        question: 'What needs to happen?',
        gloss: 'Safety and wellbeing goals',
        ref: at(181, 'What needs to happen? Safety and wellbeing goals'),
      },
    ],
    refs: [at(170, 'Signs of safety framework'), at(176, 'The framework consists of four key questions:')],
  },
  practiceModels: [
    { name: 'Signs of Safety', ref: at(172, 'The tools used in the Signs of Safety model') },
    { name: 'Routes to Inclusion (R2i)', ref: at(61, 'Routes to Inclusion (R2i) toolkit') },
  ],
};
