/**
 * Dudley (seed 004): DSPP "Dudley's Continuum of Help and Support" (undated, c. late 2024).
 * Line numbers are physical lines of the seed file; see shared/docs/source-notes.md §5.
 */
import { refsIn } from './ref.ts';
import type { AreaRules } from './schema.ts';

const FILE = '004_5a9804e438695bce.txt';
const { at, cite, item, items } = refsIn(FILE);

const AGED_13_PLUS = at(86, 'the child if they are aged 13+ and have capacity');
const OVER_13 = at(87, 'if the child is over 13 years old and has capacity');

export const dudleyRules: AreaRules = {
  area: 'dudley',
  file: FILE,
  identity: {
    partnershipName: 'Dudley Safeguarding People Partnership',
    acronym: 'DSPP',
    title: "Dudley's Continuum of Help and Support for children, young people and families",
    statedDate: null,
    inferredDate: {
      text: 'c. late 2024 (undated; cites Working Together 2023 and a move to Tri-X early in 2025)',
      evidence: [at(102, 'will be transferred to Tri-X early in 2025'), at(58, '(Working Together 2023)')],
    },
    refs: [
      at(1, "Dudley's Continuum of Help and Support"),
      at(3, 'FOR CHILDREN, YOUNG PEOPLE AND FAMILIES'),
      at(30, 'Dudley Safeguarding People Partnership (DSPP)'),
    ],
  },
  levels: [
    {
      ordinal: 1,
      localName: 'Universal Services',
      nameRef: at(133, 'Level 1: Universal Services'),
      aliases: [],
      definitions: [
        at(
          135,
          'Children with no additional needs and where there are no concerns: children and young people have their needs met through universal provision alongside the love, care and protection of parents and carers.',
        ),
        at(137, 'the majority of children living in Dudley will fall into this category'),
      ],
      serviceResponses: [
        {
          kind: 'universal_direct_access',
          refs: [
            at(143, 'Children and families have open access to Universal service provision.'),
            at(145, 'No additional assessments required'),
          ],
        },
      ],
      canonicalBand: 'universal',
    },
    {
      ordinal: 2,
      localName: 'Additional',
      nameRef: at(149, 'Level 2: Additional'),
      aliases: [cite(112, 'Level 2 ADDITIONAL'), cite(616, 'level 2 (Additional)')],
      definitions: [
        at(
          151,
          'Children and young people with vulnerabilities and emerging needs who will require some extra support if they are going to meet their full potential.',
        ),
        at(163, 'Support at level 2 is usually short term or aimed at supporting a temporary crisis.'),
      ],
      serviceResponses: [
        {
          kind: 'single_agency_support',
          refs: [
            at(
              161,
              'An agency already working with the child and/or family can offer increased support as a single agency or co-ordinate a plan of multiagency support.',
            ),
          ],
        },
        {
          kind: 'eha',
          note: 'Always where more than one partner is involved; otherwise own-agency assessment or the Dudley EHA.',
          refs: [
            at(
              173,
              'Where support from more than one partner is needed, a Dudley Early Help assessment should always be completed',
            ),
          ],
        },
        { kind: 'taf', refs: [at(173, 'a Team Around the Family (TAF) meeting arranged')] },
        {
          kind: 'lead_professional',
          refs: [at(173, 'a lead practitioner identified to lead and co-ordinate the plan')],
        },
      ],
      canonicalBand: 'early-help',
    },
    {
      ordinal: 3,
      localName: 'Intensive',
      nameRef: at(616, 'level 3 (Intensive)'),
      aliases: [cite(119, 'Level 3 INTENSIVE')],
      definitions: [
        at(
          189,
          'Children, young people and families at Level 3 have complex needs that adversely impact on their safety, wellbeing and family life.',
        ),
        at(
          121,
          'Children, young people and families who have complex intensive needs that adversely impact on their safety, wellbeing and family life.',
        ),
      ],
      serviceResponses: [
        {
          kind: 'targeted_early_help',
          note: "The Targeted Early Help Service is part of Dudley's Social Care offer.",
          refs: [
            at(
              191,
              'Support at Level 3 is provided by the Targeted Early Help Service who will perform the role of lead practitioner.',
            ),
            at(197, "The Targeted Early Help Service is part of Dudley's Social Care offer"),
          ],
        },
        {
          kind: 'lead_professional',
          refs: [
            at(
              191,
              'Support at Level 3 is provided by the Targeted Early Help Service who will perform the role of lead practitioner.',
            ),
          ],
        },
        {
          kind: 'eha',
          refs: [
            at(
              205,
              'Practitioners should complete a Dudley Early Help Assessment (EHA) to assist in identifying the correct level of need for children and families.',
            ),
          ],
        },
        {
          kind: 'front_door_referral',
          note: 'A Request for Help and Support with the EHA attached.',
          refs: [
            at(
              201,
              "Referral to the Targeted Early Help Service is via a Request for Help and Support submitted via the Children's Front Door portal.",
            ),
          ],
        },
      ],
      canonicalBand: 'targeted',
    },
    {
      ordinal: 4,
      localName: 'Specialist',
      nameRef: at(227, 'Level 4: Specialist'),
      aliases: [],
      definitions: [
        at(
          229,
          'Children and young people who are known or suspected to be experiencing abuse or neglect, or those who without specialist intervention, will experience significant impairment.',
        ),
        at(125, 'Children and young people who are known or suspected to be experiencing abuse or neglect'),
      ],
      serviceResponses: [
        {
          kind: 'front_door_referral',
          refs: [
            at(
              241,
              "Agencies should submit a Request for Help and Support via the Children's Front Door Portal.",
            ),
            at(
              243,
              'Where there are concerns about significant harm or safety, the Front Door should be contacted on 0300 555 0050',
            ),
          ],
        },
        {
          kind: 's17_assessment',
          refs: [
            at(
              245,
              'consent sought from the family to receive services under Section 17 of the Children Act 1989, from the Family or Adolescent Safeguarding teams',
            ),
          ],
        },
        {
          kind: 's47_enquiry',
          refs: [
            at(
              247,
              'the Front Door will determine whether multiagency enquiries and/or a Section 47 child protection enquiry is necessary',
            ),
          ],
        },
        {
          kind: 'strategy_discussion',
          note: 'For the asterisked indicators in the matrix.',
          refs: [at(557, 'These themes indicate a strategy discussion will need to be held')],
        },
        { kind: 'accommodation', refs: [at(235, 'Children looked after and privately fostered')] },
        {
          kind: 'call_999',
          refs: [
            at(
              243,
              'If there is a concern that a child is immediately at risk, the Police should be called on 999.',
            ),
          ],
        },
      ],
      canonicalBand: 'statutory',
    },
  ],
  consent: {
    rules: [
      {
        id: 'consent-help-and-support',
        condition: {
          significantHarm: 'no',
          levels: [2, 3],
          activity: 'sharing information to request help and support',
        },
        requirement: 'seek',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: {
          age: 13,
          comparison: 'at-least',
          qualifier: 'and have capacity',
          ref: AGED_13_PLUS,
        },
        exceptions: [],
        summary:
          "Without significant harm, seek the parent's consent, and the child's too if they are 13 or over and have capacity.",
        refs: [
          at(
            86,
            '(A) If you do not believe or have evidence that the child is suffering or likely to suffer significant harm, but the child or family need help and support you must seek the consent of a parent, and the child if they are aged 13+ and have capacity.',
          ),
          at(167, 'Consent must be sought to access services.'),
          at(223, 'Consent must be sought to access services.'),
        ],
      },
      {
        id: 'inform-before-sharing-significant-harm',
        condition: {
          significantHarm: 'yes',
          levels: [4],
          activity: 'sharing information about significant harm',
        },
        requirement: 'inform',
        informParentsFirst: {
          rule: 'unless_exceptions',
          refs: [
            at(
              87,
              'you must inform both the parent and child, if the child is over 13 years old and has capacity, prior to sharing the information, they should be told who you are sharing the information with and why',
            ),
          ],
        },
        childAgeThreshold: { age: 13, comparison: 'over', qualifier: 'and has capacity', ref: OVER_13 },
        exceptions: [
          cite(
            88,
            'In circumstances where informing a parent/child before information sharing could increase or pose a risk of significant harm to the child or jeopardise a potential police criminal enquiry, you should share information without informing the parent/child.',
          ),
        ],
        summary:
          'With significant harm, share the information but tell the parent (and a child over 13 with capacity) first, unless telling them could increase the risk or jeopardise a police enquiry; then say why in the referral.',
        refs: [
          at(
            87,
            '(B) If you believe that the child is suffering or likely to suffer significant harm then you should share the information',
          ),
          at(
            88,
            "Where this is the case, a referral should be made to the Children's Front Door outlining the reason why consent has not been sought.",
          ),
        ],
      },
      {
        id: 'consent-level-4-referral',
        condition: { significantHarm: 'any', levels: [4], activity: 'a Level 4 referral' },
        requirement: 'seek',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: null,
        exceptions: [
          cite(
            257,
            'except where this would place the child at potential risk of harm, or compromise a police investigation (for example; allegations of parental sexual abuse, or suspicions of fabricated or induced illness)',
          ),
        ],
        summary:
          'Normally seek consent for a Level 4 referral; if it is withheld, decide with your Designated Safeguarding Lead whether to override it to protect the child.',
        refs: [
          at(257, 'Professionals should normally seek consent to share information for Level 4 referrals'),
          at(
            259,
            'If consent is withheld for a Level 4 referral, the professional should consider with their Designated Safeguarding Lead whether they have grounds to override consent in order to protect the child.',
          ),
        ],
      },
    ],
    childAgeThreshold: { age: 13, comparison: 'at-least', qualifier: 'and have capacity', ref: AGED_13_PLUS },
    childAgeVariants: [{ age: 13, comparison: 'over', qualifier: 'and has capacity', ref: OVER_13 }],
    childViewPriority: at(
      90,
      'If the child or young person agrees to information sharing but their parents do not, a practitioner should consider whether the child or young person is of an age and understanding where their view can be prioritised over their parents/carer.',
    ),
  },
  escalation: [
    {
      kind: 'ladder',
      id: 'professional-challenge-and-resolution',
      title: 'Appendix 1 Professional challenge and resolution flowchart',
      trigger: at(
        659,
        'When concerns arise, initial attempts should be made between workers to resolve the issue.',
      ),
      stages: [
        {
          order: 1,
          name: 'STAGE 1: DAY 1',
          actors: ['workers', 'line manager', 'named/designated safeguarding lead'],
          window: { unit: 'days', from: 1, to: 1 },
          action: at(
            659,
            "If a resolution can't be reached, professionals must escalate the issue to their line manager or the named/designated safeguarding lead in their organisation.",
          ),
        },
        {
          order: 2,
          name: 'STAGE 2: DAYS 3 TO 9',
          actors: [
            'line manager or named/designated safeguarding lead',
            'opposite manager in the other agency',
            'senior manager',
          ],
          window: { unit: 'days', from: 3, to: 9 },
          action: at(
            665,
            'The line manager or named/designated safeguarding lead should discuss the concerns with their opposite manager in the other agency.',
          ),
        },
        {
          order: 3,
          name: 'STAGE 3: DAYS 9 TO 14',
          actors: ['senior manager', 'DSAB/DSCPG representative', 'DSPP Business Manager'],
          window: { unit: 'days', from: 9, to: 14 },
          action: at(
            669,
            'The senior manager will escalate the issue to their DSAB/DSCPG representative who will arrange to seek resolution.',
          ),
        },
        {
          order: 4,
          name: 'STAGE 4: DAYS 16 TO 21',
          actors: ['DSPP Executive'],
          window: { unit: 'days', from: 16, to: 21 },
          action: at(
            673,
            'DSPP Executive will ask for written representation and may request a meeting with the involved parties. A recommendation will be made based on the most appropriate action and resolution for the dispute.',
          ),
        },
      ],
      overallTargets: [],
      issues: [
        {
          kind: 'gap',
          range: { from: 2, to: 2 },
          description: 'Day 2 belongs to no stage: stage 1 is day 1 and stage 2 starts on day 3.',
          refs: [at(657, 'STAGE 1: DAY 1'), at(663, 'STAGE 2: DAYS 3 TO 9')],
        },
        {
          kind: 'overlap',
          range: { from: 9, to: 9 },
          description: 'Day 9 is in both stage 2 (days 3 to 9) and stage 3 (days 9 to 14).',
          refs: [at(663, 'STAGE 2: DAYS 3 TO 9'), at(667, 'STAGE 3: DAYS 9 TO 14')],
        },
        {
          kind: 'gap',
          range: { from: 15, to: 15 },
          description: 'Day 15 belongs to no stage: stage 3 ends on day 14 and stage 4 starts on day 16.',
          refs: [at(667, 'STAGE 3: DAYS 9 TO 14'), at(671, 'STAGE 4: DAYS 16 TO 21')],
        },
      ],
      refs: [at(655, 'Appendix 1 Professional challenge and resolution flowchart')],
    },
    {
      kind: 'policy-reference',
      id: 'dspp-professional-challenge-and-resolution-procedure',
      policyName: 'DSPP Multi Agency Professional Challenge and Resolution procedure',
      urls: [],
      quote: at(
        104,
        'For more information, please refer to the DSPP Multi Agency Professional Challenge and Resolution procedure',
      ),
      refs: [at(104, 'available on the Safeguarding Children Procedures page of the DSPP website')],
    },
  ],
  frontDoor: {
    serviceName: "Children's Front Door",
    description: at(
      201,
      "The Children's Front Door will triage the request and provide feedback about the outcome",
    ),
    phones: [
      {
        number: '0300 555 0050',
        purpose: 'front-door',
        service: "Children's Front Door (a social worker)",
        hours: null,
        ref: at(243, 'the Front Door should be contacted on 0300 555 0050'),
      },
      {
        number: '0300 555 8574',
        purpose: 'out-of-hours',
        service: 'Emergency Duty Team',
        hours: 'out of hours',
        ref: at(243, '0300 555 8574 for the out of hours Emergency Duty Team'),
      },
      {
        number: '01384 813110',
        purpose: 'lado',
        service: 'Designated Officer (LADO)',
        hours: null,
        ref: at(249, 'allegations@dudley.gov.uk 01384 813110'),
      },
    ],
    hours: null,
    outOfHours: {
      route: 'Emergency Duty Team',
      phone: '0300 555 8574',
      ref: at(243, '0300 555 8574 for the out of hours Emergency Duty Team'),
    },
    emails: [
      {
        address: 'allegations@dudley.gov.uk',
        purpose: 'Designated Officer (LADO): concerns about anyone working with children',
        ref: at(
          249,
          'If the concern involves anyone working with children contact the Designated Officer (LADO): allegations@dudley.gov.uk',
        ),
      },
    ],
    portal: {
      text: "Children's Front Door Portal",
      url: null,
      ref: at(
        241,
        "Agencies should submit a Request for Help and Support via the Children's Front Door Portal.",
      ),
    },
    referralInstrument: {
      name: 'Request for Help and Support',
      acronym: null,
      expansion: null,
      route: at(
        201,
        "Referral to the Targeted Early Help Service is via a Request for Help and Support submitted via the Children's Front Door portal. A copy of the Early Help Assessment should be attached",
      ),
      refs: [
        at(
          243,
          'After your concerns have been explored, you will be asked to follow up with a portal referral.',
        ),
        at(606, "a Request for Help and Support should be completed via the Children's Front Door Portal."),
      ],
    },
    deadlines: [
      {
        kind: 'review',
        iso: 'P12W',
        working: false,
        strength: 'must',
        trigger: 'the previous Team Around the Family review (reviews every 6-12 weeks)',
        refs: [
          at(
            649,
            'To review progress, hold a TAF meeting with the child, young person, family and any involved professionals, every 6-12 weeks to review the plan.',
          ),
        ],
      },
    ],
    emergency: {
      instruction: at(
        243,
        'If there is a concern that a child is immediately at risk, the Police should be called on 999.',
      ),
      call999: true,
    },
  },
  stepUpDown: [
    {
      id: 'step-up-from-level-2',
      direction: 'up',
      title: 'Moving between levels of need',
      context:
        'A child supported at Level 2 needs Targeted Early Help or social work; if that is declined the Front Door advises.',
      steps: [],
      actors: ['professional team around the child', "Children's Front Door practitioner"],
      refs: [
        at(
          606,
          "If a child and family is being supported at Level 2 and the professional team around them believe that Targeted Early Help or Social Work support is necessary, a Request for Help and Support should be completed via the Children's Front Door Portal.",
        ),
        at(
          608,
          'Where the decision is made that Targeted Early Help or Social Work intervention is not the right course of action for the family, the Front Door practitioner will provide advice and guidance as to the options available for ongoing Early Help Support.',
        ),
        at(
          604,
          'It is important that agencies do not disengage their support from a family without ensuring that colleagues in other agencies are sufficiently informed to continue working with the child',
        ),
      ],
    },
    {
      id: 'step-down-to-lead-practitioner',
      direction: 'down',
      title: 'Moving between levels of need',
      context:
        'The Targeted Early Help or social work team manager agrees intensive or statutory support is no longer needed.',
      steps: [],
      actors: ['Targeted Early Help or Social Work Team Manager', 'lead practitioner'],
      refs: [
        at(
          610,
          "When the Targeted Early Help or Social Work Team Manager is in agreement that the child or young person's situation no longer requires intensive support or statutory children's services involvement",
        ),
        at(
          610,
          'This may involve transfer from social work intervention to Targeted Early Help or to a lead practitioner who will have an ongoing role with the family usually at Level 2.',
        ),
        at(
          610,
          'a new Early Help Assessment and plan can continue to support the family in a joined up and co-ordinated way',
        ),
      ],
    },
    {
      id: 'early-help-pathway',
      direction: 'both',
      title: 'Early help pathway and process',
      context: 'From first worry to a Team Around the Family plan, its reviews, and escalation or closure.',
      steps: [
        item(
          632,
          'Practitioner is worried/concerned about child having needs that are not being met. Discuss with line manager or safeguarding lead.',
        ),
        item(
          634,
          'Organise support directly by using own agency assessment tool or Dudley Early Help Assessment via the Early Help Portal',
        ),
        item(
          636,
          'Consider whether additional resources may be needed and complete the Dudley Early Help Assessment via the Early Help portal.',
        ),
        item(
          638,
          'Refer to relevant agencies for support and if more than one agency is involved, agree who the lead practitioner will be.',
        ),
        item(
          640,
          'Hold a TAF meeting and create a plan together with the child/young person and their family.',
        ),
        item(641, 'Set a date to review the plan.'),
        item(
          645,
          'Share the plan with the professionals who attended the multi-agency meeting, the child/young person and family.',
        ),
        item(
          649,
          'To review progress, hold a TAF meeting with the child, young person, family and any involved professionals, every 6-12 weeks to review the plan.',
        ),
        item(
          651,
          'The decision should be made to continue with the plan /amend the plan/ or to end the plan as the needs are fully met, or to end the plan and a single agency will meet the need or that only universal services are required.',
        ),
        item(
          653,
          'The review can be brought forward if the plan is not progressing, or the needs escalate and consideration needs to be given to whether a referral to Targeted Early Help or Statutory services needs to be made',
        ),
      ],
      actors: [
        'practitioner',
        'line manager or safeguarding lead',
        'lead practitioner',
        'Team Around the Family',
      ],
      refs: [
        at(614, 'Early help pathway and process'),
        at(630, 'The Early Help Assessment process is consent based'),
      ],
    },
  ],
  lists: [
    {
      id: 'key-principles',
      kind: 'key-principles',
      title: 'Key principals of practice',
      intro: null,
      items: items(62, [
        'We will use relationships to maximise child and family participation and the coproduction of plans',
        'We will work with the whole family, recognising that unmet parental needs and challenges impact on the daily lived experience of children',
        'We will focus on the lived experience of the child or young person and seek to hear and respond to their voice',
        'We will have open and honest conversations with parents and carers so that we can understand their experiences from the perspective of the family',
        'We will provide help and support as early as possible, working in a way that empowers families, by building on strengths and increasing resilience. We will reduce the level of support provided at the right time for families',
        'We will ensure a multi-agency, coordinated approach to delivery of services',
        'We recognise that children live within a wider network of family and community support and value the contribution that these relationships can have in supporting child and family well-being and safety. We will focus on achieving permanency within birth families where this is possible',
        'We will practice in a relational and trauma informed way with families',
        'We will ensure our practice adheres to the Equality Act 2010',
      ]),
      refs: [at(46, 'Key principals of practice')],
    },
    {
      id: 'level-4-groups',
      kind: 'statutory-categories',
      title: 'Level 4: Specialist',
      intro: at(231, 'These children will include:'),
      items: items(233, [
        'Children who will experience impairment or harm if their needs are not met including children who have significant developmental or disability needs',
        'Children who need protecting: a child who has suffered significant harm or is likely to',
        'Children looked after and privately fostered',
        'Young people who have committed an offence',
        'Children with acute mental health needs',
      ]),
      refs: [at(227, 'Level 4: Specialist')],
    },
    {
      id: 'restorative-questions',
      kind: 'restorative-questions',
      title: 'Indicators of possible need',
      intro: at(
        269,
        'Conversations with the family should be undertaken using Restorative Practice and explore:',
      ),
      items: items(271, [
        'What is working well in the family what are the strengths?',
        'What are the worries and vulnerabilities and what needs to change for the child and/or young person to be cared for safely?',
        'What is working well for the family that can be built on more?',
        'What are the family networks and what support is being offered could this be enhanced through a family network meeting/ a family group conference?',
        "How do external and parental factors impact on the parent's ability to focus on and prioritise the child and work with professionals?",
        'What wider environmental factors might be impacting?',
        'What is the family history of need and support what support would they accept now?',
      ]),
      refs: [at(261, 'Indicators of possible need')],
    },
    {
      id: 'significant-harm-severity',
      kind: 'significant-harm-severity',
      title: 'Significant harm',
      intro: at(291, 'When considering the severity of ill-treatment, it can be useful to consider:'),
      items: items(293, [
        'the degree and the extent of physical harm',
        'the duration and frequency of abuse and neglect',
        'the extent of premeditation, and',
        'the presence or degree of threat, coercion, sadism and bizarre or unusual elements',
      ]),
      refs: [at(285, 'There are no absolute criteria for establishing significant harm.')],
    },
    {
      id: 'significant-harm-factors',
      kind: 'significant-harm-factors',
      title: 'Significant harm',
      intro: at(
        300,
        "To understand and establish 'significant harm', professionals should consider a range of factors including:",
      ),
      items: items(302, [
        'the family context, including protective factors',
        "the child's development within the context of his or her family and wider social and cultural environment",
        "any special needs, such as a medical condition, communication difficulty or disability that may affect the child's development and care within the family",
        'the nature of harm, in terms of ill-treatment or failure to provide adequate care',
        "the impact on the child's health and development",
        "the capacity of the parent or carer to adequately meet the child's needs",
      ]),
      refs: [at(281, 'Significant harm')],
    },
  ],
  riskMatrices: [],
  goodReferralQuestions: null,
  signsOfSafety: null,
  practiceModels: [
    {
      name: 'Restorative Practice',
      ref: at(269, 'Conversations with the family should be undertaken using Restorative Practice'),
    },
    {
      name: 'DSPP All Age Exploitation Screening Tool',
      ref: at(185, 'DSPP All Age Exploitation Screening Tool'),
    },
    { name: 'DSPP Think Family Hoarding Toolkit', ref: at(186, 'DSPP Think Family Hoarding Toolkit') },
    { name: 'Graded Care Profile 2', ref: at(187, 'DSPP Child Neglect and Graded Care Profile2') },
  ],
};
