/**
 * Stoke-on-Trent (seed 002): SOTSCP Threshold Framework "Accessing the Right Help at the Right Time" (March 2021).
 * Line numbers are physical lines of the seed file; see shared/docs/source-notes.md §3.
 */
import { refsIn } from './ref.ts';
import type { AreaRules } from './schema.ts';

const FILE = '002_3c9996fa390eafe9.txt';
const { at, span, cite, items } = refsIn(FILE);

export const stokeOnTrentRules: AreaRules = {
  area: 'stoke-on-trent',
  file: FILE,
  identity: {
    partnershipName: 'Stoke-on-Trent Safeguarding Children Partnership',
    acronym: 'SOTSCP',
    title: "Threshold Framework: 'Accessing the Right Help at the Right Time'",
    statedDate: at(21, 'March 2021'),
    inferredDate: {
      text: 'March 2021 (stated; cites Working Together 2018 and 2020)',
      evidence: [
        at(23, 'This is the current operating version for Stoke-on-Trent, please use this version.'),
        at(213, 'The update to matters of Consent is reflected in Working Together 2020'),
      ],
    },
    refs: [
      at(13, 'Stoke-on-Trent Safeguarding Children Partnership'),
      at(15, '(SOTSCP)'),
      at(17, "Threshold Framework: 'Accessing the Right Help at the Right Time'"),
    ],
  },
  levels: [
    {
      ordinal: 1,
      localName: 'Universal Need',
      nameRef: at(153, 'Level 1: Children and Young People with Universal Need'),
      aliases: [],
      definitions: [
        at(
          155,
          'Children and young people at this level are achieving expected outcomes. There are no unmet needs or need is low level and can be met by the universal services or with some limited additional advice or guidance.',
        ),
      ],
      serviceResponses: [
        {
          kind: 'universal_direct_access',
          refs: [at(155, 'Children, young people, parents and carers can access services directly.')],
        },
      ],
      canonicalBand: 'universal',
    },
    {
      ordinal: 2,
      localName: 'Universal Plus',
      nameRef: at(175, 'Level 2: Universal Plus'),
      aliases: [],
      definitions: [
        at(
          177,
          'Children and young people whose needs are met through additional support that may involve support from one or more agencies, coordinated by using the Early Help Assessment.',
        ),
        at(
          54,
          "Children with universal plus needs are best supported by those who already work with them such as health professionals, children's centres and school settings who can organise additional support with local partners as needed.",
        ),
      ],
      serviceResponses: [
        {
          kind: 'single_agency_support',
          refs: [at(177, 'additional support that may involve support from one or more agencies')],
        },
        {
          kind: 'eha',
          refs: [
            at(177, 'coordinated by using the Early Help Assessment'),
            at(54, 'This can be through an Early Help Assessment'),
          ],
        },
      ],
      canonicalBand: 'early-help',
    },
    {
      ordinal: 3,
      localName: 'Targeted Early Help',
      nameRef: at(188, 'LEVEL 3: Targeted Early Help'),
      aliases: [],
      definitions: [
        at(
          190,
          'Children and Young People at this level have diverse and complex needs and targeted, multi-agency support services are required and are supported by a clear coordinated action plan without the need for statutory social work intervention.',
        ),
      ],
      serviceResponses: [
        {
          kind: 'targeted_early_help',
          refs: [at(190, 'targeted, multi-agency support services are required')],
        },
        {
          kind: 'eha',
          refs: [
            at(
              66,
              'An Early Help Assessment can be used by all agencies to provide a holistic view of the needs within the family',
            ),
          ],
        },
        {
          kind: 'lead_professional',
          note: 'A designated lead worker coordinates the whole family plan.',
          refs: [
            at(
              83,
              "Stoke-on-Trent's Early Help approach of assessment, whole family plan and designated lead worker to coordinate support",
            ),
          ],
        },
      ],
      canonicalBand: 'targeted',
    },
    {
      ordinal: 4,
      localName: 'Statutory / Specialist',
      nameRef: at(198, 'Level 4: Statutory / Specialist'),
      aliases: [cite(85, 'Statutory/Specialist')],
      definitions: [
        at(
          200,
          'Children and young people at this level who require specialist services to respond to or prevent significant harm (S47) and children whose health & development maybe significantly impaired without the provision of help and support (S17) statutory social work intervention.',
        ),
      ],
      serviceResponses: [
        {
          kind: 'front_door_referral',
          refs: [
            at(
              114,
              "Professionals in all agencies have a duty to make a referral to Children's Social Care when it is believed or suspected that the child:",
            ),
            at(274, 'The ChAD will offer consultation and discussion with the referrer'),
          ],
        },
        {
          kind: 's17_assessment',
          refs: [
            at(91, 'S17 Child in Need'),
            at(
              104,
              'Young carers are also entitled to request an assessment of their own needs under Section 17.',
            ),
          ],
        },
        {
          kind: 's47_enquiry',
          refs: [
            at(108, "Children's Social Care must make enquiries under Section 47 of the Children Act 1989"),
          ],
        },
        { kind: 'call_999', refs: [at(151, 'then the professional should contact the police on 999')] },
      ],
      canonicalBand: 'statutory',
    },
  ],
  consent: {
    rules: [
      {
        id: 'consent-early-help-assessment',
        condition: { significantHarm: 'no', levels: [2, 3], activity: 'an Early Help Assessment' },
        requirement: 'seek',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: null,
        exceptions: [],
        summary:
          'Consent must always be sought from the parent, carer or young person for an Early Help Assessment, which must never delay action on significant harm.',
        refs: [
          at(
            62,
            'Consent must always be sought from parent/carer/young person to carry out an early help assessment.',
          ),
          at(
            68,
            'Completing an Early Help Assessment should not delay the process if a professional is concerned that a child is, or may be suffering, significant impairment to their development or significant harm.',
          ),
        ],
      },
      {
        id: 'consent-not-required-for-safeguarding',
        condition: {
          significantHarm: 'yes',
          levels: [4],
          activity: 'sharing information for safeguarding and protecting the welfare of a child',
        },
        requirement: 'none',
        informParentsFirst: {
          rule: 'after_referral',
          refs: [
            at(
              239,
              'The parent should be contacted by the referring professional to inform her/him that after considering their wishes, a referral has been made',
            ),
          ],
        },
        childAgeThreshold: null,
        exceptions: [],
        summary:
          'Quoting Working Together 2020: consent is not required to share information for safeguarding; be open with the family about what is shared and why.',
        refs: [
          at(
            215,
            'consent is not required when sharing information for safeguarding and protecting the welfare of a child',
          ),
          at(
            221,
            'Information can be shared legally without consent if a practitioner is unable to or cannot be reasonably expected to gain consent from the individual or if inability to gain consent could place a child at risk',
          ),
          at(
            227,
            'Where a decision to share information without consent is made, a record of what has been shared should be kept.',
          ),
        ],
      },
      {
        id: 'not-seeking-permission-needs-manager-approval',
        condition: {
          significantHarm: 'any',
          levels: [3, 4],
          activity: "a referral to Children's Social Care without asking parental permission",
        },
        requirement: 'manager_approval',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: null,
        exceptions: [],
        summary:
          "A decision not to seek parental permission before referring to Children's Social Care must be approved by a manager, recorded and explained.",
        refs: [
          at(
            229,
            "A decision by any professional not to seek parental permission before making a referral to Children's Social Care Services must be approved by their manager, recorded and the reasons given.",
          ),
        ],
      },
      {
        id: 'parent-refuses-referral',
        condition: {
          significantHarm: 'any',
          levels: [3, 4],
          activity: 'a referral the parent has refused to permit',
        },
        requirement: 'manager_approval',
        informParentsFirst: {
          rule: 'after_referral',
          refs: [
            at(
              239,
              'The parent should be contacted by the referring professional to inform her/him that after considering their wishes, a referral has been made',
            ),
          ],
        },
        childAgeThreshold: null,
        exceptions: [cite(233, 'unless to do so would cause undue delay')],
        summary:
          'If a parent refuses, seek advice and approval from a manager, Designated Senior Person or Named Professional; if you still refer, record why, tell social care permission was withheld, and tell the parent afterwards.',
        refs: [
          at(
            233,
            'Where the parent is consulted and refuses to give permission for the referral, further advice and approval must be sought from a manager or the Designated Senior Person or Named Professional, unless to do so would cause undue delay.',
          ),
          at(237, 'The reason for proceeding without parental agreement must be recorded'),
          at(
            238,
            "The Children's Social Care Services team must be told that the parent has withheld her/his permission",
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
      id: 'stoke-disagreement-protocol',
      policyName: 'Resolving Inter-agency / Disagreement Protocol',
      urls: [],
      quote: at(
        290,
        "All agencies are responsible for ensuring that their staff are supported and know how to appropriately escalate inter-agency concerns and disagreements about a child or young person's well-being",
      ),
      refs: [
        at(288, 'Managing Professional Disagreements'),
        at(278, 'Click here to view the Resolving Inter-agency'),
        at(280, 'Click here to view the Disagreement Protocol'),
      ],
    },
  ],
  frontDoor: {
    serviceName: "Children's advice and duty service (ChAD)",
    description: at(
      274,
      "Stoke-on-Trent's Children's advice and duty service (ChAD) was launched on the 2nd February 2021.",
    ),
    phones: [
      {
        number: '01782 235100',
        purpose: 'front-door',
        service: 'ChAD (consultation with a qualified social worker)',
        hours: null,
        ref: at(149, 'Stoke-on-Trent: 01782 235100'),
      },
    ],
    hours: null,
    outOfHours: {
      route:
        'Written referral (MARF): accepted only in exceptional circumstances, such as outside working hours',
      phone: null,
      ref: at(
        274,
        "Written referrals (MARF's) are only accepted in exceptional circumstances, i.e outside of working hours",
      ),
    },
    emails: [],
    portal: null,
    referralInstrument: {
      name: 'Consultation call with ChAD (written MARF only in exceptional circumstances)',
      acronym: 'MARF',
      expansion: null,
      route: at(
        274,
        "Written referrals (MARF's) are only accepted in exceptional circumstances, i.e outside of working hours, instead we focus on early conversations with professionals and families leading to earlier support.",
      ),
      refs: [
        at(
          274,
          'The consultant social workers will send a summary of the discussions and agreed actions to the referrer via email following the call',
        ),
        at(147, 'speak to a qualified social worker by contacting:'),
      ],
    },
    deadlines: [
      {
        kind: 'decision',
        iso: 'P1D',
        working: true,
        strength: 'must',
        trigger: "a new 'contact' / concern for a child",
        refs: [
          at(
            276,
            "The ChAD service make a decision on all new 'contacts' / concern for a child, within one working day",
          ),
        ],
      },
      {
        kind: 'decision',
        iso: 'P1D',
        working: true,
        strength: 'must',
        trigger: 'a referral that meets the need for s17 or s47, to assessment',
        refs: [at(276, 'process a referral through to assessment within one working day')],
      },
      {
        kind: 'close-contact',
        iso: 'P3D',
        working: false,
        strength: 'must',
        trigger: 'a decision not to refer through for statutory intervention',
        refs: [at(276, 'then we have a maximum of 3 days to complete this contact')],
      },
    ],
    emergency: {
      instruction: at(
        151,
        'If a child is considered to be at IMMEDIATE risk, then the professional should contact the police on 999.',
      ),
      call999: true,
    },
  },
  stepUpDown: [
    {
      id: 'moving-across-levels',
      direction: 'both',
      title: 'Introduction',
      context: 'Children can move across the four levels at different times.',
      steps: [],
      actors: ['practitioner'],
      refs: [
        at(
          46,
          "children can move across the levels at different times of their lives or at different times during agencies' contact with them",
        ),
      ],
    },
    {
      id: 'step-up-to-social-care',
      direction: 'up',
      title: 'What is Statutory/Specialist Support?',
      context:
        'When more substantial help is needed: consult your own safeguarding lead, then a ChAD social worker; an Early Help Assessment must not delay a referral.',
      steps: [],
      actors: ['line manager', 'designated safeguarding lead', 'qualified social worker (ChAD)'],
      refs: [
        at(
          102,
          "A referral to Children's Social Care is appropriate when more substantial interventions are needed because the child is 'in need'",
        ),
        at(
          147,
          'anyone concerned about the welfare of a child should, before they make a referral, consult with their own line manager and/or designated safeguarding lead',
        ),
        at(
          145,
          'Where consent cannot be obtained, which may be through several discussions with a family, professionals must determine whether the child is likely to suffer significant harm without the provision of services.',
        ),
      ],
    },
    {
      id: 'contact-not-referred-for-statutory-intervention',
      direction: 'down',
      title: 'Meeting the Needs of Children and Families in Stoke-on-Trent',
      context:
        'ChAD decides a contact does not need statutory intervention and completes it with advice or early intervention.',
      steps: [],
      actors: ['ChAD consultant social worker', 'referrer'],
      refs: [
        at(
          276,
          'If the decision is made not to refer through for statutory intervention, such as early intervention, provision of advice and information, information requests, then we have a maximum of 3 days to complete this contact.',
        ),
        at(276, 'The referrer will be notified during the call of the decision and actions agreed.'),
      ],
    },
  ],
  lists: [
    {
      id: 'troubled-families-criteria',
      kind: 'troubled-families-criteria',
      title: 'Troubled Families Programme',
      intro: at(74, 'Eligibility is based on the family meeting two or more of the following criteria'),
      items: items(76, [
        'Parents or children involved in crime or anti-social behaviour',
        'Children who have not been attending school regularly',
        'Children who need additional support, from the earliest years to adulthood',
        'Families experiencing or at risk of worklessness, homelessness or financial difficulties',
        'Families affected by domestic abuse',
        'Parents and children with a range of health needs',
      ]),
      refs: [
        at(
          72,
          'All families supported by an Early Help assessment and plan are considered to meet the criteria for attachment to the extended Troubled Families Programme.',
        ),
      ],
    },
    {
      id: 'statutory-categories',
      kind: 'statutory-categories',
      title: 'What is Statutory/Specialist Support?',
      intro: span(
        87,
        89,
        'Where children/young people require more specialist intervention in accordance with the Children Act 1989 such as:',
      ),
      items: items(91, [
        'S17 Child in Need',
        'Children with a long-lasting and substantial disability which limits their ability to carry out the daily tasks of living',
        'Children and young people with severe and complex special educational needs and disability (SEND) and potentially a specialist educational placement',
        'S47 Child Protection (this document must be read in conjunction with the local safeguarding procedures)',
      ]),
      refs: [at(85, 'What is Statutory/Specialist Support?')],
    },
    {
      id: 'neglect-signs',
      kind: 'neglect-signs',
      title: 'Neglect',
      intro: at(127, 'There are many signs that may indicate neglect as outlined below:'),
      items: items(129, [
        'Neglect may occur during or after pregnancy as a result of parental substances misuse (drugs or alcohol)',
        'A chaotic family environment which can include an absence of boundaries or routines.',
        'A parent/carer who has vulnerabilities, such as mental health difficulties or learning difficulties such that impacts on their ability to meet the needs of any children',
        'Inadequate parenting and/or understanding of what it means to look after a child safely including ensuring adequate supervision or using inadequate caregivers',
        'Ensuring access to appropriate medical care or treatment',
        'Ensuring that educational needs are met',
        "It may include neglect of, or unresponsiveness to, a child's basic emotional needs",
      ]),
      refs: [
        at(121, 'Neglect'),
        at(143, 'should be used in all cases where neglect is suspected or identified'),
      ],
    },
  ],
  riskMatrices: [],
  goodReferralQuestions: null,
  signsOfSafety: null,
  practiceModels: [
    {
      name: 'Restorative Practice',
      ref: at(
        257,
        "Stoke-on-Trent Children's Services are implementing a Restorative Practice Model across the system.",
      ),
    },
    { name: 'Graded Care Profile 2', ref: at(141, 'Graded Care Profile 2 (GCP2)') },
    { name: 'Troubled Families Programme', ref: at(70, 'Troubled Families Programme') },
  ],
};
