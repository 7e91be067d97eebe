/**
 * Telford & Wrekin (seed 000): "Right Help at the Right Time" partnership threshold guidance (c. 2022–23).
 * Line numbers are physical lines of the seed file; see shared/docs/source-notes.md §1.
 */
import { refsIn } from './ref.ts';
import { splitRiskCell } from './risk-cell-split.ts';
import type { AreaRules, RiskMatrix } from './schema.ts';

const FILE = '000_cbc55e4a064da141.txt';
const { at, cite, item, items } = refsIn(FILE);

const DESCRIPTORS = 201;

const CE_LEVELS = [
  { level: 'Vulnerable', ordinal: 2 },
  { level: 'Complex', ordinal: 3 },
  { level: 'Acute', ordinal: 4 },
] as const;

function ceCategory(
  number: number,
  name: string,
  nameLine: number,
  printed: string,
  rows: ReadonlyArray<readonly [number, string]>,
): RiskMatrix['categories'][number] {
  if (rows.length !== 3)
    throw new Error(`${FILE}:${nameLine}: CE category ${number} needs 3 rows, has ${rows.length}`);
  return {
    number,
    name,
    nameRef: at(nameLine, printed),
    cells: rows.map(([line, raw], index) => {
      const { level, ordinal } = CE_LEVELS[index]!;
      const split = splitRiskCell(raw, `${FILE}:${line} (CE category ${number}, ${level})`);
      return {
        level,
        ordinal,
        raw,
        items: split.items,
        splitConfidence: split.splitConfidence,
        ref: at(line, raw),
      };
    }),
  };
}

const childExploitationRiskTable: RiskMatrix = {
  id: 'child-exploitation-risk-threshold-indicator',
  title: 'Child Exploitation Risk Threshold Indicator',
  levels: ['Vulnerable', 'Complex', 'Acute'],
  categories: [
    ceCategory(1, 'Running away/ going missing', 502, '1. Running away/ going missing', [
      [
        502,
        'Regularly coming home later than their agreed time/Absent without permission/Returning late to care home/Absent from school/Whereabouts often unknown.',
      ],
      [
        503,
        'Frequently staying out overnight without permission/Episodes of running away, MFH, missing from placement/Looking well cared for despite having no known base?/Regular breakdowns of placement due to behavioural problems.',
      ],
      [
        504,
        'Persistently running away, going MFH or placement/Pattern of street homelessness/Whereabouts often unknown or of significant concern, talks about and/or known to travel to different areas or cities.',
      ],
    ]),
    ceCategory(2, 'Coercion/control', 505, '2.Coercion/control', [
      [
        505,
        'Recent change in peer group/Reduced contact with family/friends/Late night phone/internet contact',
      ],
      [
        506,
        'Secretive about having a mobile phone or more than one/ Extensive use of mobile phone/internet/Late night phone/internet contact/Limited contact with family/friends/A sense of urgency about needing to be elsewhere.',
      ],
      [
        507,
        'Secretive about having a mobile phone/more than one/Disclosure of or police intelligence regard physical/sexual assault followed by withdrawn allegation/reluctant to report/No contact with family/friends/Disappear from system (no contact with support systems)/Disclosure of or police intelligence relating to county lines/gang activity involvement or links, talks about having drug debts and an urgent need for money. Family report hostile acquaintances coming to the door or telephoning/messaging and making threats/A significant sense of urgency about needing to be elsewhere/Evidence of grooming/coercion/exploitation/victim of trafficking.',
      ],
    ]),
    ceCategory(
      3,
      'Contact with abusive persons and/or risky environments',
      509,
      '3. Contact with abusive persons and/or risky environments',
      [
        [
          509,
          'Some association with unknown adults and/or other exploited children and/or missing children/Some association with gang and county lines involved adults or peers',
        ],
        [
          510,
          'Associating with unknown adults and/or other exploited children/ young people and/or missing children/Information and Police Intelligence suggesting involvement in exploitation/Spending time in areas where exploitation has taken place/Associating with possible county lines or gang members/Getting into cars with unknown adults or suspected perpetrators of CCE/CSE/New or expensive possessions which cannot be accounted for/Access to cash/money, spending time in areas where drug activity known to take place or fearful of going to certain areas.',
        ],
        [
          511,
          'Identifying as a county lines or gang member/Found in areas/ properties known for drug activity/Evidence or Police Intelligence to suggest being moved around for criminal activity/Abducted and forced imprisonment (described by young person as “locked in”).',
        ],
      ],
    ),
    ceCategory(4, 'Substance misuse', 512, '4. Substance misuse', [
      [
        512,
        'Experimenting with alcohol/cannabis/Associating with young people known to use substances regularly.',
      ],
      [
        513,
        'Regular use of or recent increase in use of substances/Use of drugs in addition to alcohol/cannabis (e.g. MDMA, cocaine)/ Concerns for drug dependency/Associating with known drug dealers/Seen in known areas for selling drugs/Seen associating with young people who are running and believed to be being exploited and involved in drug lines. Being given substances as part of grooming process.',
      ],
      [
        514,
        'Evidence of dependency on alcohol/drugs/Using opiates (e.g. heroin, codeine, methadone)/Injecting of any substance/Dealing of substances/Found in areas/properties known for drug activity/ Supply of substances to others/CE activity for paying off of debts e.g. drug debt/known to be actively involved in networks that run drug lines. Being given substances as part of exploitation.',
      ],
    ]),
    ceCategory(5, 'Education', 515, '5. Education', [
      [
        515,
        'Mainly engaged in education, employment or training/Some attendance/behaviour issues/Poor educational achievement. Some periods of exclusion.',
      ],
      [
        516,
        'Irregular/poor attendance/truanting from school/Losing interest in education/Periods of exclusion(s)/modified time table/ Whereabouts during school hour’s unknown/Poor educational achievement/Attending alternative provisions.',
      ],
      [
        517,
        'Not in Education, training or employment/regular breakdown of school placements due to behavioural needs/whereabouts during school hours unknown and information suggesting links to CE/County Lines or Gangs/Poor educational achievement.',
      ],
    ]),
    ceCategory(6, 'Use of social media/technology', 519, '6. Use of social media/technology', [
      [
        519,
        'Talking to/communication with unknown adults/peers via the internet /Lack of awareness of online safety (young people and parents/carers).',
      ],
      [
        520,
        'Use of internet to share inappropriate or sexual images/Meeting in person, adults or peers following contact via social media/ Concerns young person may be being groomed/Extensive/ secretive use of internet/Information on social media platforms indicating potential grooming/coercion/exploitation.',
      ],
      [
        521,
        'Use of internet to regularly meet in person risky adults/peers/ Evidence of bullying through social media/internet/Evidence of harmful material being shared online/ Accessing material relating to group violence/drill music material and incorporating this into their day to day lives.',
      ],
    ]),
    ceCategory(
      7,
      'Emotional & physical health *Sexual health',
      522,
      '7. Emotional & physical health *Sexual health',
      [
        [
          522,
          'Low self-esteem / Some or reduced concerns of self-harm and/ or eating disorders / Difficulty in making or maintaining friendships with peers.',
        ],
        [
          523,
          "Low self-esteem impacting upon young person's mental health / Increased concerns of self-harm / Violent/emotional outbursts or bullying or threatening behaviour / Offending behaviour / Difficulty in making or maintaining friendships with peers/ Concerns young person may be exposed to violence. Changes to physical appearance/ presentation/ significant weight loss/gain",
        ],
        [
          524,
          'Chronic low self-esteem/Changes or extremes in mental health/ Suicidal ideation/Evidence of emotional abuse from violence, as witness or victim/Evidence of self-harm, eating disorders, previous suicide attempts or overdoses/Frequent attendance at A&E/sexual health/Physical symptoms suggestive of sexual or physical assault including Plugging/Stuffing/Bagging. Repeat unplanned pregnancy or pregnancies (including ending in termination/miscarriage). Increased sexually transmitted infections and/or increased tests. Repeat requests for emergency contraception.',
        ],
      ],
    ),
    ceCategory(
      8,
      'Accommodation and family relationships',
      525,
      '8. Accommodation and family relationships',
      [
        [
          525,
          'Accommodation generally meets needs of young person/ Support available from family/parent/carer / Communication within home environment is good/ known peers/older sibling involved in drug distribution/county lines/gangs.',
        ],
        [
          526,
          'Overcrowding / Living with other young people who are considered to be at risk of CE / Evidence of decline in relationship and/or communication with family/parent/carer, known peers/ older siblings who are suspect to have county lines debts, lack of parental supervision or interest in the young person.',
        ],
        [
          527,
          'Homeless or sofa surfing / Young person often stays elsewhere/ Lack of relationship/understanding or trust / Family/friends/peers are known or suspected perpetrators of CE/ Known, parent is unavailable to them physically or emotionally.',
        ],
      ],
    ),
    ceCategory(9, 'Offending/ criminal Activity', 529, '9. Offending/ criminal Activity', [
      [
        529,
        'Coming to the attention of the police/ Concerns about being involved with or witnessing offending behaviour. Association with Peers or associates who are in possession of drugs/ Talked about or considering carrying weapons.',
      ],
      [
        530,
        'Known to be involved in drug related offending/ Police intelligence indicating/ Arrested by the police/charged/ investigated for offences of possession of offensive weapon/ Possession of drugs/ Theft. Known to be connected with drug distribution networks and lines.',
      ],
      [
        531,
        'Significant intelligence indicating/Charged or convicted of Robbery/Use of offensive weapon/ possessions of large quantities of drugs/ Known to be active with drug distribution networks and lines/ recruiting others to run drug lines and to organised crime/ Witness withdrawing statements and suspecting intimidation. Disclosure of criminal/sexual exploitation or assault.',
      ],
    ]),
    ceCategory(10, 'Community/ social isolation factors', 532, '10. Community/ social isolation factors', [
      [
        532,
        'Is the young person vulnerable to or experiencing low levels of social isolation that may be exacerbated as a result of Deprivation (including a perceived inability or reluctance to access more mainstream support)/ their Ethnicity/ cultural background/cultural dissonance/ being a Child Looked After/ identifying/exploring as Lesbian, Bisexual, Gay or Transgender (LBGT)/ their Special Educational Needs (SEND)/ Poor educational achievement or other factors. Some protective community factors present and support evident.',
      ],
      [
        533,
        'Is the young person experiencing moderate levels of social isolation that may be exacerbated by Deprivation/ their Ethnicity/ cultural background/ cultural conflict, being a Child Looked After/ identifying/exploring as Lesbian, Bisexual, Gay or Transgender (LBGT)/ their Special Educational Needs (SEND)/ Poor educational achievement or other factors? Some community protective factors are present but the young person is reluctant to access them. Starting to socialise with or take an interest in pro-offending groups. Aspires to be part of a local gang or anti-social group.',
      ],
      [
        534,
        'Is the young person experiencing high levels of social isolation that may be exacerbated by deprivation (including being part of a community who does not accept diversity)/ their Ethnicity/ cultural background/ cultural conflict/ being a Child Looked After/ identifying/exploring as Lesbian/ Bisexual, Gay or Transgender (LBGT)/ they have SEND/ poor educational achievement or other factors. Are being targeted by groups or individuals due to their vulnerability. Is seeking inclusion/recognition from pro-offending peers or communities. Lack of community protective factors or disengagement by young person. Known to be an active participant in a local gang or anti-social group.',
      ],
    ]),
  ],
  refs: [at(499, 'Child Exploitation Risk Threshold Indicator'), at(501, 'Exploitation Risk Categories')],
};

export const telfordWrekinRules: AreaRules = {
  area: 'telford-wrekin',
  file: FILE,
  identity: {
    partnershipName: 'Telford & Wrekin Safeguarding Partnership',
    acronym: null,
    title:
      'TELFORD & WREKIN PARTNERSHIP THRESHOLD GUIDANCE – A partnership framework for assessment and support – Right Help at the Right Time',
    statedDate: null,
    inferredDate: {
      text: 'c. 2022–23 (undated; links the 2022-2023 escalation policy and cites Working Together 2018)',
      evidence: [
        at(366, 'escalation-policy-2022-2023.docx'),
        at(147, 'A guide to inter-agency working to safeguard and promote the welfare of children (2018)'),
      ],
    },
    refs: [
      at(13, 'TELFORD & WREKIN PARTNERSHIP THRESHOLD GUIDANCE'),
      at(15, 'A partnership framework for assessment and support'),
      at(16, 'Right Help at the Right Time'),
      at(
        48,
        'Telford & Wrekin Safeguarding Partnership endorses and actively promotes the use of the partnership framework',
      ),
    ],
  },
  levels: [
    {
      ordinal: 1,
      localName: 'Universal',
      nameRef: at(155, 'Universal'),
      aliases: [],
      definitions: [
        at(
          157,
          'Children, young people and families with no identified additional needs and children with additional needs that can be met by receiving support by a single agency practitioner and family members.',
        ),
        at(
          DESCRIPTORS,
          'Children with no additional needs and where there are no concerns. Typically, these children are likely to live in a resilient and protective environment where their needs are met.',
        ),
      ],
      serviceResponses: [
        {
          kind: 'universal_direct_access',
          refs: [at(157, 'Whole family can access universal services directly.')],
        },
        {
          kind: 'single_agency_support',
          refs: [
            at(157, 'can be met by receiving support by a single agency practitioner and family members'),
          ],
        },
      ],
      canonicalBand: 'universal',
    },
    {
      ordinal: 2,
      localName: 'Vulnerable',
      nameRef: at(159, 'Vulnerable'),
      aliases: [cite(540, 'Vulnerable In addition to Universal')],
      definitions: [
        at(
          161,
          'Children, young people and families with additional or emerging needs that can be met by a single agency or a multi agency services in addition to universal services.',
        ),
        at(
          DESCRIPTORS,
          'These children can be defined as needing some additional support without which they would likely not reach their full potential.',
        ),
      ],
      serviceResponses: [
        {
          kind: 'single_agency_support',
          refs: [
            at(
              161,
              'can be met by a single agency or a multi agency services in addition to universal services',
            ),
          ],
        },
        {
          kind: 'eha',
          refs: [
            at(
              161,
              'An Early Help Assessment (EHA) to be completed to consider holistic needs for the whole family.',
            ),
          ],
        },
        {
          kind: 'lead_professional',
          note: 'Where needs are not clear, not known or not being met.',
          refs: [
            at(
              DESCRIPTORS,
              'If their needs are not clear, not known or not being met a lead professional will coordinate an Early Help Assessment and Support Plan around the Family.',
            ),
          ],
        },
      ],
      canonicalBand: 'early-help',
    },
    {
      ordinal: 3,
      localName: 'Complex',
      nameRef: at(163, 'Complex'),
      aliases: [cite(540, 'Complex In addition to Vulnerable')],
      definitions: [
        at(
          165,
          'Children, young people and families who are experiencing multiple needs that are not being met.',
        ),
        at(
          DESCRIPTORS,
          'This level applies to those children identified as requiring targeted support. It is likely that for these children their needs and care are compromised.',
        ),
      ],
      serviceResponses: [
        {
          kind: 'eha',
          refs: [
            at(
              165,
              'An Early Help Assessment (EHA) should be completed to consider holistic needs for the whole family',
            ),
          ],
        },
        { kind: 'ehsp', refs: [at(165, 'an Early Help Support Plan (EHSP) should also be completed')] },
        {
          kind: 'targeted_early_help',
          refs: [
            at(DESCRIPTORS, 'This level applies to those children identified as requiring targeted support.'),
          ],
        },
        {
          kind: 's17_assessment',
          note: 'Only where social care intervention is required ("may be assessed").',
          refs: [
            at(
              DESCRIPTORS,
              'Children who require social care intervention may be assessed under section 17 requiring a child in need support plan.',
            ),
          ],
        },
        {
          kind: 'cin_plan',
          note: 'Following a section 17 assessment.',
          refs: [at(DESCRIPTORS, 'requiring a child in need support plan')],
        },
      ],
      canonicalBand: 'targeted',
    },
    {
      ordinal: 4,
      localName: 'Acute',
      nameRef: at(167, 'Acute'),
      aliases: [cite(540, 'Acute In addition to Complex')],
      definitions: [
        at(
          169,
          'Children, young people and families who are experiencing significant impairment of harm, known or suspected abuse.',
        ),
        at(
          DESCRIPTORS,
          'These are children whose needs and care at the present time are likely to be significantly compromised thereby requiring assessment under Section 47 or Section 17 of the Children Act 1989.',
        ),
      ],
      serviceResponses: [
        {
          kind: 'front_door_referral',
          refs: [
            at(
              363,
              'If you are worried or concerned about anyone under 18, who you think is experiencing significant harm please contact Family Connect 01952 385385',
            ),
          ],
        },
        {
          kind: 's47_enquiry',
          refs: [
            at(DESCRIPTORS, 'requiring assessment under Section 47 or Section 17 of the Children Act 1989'),
          ],
        },
        {
          kind: 's17_assessment',
          refs: [
            at(DESCRIPTORS, 'requiring assessment under Section 47 or Section 17 of the Children Act 1989'),
          ],
        },
        {
          kind: 'cin_plan',
          refs: [
            at(
              DESCRIPTORS,
              'These children may become subject to a child in need plan, a child protection plan',
            ),
          ],
        },
        {
          kind: 'cp_plan',
          refs: [
            at(
              DESCRIPTORS,
              'These children may become subject to a child in need plan, a child protection plan',
            ),
          ],
        },
        {
          kind: 'accommodation',
          refs: [
            at(
              DESCRIPTORS,
              "may need to be accommodated (taken into care) by Children's Social Care either on a voluntary basis or by way of Court Order",
            ),
          ],
        },
        {
          kind: 'call_999',
          refs: [at(171, 'If it is an emergency or there is a threat of immediate danger, always dial 999.')],
        },
      ],
      canonicalBand: 'statutory',
    },
  ],
  consent: {
    rules: [
      {
        id: 'consent-child-protection-referral',
        condition: {
          significantHarm: 'yes',
          levels: [4],
          activity: 'a child protection referral to Family Connect',
        },
        requirement: 'none',
        informParentsFirst: {
          rule: 'unless_exceptions',
          refs: [
            at(
              179,
              'The referring practitioner, would need to inform parents or carers of the child protection referral, unless to do so may:',
            ),
          ],
        },
        childAgeThreshold: null,
        exceptions: [
          cite(181, 'place the child at increased significant harm; or'),
          cite(182, 'place any other person at risk of injury; or'),
          cite(183, 'obstruct or interfere with any potential Police investigation; or'),
          cite(184, 'lead to unjustified delay in making enquiries about allegations of significant harm.'),
        ],
        summary:
          'Consent is not needed for a child protection referral; tell the parents you are referring unless telling them could increase the harm, put someone at risk, obstruct the police or delay enquiries.',
        refs: [
          at(
            179,
            'Consent for information sharing is not required for child protection referrals, where it is suspected that a child may likely be exposed to harm or experiencing significant harm.',
          ),
          at(
            186,
            'Barriers to gaining consent should also not delay a child protection referral being completed and sent to Family Connect.',
          ),
        ],
      },
      {
        id: 'consent-significant-impairment-advise-family',
        condition: {
          significantHarm: 'no',
          levels: [3, 4],
          activity:
            'sharing information within Family Connect about a child in need (significant impairment)',
        },
        requirement: 'inform',
        informParentsFirst: {
          rule: 'always_before_sharing',
          refs: [
            at(
              190,
              'the family need to be advised that information will be shared within Family Connect for decisions to be made on how best to support the family',
            ),
          ],
        },
        childAgeThreshold: null,
        exceptions: [
          cite(
            190,
            'unless it is required by law or it is considered a child, young person or adult is likely to harm themselves or others',
          ),
        ],
        summary:
          "Where a child is experiencing significant impairment, tell the family that information will be shared within Family Connect; otherwise information is not shared without the parent's or young person's agreement.",
        refs: [
          at(
            190,
            "Information received will be treated as confidential and will not be shared without the parent, or young person's agreement",
          ),
          at(
            188,
            'Parents and young people of sufficient age and understanding will need to be engaged in discussions',
          ),
        ],
      },
      {
        id: 'consent-request-for-service',
        condition: {
          significantHarm: 'any',
          levels: [3, 4],
          activity: 'a request for service to the Family Connect Safeguarding team',
        },
        requirement: 'seek',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: null,
        exceptions: [cite(692, 'unless if by doing so it will place the child exposed to harm')],
        summary:
          'Before calling the Family Connect Safeguarding team, consider parental consent to share information, unless that would expose the child to harm.',
        refs: [
          at(
            692,
            'Prior to calling the Family Connect Safeguarding team please consider parental consent to share information unless if by doing so it will place the child exposed to harm.',
          ),
          at(
            717,
            'Parental consent to share information unless if by doing so it will place the child at further harm.',
          ),
        ],
      },
      {
        id: 'consent-competent-person',
        condition: {
          significantHarm: 'any',
          levels: [1, 2, 3, 4],
          activity: 'consent to share personal data',
        },
        requirement: 'seek',
        informParentsFirst: { rule: 'not_stated', refs: [] },
        childAgeThreshold: {
          age: 12,
          comparison: 'at-least',
          qualifier: 'depending on level of understanding',
          ref: at(897, 'Anyone aged 12 years or over depending on level of understanding'),
        },
        exceptions: [],
        summary:
          'A young person aged 12 or over can be a competent person who gives their own consent, depending on their understanding; for those under 12 a parent, guardian or carer consents for them.',
        refs: [
          at(
            897,
            'Anyone aged 12 years or over depending on level of understanding deemed to understand their rights under the Data Protection Act 1998',
          ),
          at(
            901,
            'For those aged under 12 years, or otherwise classed as unable to give consent, the appropriate parent/guardian/carer can do so on their behalf.',
          ),
        ],
      },
    ],
    childAgeThreshold: {
      age: 12,
      comparison: 'at-least',
      qualifier: 'depending on level of understanding',
      ref: at(897, 'Anyone aged 12 years or over depending on level of understanding'),
    },
    childAgeVariants: [],
    childViewPriority: at(
      192,
      'If the child or young person agrees to information sharing but their parents do not, a practitioner should consider whether the child or young person is of an age and understanding where their view can be prioritised over their parents.',
    ),
  },
  escalation: [
    {
      kind: 'policy-reference',
      id: 'telford-escalation-policy',
      policyName: 'Telford & Wrekin Safeguarding Escalation Policy',
      urls: [
        'https://www.telfordsafeguardingpartnership.org.uk/download/downloads/id/29/escalation-policy-2022-2023.docx',
        'https://westmidlands.procedures.org.uk/local-content/4gjN/escalation-policy-resolution-of-professional-disagreements/?b=Telford+%26+Wrekin',
      ],
      quote: at(
        367,
        'If you are not happy with the decisions Family Connect make you may access the Resolution and Escalation policy',
      ),
      refs: [
        at(366, 'Telford & Wrekin Safeguarding Escalation Policy'),
        at(
          484,
          'If you are not happy with the decisions Family Connect make you may access the Resolution and Escalation policy',
        ),
      ],
    },
  ],
  frontDoor: {
    serviceName: 'Family Connect',
    description: at(
      835,
      'Family Connect is a free and confidential service, made up of a multi-disciplinary partnership of internal and external agencies.',
    ),
    phones: [
      {
        number: '01952 385385',
        purpose: 'front-door',
        service: 'Family Connect',
        hours: 'between 9am & 5pm',
        ref: at(363, 'please contact Family Connect 01952 385385 between 9am & 5pm'),
      },
      {
        number: '01952 676500',
        purpose: 'out-of-hours',
        service: 'Emergency Duty Team',
        hours: 'out of office hours',
        ref: at(363, 'if out of office hours call Emergency Duty Team on 01952 676500'),
      },
    ],
    hours: cite(363, 'between 9am & 5pm'),
    outOfHours: {
      route: 'Emergency Duty Team',
      phone: '01952 676500',
      ref: at(363, 'if out of office hours call Emergency Duty Team on 01952 676500'),
    },
    emails: [
      {
        address: 'StrengtheningfamiliesBSO@telford.gov.uk',
        purpose:
          'Signed Early Help Assessments and Family Circle outcome measures (Strengthening Family Locality Services)',
        ref: at(637, 'Strengthening Family Locality Services – StrengtheningfamiliesBSO@telford.gov.uk'),
      },
    ],
    portal: {
      text: 'Family Connect request for service form',
      url: 'https://webforms.telford.gov.uk/form/198',
      ref: at(365, 'Family Connect request for service form <https://webforms.telford.gov.uk/form/198>'),
    },
    referralInstrument: {
      name: 'Family Connect request for service form',
      acronym: null,
      expansion: null,
      route: at(693, 'Complete the Family Connect request for service form within 2 working days.'),
      refs: [
        at(
          690,
          'Prior to contacting Family Connect Safeguarding team the practitioner should consult with the designated safeguarding lead officer of their agency.',
        ),
        at(482, 'Family Connect request for service form <https://webforms.telford.gov.uk/form/198>'),
      ],
    },
    deadlines: [
      {
        kind: 'submit-referral',
        iso: 'P2D',
        working: true,
        strength: 'must',
        trigger: 'contacting the Family Connect Safeguarding team (the form follows the call)',
        refs: [
          at(693, 'Complete the Family Connect request for service form within 2 working days.'),
          at(719, 'Complete the Family Connect request for service form within 2 working days.'),
          at(692, 'Prior to calling the Family Connect Safeguarding team'),
        ],
      },
    ],
    emergency: {
      instruction: at(
        171,
        'If it is an emergency or there is a threat of immediate danger, always dial 999.',
      ),
      call999: true,
    },
  },
  stepUpDown: [
    {
      id: 'step-up-without-early-help',
      direction: 'up',
      title: "Children's social care request for service without EHA/EHSP/WFW processes in place.",
      context:
        'Presenting a family to the Family Connect Safeguarding Advisor team when no Early Help Assessment or plan is in place.',
      steps: items(690, [
        'Prior to contacting Family Connect Safeguarding team the practitioner should consult with the designated safeguarding lead officer of their agency.',
        'The practitioner may also wish to consider completing a Early Help Assessment to evidence the unmet needs of the child/young person and family.',
        "If it has been deemed appropriate for a request for service to be made to Family Connect Safeguarding team this can be accepted without a EHA/EHSP process having been completed especially where it is believed that the child's situation meets the threshold for a child being exposed to significant harm. Prior to calling the Family Connect Safeguarding team please consider parental consent to share information unless if by doing so it will place the child exposed to harm.",
        'Complete the Family Connect request for service form within 2 working days.',
        "Family Connect Safeguarding team will consider whether the threshold has been met for intervention from a children's social care team.",
        'Where the threshold has not been met for a social care intervention the Family Connect Safeguarding advisor will provide advice and guidance as to the options that are available. They may triage the case to alternative early intervention and prevention support services for support. The case will then close to Family Connect Safeguarding Advisor team.',
        'Where the threshold is met for social care intervention a social worker will lead on completing a multi-agency child and family assessment.',
        'The outcome of a social work assessment may highlight a child who is vulnerable or has complex needs and that the child and family would benefit from having alternative services to support them. In these instances the social worker will contact the appropriate support services and request that they hold a EHSP meeting. The social worker will attend if appropriate or if this is a single service request for support a joint home visit will be undertaken if appropriate.',
        'With agreed consent to share information the social worker will share the assessment with the members who will be attending the EHSP or with the single agency. Note: If the parent is not in agreement with the assessment being shared with professionals involved with the family, the social worker will confirm with the parent which elements of the assessment the parent will not agree to share and only share those parts agreed.',
        'Where the social worker will no longer be required to support the child/family once appropriate access to services has been initiated, an appropriate lead professional must be in place to ensure an ongoing co-ordination of support.',
        'If following social work assessment, the outcome concludes that continued social work involvement is appropriate, the social worker will be the lead professional and will organise a child in need or child protection meeting.',
      ]),
      actors: [
        'practitioner',
        'designated safeguarding lead',
        'Family Connect Safeguarding advisor',
        'social worker',
        'lead professional',
      ],
      refs: [at(686, "Children's social care request for service without EHA/EHSP/WFW processes in place.")],
    },
    {
      id: 'step-up-within-early-help',
      direction: 'up',
      title: "Children's social care request for service within existing EHA/EHSP processes.",
      context:
        'Presenting a family already supported through an Early Help Assessment or Whole Family Working plan.',
      steps: [
        item(
          715,
          'Prior to contacting Family Connect Safeguarding team the practitioner would need to consult with their designated safeguarding lead officer of their agency.',
        ),
        item(
          716,
          'If it has been deemed appropriate for a request for service to be made to Family Connect Safeguarding team especially where the practitioner believes a child is experiencing significant harm, prior to calling the Family Connect Safeguarding team please consider:',
          [
            cite(
              717,
              'Parental consent to share information unless if by doing so it will place the child at further harm.',
            ),
            cite(718, 'Agencies will share copies of EHA/WFW on request.'),
            cite(719, 'Complete the Family Connect request for service form within 2 working days.'),
          ],
        ),
        ...items(720, [
          "Family Connect Safeguarding Team will consider whether the threshold has been met for support from children's social care.",
          'Where the threshold has not been met for a social care assessment the Family Connect Safeguarding advisor will provide advice and guidance as to the options that are available. The family will then close to Family Connect Safeguarding Advisor team.',
          'When the threshold is met for social care intervention a social worker will complete an assessment.',
          'The allocated social worker will make contact with the referring lead professional and other members of the EHA/WFW. This could take place either by telephone or face to face.',
          "The social worker may arrange to undertake a joint home visit to the child's/children's family home with the lead professional/other member of the EHA/WFW.",
          'When the social worker has completed the assessment they will inform the lead professional.',
          'The social worker will contact the parent of the child and gain consent for the assessment to be shared in full with the appropriate professionals EHA/WFW members. Note: If the parent is not in agreement with the assessment being shared with the EHA/WFW members the social worker will confirm with the parent which elements of the assessment the parent will not agree to share and only share the agreed parts.',
          'The social worker will request that the lead professional convenes a EHA/WFW meeting in order to share this assessment, its outcomes and recommendations with all members of the EHA/WFW.',
        ]),
        item(
          728,
          "The social worker's assessment may determine that the increased concerns raised and the analysis of the evidence clearly identifies that the child/children are likely to experience significant harm, any of the following actions may apply:",
          [
            cite(729, 'The social worker may remain involved and lead with a Child in Need Plan'),
            cite(730, 'The social worker may initiate an Initial Child Protection Conference.'),
            cite(731, 'The social worker may initiate accommodation of the child/children.'),
          ],
        ),
      ],
      actors: [
        'practitioner',
        'designated safeguarding lead',
        'Family Connect Safeguarding advisor',
        'social worker',
        'lead professional',
      ],
      refs: [at(711, "Children's social care request for service within existing EHA/EHSP processes.")],
    },
    {
      id: 'step-down-without-early-help',
      direction: 'down',
      title: "Children's social care intervention without previous EHA/WFW process in place.",
      context: 'Stepping a family down from social care when no Early Help Assessment was in place before.',
      steps: items(769, [
        "The social worker will discuss the with their team manager and agree that the child's situation and needs will be aided to be met by services to provide on-going co-ordinated support or a single agency service support.",
        'The social worker will have gained consent to share the information with those involved in the stepping down process. Note: If the parent is not in agreement with the assessment being shared with the EHA/WFW members the social worker will confirm with the parent which elements of the assessment the parent will not agree to share and what information can be shared.',
        'If there is not a co-ordinated child in need support plan already in place the social worker will contact the appropriate support services and invite them to attend a EHA/WFW or if only a single service is required a joint home visit should be convened. The social worker will attend the EHA/WFW and address the step down questions presented above.',
        'The social worker will no longer be required to support the child/young person once appropriate access to step down services has been initiated and an appropriate lead professional is in place to ensure an ongoing co-ordination of support.',
        "The line managers must monitor, support, and review children's circumstances that have stepped down from social care to ensure a co-ordinated support package is maintained until closure of the plan has been achieved.",
      ]),
      actors: ['social worker', 'team manager', 'lead professional', 'line manager'],
      refs: [at(765, "Children's social care intervention without previous EHA/WFW process in place.")],
    },
    {
      id: 'step-down-within-early-help',
      direction: 'down',
      title: "Children's social care intervention within prior existing EHA/EHSP process.",
      context:
        'Stepping a family down from social care back into an existing Early Help Assessment and support plan.',
      steps: items(785, [
        'When the social worker has completed the assessment the lead professional will be informed of the outcome by the social worker.',
        'The social worker will have gained consent to share the information with those involved in the stepping down process. Note: If the parent is not in agreement with the assessment being shared with the single agency practitioner or EHA/EHSP members the social worker will confirm with the parent which elements of the assessment the parent will not agree to share and what information can be shared.',
        'The social worker will request that the lead professional convenes a EHA/EHSP meeting in order to ensure that the recommendations of the assessment are addressed and appropriate actions supported.',
        'The line managers must monitor, support, and review families that have exited support from social care to ensure a co-ordinated support package is maintained until closure of the plan has been achieved.',
      ]),
      actors: ['social worker', 'lead professional', 'line manager'],
      refs: [at(781, "Children's social care intervention within prior existing EHA/EHSP process.")],
    },
    {
      id: 'step-down-end-of-child-protection-plan',
      direction: 'down',
      title:
        "Children's Social Care intervention for Children and Young people who no longer require a child protection plan.",
      context:
        'When a child protection plan is coming to an end and the Review Child Protection Conference considers an Early Help Support Plan.',
      steps: [
        ...items(815, [
          "The social worker child/young person's situation with their team manager and agree whether statutory social work involvement is still required to oversee the support plan.",
          'The Social Worker will convene a Child Protection Core Group prior to the Review Child Protection Conference where multi agency views will be recorded.',
          "An updated child and family assessment will be completed to evidence the child/young person's journey and evidence the progress made.",
          'The Review Child Protection Conference will consider whether the child/young person need to become subject to a Early Help Support Plan (EHSP). If the view of the group is that they do not, then the child/young person will be supported within universal services.',
          'If the view of the group is that the child/young people would benefit from a continued co-ordinated multi agency approach and be subject to a EHSP, then the group will identify the most appropriate Lead Professional for the child/young People and plan the initial EHSP meeting date.',
          'Where the decision has been made by the manager and social worker that the child/young person still requires social care involvement, the social worker will continue to lead and co-ordinate the appropriate support plan.',
          'Where the decision has been made that the social worker will not be remaining involved with the family, the social worker will lead the first initial EHSP ensuring that all actions required for the continued support of the child and family are captured and that the new lead professional is clearly identified. A copy of the EHSP plan will be forwarded to the Strengthening Family Locality Service, the new Lead Professional and their Service Manager.',
        ]),
        item(
          823,
          'The Lead Professional line manager must monitor, support, and review needs of families that have stepped down from Social Care to ensure a co-ordinated support package is maintained until closure of the plan has been achieved.',
        ),
      ],
      actors: [
        'social worker',
        'team manager',
        'Review Child Protection Conference',
        'lead professional',
        'line manager',
      ],
      refs: [
        at(
          810,
          "Children's Social Care intervention for Children and Young people who no longer require a child protection plan.",
        ),
      ],
    },
  ],
  lists: [
    {
      id: 'significant-harm-severity',
      kind: 'significant-harm-severity',
      title: 'THE CONCEPT OF SIGNIFICANT HARM',
      intro: at(345, 'When considering the severity of ill-treatment, it can be useful to consider:'),
      items: items(347, [
        'the degree and the extent of physical harm',
        'the duration and frequency of [abuse and neglect](#)',
        'the extent of premeditation, and',
        'the presence or degree of threat, coercion, sadism and bizarre or unusual elements.',
      ]),
      refs: [at(339, 'There are no absolute criteria for establishing significant harm.')],
    },
    {
      id: 'significant-harm-factors',
      kind: 'significant-harm-factors',
      title: 'THE CONCEPT OF SIGNIFICANT HARM',
      intro: at(
        354,
        "To understand and establish 'significant harm', professionals should consider a range of factors including:",
      ),
      items: items(356, [
        'the family context, including protective factors',
        "the child's development within the context of his or her family and wider social and cultural environment",
        "any special needs, such as a medical condition, communication difficulty or disability that may affect the child's development and care within the family",
        'the nature of harm, in terms of ill-treatment or the factors contributing to the parent/carers inability to provide adequate care',
        "the impact on the child's health and development",
        "the capacity of the parent or carer to adequately meet the child's needs",
      ]),
      refs: [at(335, 'THE CONCEPT OF SIGNIFICANT HARM')],
    },
    {
      id: 'harm-factors',
      kind: 'harm-factors',
      title: 'UNDERSTANDING AND MANAGING HARM',
      intro: at(381, 'Examples of harm factors include:'),
      items: items(383, [
        'previous abuse or neglect',
        'parental substance misuse',
        'domestic abuse',
        'people suspected of or are known to have committed or thought to have committed sexual offences involved with the family',
        'known or suspected people who have committed violent offences involved with the family',
        'persons known or suspected of having physically harmed children and young people previously',
        'persons known to or suspected of having seriously neglected children and young people previously',
        'mental illness or serious mental health problems in caregivers',
        'economic and social disadvantage',
        'evidence of significant debt',
        'young parents',
        'parents and carers with physical disabilities',
        'parents and carers with learning disabilities',
        'parents and carers who have unrealistic expectations of their child',
      ]),
      refs: [
        at(
          377,
          "Harm factors are those things that are identified in the child's circumstances or environment that might constitute a harm, a hazard or a threat.",
        ),
      ],
    },
    {
      id: 'parental-substance-misuse-effects',
      kind: 'parental-substance-misuse-effects',
      title: 'UNDERSTANDING AND MANAGING HARM',
      intro: at(
        402,
        'the adverse effects of care givers using substances can affect children and young people in a number of ways:',
      ),
      items: items(404, [
        'harmful physical effects on unborn and newborn babies',
        'higher likelihood of emotional and physical abuse and neglect due to impaired patterns of parental care',
        "disorganised lifestyles disrupt children's routines and relationships and lead to behavioural and emotional problems",
        'income diversion leading to poverty, debt and deprivation',
        'homelessness and unstable accommodation',
        'disrupted education',
        'exposure to criminality',
        'children and young people assuming responsibility for caring for adults',
      ]),
      refs: [
        at(
          402,
          'Parental substance misuse is an example where, often very quickly, the child or young person is exposed to a high level of harm over a short period of time.',
        ),
      ],
    },
    {
      id: 'warning-signs',
      kind: 'warning-signs',
      title: 'Warning Signs',
      intro: at(419, 'Examples of warning signs include:'),
      items: items(421, [
        'instance of physical injury to the child or young person or an admission of deliberate significant harm from care-givers',
        'a child or young person who is considered vulnerable goes missing (with or without their parents)',
        'parents or care-givers who find working with professionals challenging and as a result display hostile and aggressive behaviour and are consistently unable to follow advice and respond to support (including with services that are universal)',
        'parents or care-givers who threaten violence',
        'children and young people who are deliberately hidden from view; are "unavailable" when professionals visit the family home or are prevented from attending school or nursery',
        'a child or young person with a sexually transmitted disease',
      ]),
      refs: [
        at(
          417,
          'Warning signs should never be ignored and are an indication that immediate intervention might be needed to ensure the child or young person is safeguarded from future harm.',
        ),
      ],
    },
    {
      id: 'protective-factors',
      kind: 'protective-factors',
      title: 'Strengths and Protective factors',
      intro: at(434, 'Examples of protective factors include:'),
      items: items(436, [
        'emotional maturity and social awareness',
        'evidenced personal safety skills (incl. knowledge of sources of help)',
        'strong self esteem',
        'evidenced resilience and strong attachment',
        'evidence of protective adults',
        'evidence of support network(s) e.g. supportive peers or supportive relationships or strong social networks',
        'demonstrable capacity for change by caregivers and the sustained acceptance of the need to change to protect their child',
        'evidence of openness and willingness to co-operate and accept professional intervention',
      ]),
      refs: [
        at(
          432,
          'Where none can be identified this in itself must seriously increase concern as to current or future harm.',
        ),
        at(
          445,
          'Protective factors can only be understood when considered alongside identified harms and vulnerabilities',
        ),
      ],
    },
    {
      id: 'help-and-support-questions',
      kind: 'help-and-support-questions',
      title: 'Help and Support',
      intro: at(
        451,
        'The following list may assist you in organising your information. Please note that this list is not exhaustive, and should not be used as a checklist:',
      ),
      items: items(453, [
        'What are your concerns?',
        'What is the context of your concern? Was there a specific trigger or event?',
        'Has anyone been harmed?',
        'What is the lived experience of this child/young person? What is the presenting need?',
        'What evidence do you have to support your concerns? Please be specific.',
        'How have you tried to resolve these issues within your own work with the child or young person and their family (if relevant)?',
        'What will your continued support with the child or young person and their family be, if any?',
      ]),
      refs: [at(449, 'These questions may help you to make the decision about any action you need to take')],
    },
    {
      id: 'exposed-to-harm',
      kind: 'exposed-to-harm',
      title: 'Is the child exposed to harm?',
      intro: at(465, 'It may be:'),
      items: items(467, [
        'The child is at experiencing significant harm from others or themselves and requires skilled risk assessment and protection;',
        "The child or young person is likely to expose others to significant harm, distress or loss and a response needs to take account of the individual's interests and wellbeing of others;",
        "The child's circumstances, including their health, finances, living conditions or social situation, are likely to cause them or others serious harm, social exclusion or reduction of life chances;",
      ]),
      refs: [at(461, 'Is the child exposed to harm?')],
    },
    {
      id: 'in-need-of-help-and-support',
      kind: 'in-need-of-help',
      title: 'Is the child/young person in need of help and support?',
      intro: null,
      items: items(473, [
        'Careful analysis and interpretation of information will enable practitioners and families to conclude if an Early Help Assessment and Support Plan is needed to support the family',
        'Think about what is important and identify needs or difficulties;',
        'Understand the impact of strengths and pressures on the child or young person;',
        'Reach agreement about what needs to be improved;',
        "Agree the priority issues, aims and goals in terms of improving the child's unmet needs;",
        'Complete assessment and identify support needs.',
      ]),
      refs: [at(471, 'Is the child/young person in need of help and support?')],
    },
    {
      id: 'eha-when',
      kind: 'eha-when',
      title: 'Early Help Assessment (EHA)',
      intro: at(613, 'Some examples when Early Help Partners would use an EHA:'),
      items: items(615, [
        'needs identified about how a child/young person is progressing, in terms of their health, welfare, behaviour, learning, or any other aspect of their well-being',
        'you receive a request from the child/young person or parent/carer for more support',
        "you are concerned about a child/young person's appearance or behaviour, and their needs are unclear or are broader than your service can address",
        'child/young person is going missing',
        'there is persistent absenteeism from education',
        'the child/young person is disengaged from education',
        'the child is under 5 years old and there are concerns that they are not meeting their developmental milestones',
        'a young person under 16 years, is pregnant or they are a young parents',
        'the young person requires a referral to substance misuse services',
        'there are children/young people in families with multiple reports of domestic abuse incidents',
        'young people are involved in Acceptable Behaviour Contracts',
        'children/young people require additional support to prevent their entry into the youth justice system',
      ]),
      refs: [
        at(
          611,
          'Under the partnership model, the EHA will be used for all children and families who need early help services and targeted and co-ordinated multi-agency support.',
        ),
      ],
    },
    {
      id: 'eha-outcomes',
      kind: 'eha-outcomes',
      title: 'What happens next?',
      intro: at(632, 'The most likely outcomes of the assessment are that you will have:'),
      items: items(634, [
        'resolved your concerns and no additional action is required; or',
        'agreed some actions for you or your agency and or the child/family: you undertake your actions, set a date for review, and monitor progress; or begin the Early Help Support Plan meeting process, by inviting the relevant services, that will be required to assist the family also',
        'agreed an Early Help Support Plan meeting, to review your actions from the Early Help Assessment',
        'send a copy of your signed EHA and the Family Circle outcome measures to the Strengthening Family Locality Services – StrengtheningfamiliesBSO@telford.gov.uk',
      ]),
      refs: [
        at(
          630,
          'All completed Early Help Assessments are sent to the Strengthening Family Locality Services',
        ),
      ],
    },
    {
      id: 'step-down-questions',
      kind: 'step-down-questions',
      title: 'Questions to aid step down planning',
      intro: at(
        753,
        'The social worker will have gained consent to share the following information with those involved in the stepping down process.',
      ),
      items: items(755, [
        'What were the holistic needs and harm in this situation that required social care intervention?',
        'What support has been done to address and reduce level of needs and strengthen family functioning?',
        'What are the current protective factors (the things that keep the child safe and well)?',
        'Why is statutory involvement no longer required at this time?',
        'What are the outcomes that still need to be achieved through our integrated working model of EHA/WFW?',
        'What would it look like if harm was to increase again (early warning signs)?',
        'What actions should be taken if harm increases again?',
        'Have you provided all the most recent information to the professionals that are required to provide ongoing support?',
      ]),
      refs: [at(751, 'Questions to aid step down planning')],
    },
  ],
  riskMatrices: [childExploitationRiskTable],
  goodReferralQuestions: null,
  signsOfSafety: null,
  practiceModels: [
    { name: 'Family Circles', ref: at(639, 'Family Circles – evidencing family progression and outcomes') },
    { name: 'Whole Family Working', ref: at(953, 'Whole Family Working') },
  ],
};
