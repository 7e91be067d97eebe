import type { AreaId, LevelOrdinal } from './areas.ts';
import type { ConsentRulesSummary, FrontDoor } from './framework-lookup.ts';

/**
 * Area facts the scenarios need (level names, front door, consent, the response at each level),
 * transcribed by hand from shared/docs/source-notes.md (§0, §6.31–33, Appendix B). Used by the fixture
 * catalogue, and by the frameworks adapter as its fallback where frameworks has not curated an area's
 * rules. The consent booleans are used for every area (see frameworks-adapter.ts).
 */
export interface AreaRules {
  name: string;
  levelNames: Readonly<Record<LevelOrdinal, string>>;
  frontDoor: FrontDoor;
  consent: ConsentRulesSummary;
  levelResponses: Readonly<Record<LevelOrdinal, string>>;
}

export const TRANSCRIBED_AREA_RULES: Readonly<Record<AreaId, AreaRules>> = {
  'telford-wrekin': {
    name: 'Telford & Wrekin',
    levelNames: { 1: 'Universal', 2: 'Vulnerable', 3: 'Complex', 4: 'Acute' },
    frontDoor: {
      name: 'Family Connect',
      phone: '01952 385385 (9am to 5pm; out of hours, Emergency Duty Team 01952 676500)',
      instrument: 'phone first, then the Family Connect request for service form',
      deadline: 'within 2 working days of the phone call',
    },
    consent: {
      youngPersonConsentAge: 12,
      seekConsentEvenAtSignificantHarm: false,
      managerApprovalToNotInform: false,
      summary: 'Telford & Wrekin: consent is not required for child protection referrals.',
    },
    levelResponses: {
      1: 'Universal services meet the child’s needs.',
      2: 'Early help from a single agency, or an Early Help Assessment with consent and a lead professional.',
      3: 'Multi-agency targeted early help (Strengthening Families): EHA, family plan, Team Around the Family; may be assessed under section 17.',
      4: 'Consult your safeguarding lead, call Family Connect, then send the request for service form: section 47 or section 17 assessment.',
    },
  },
  sandwell: {
    name: 'Sandwell',
    levelNames: {
      1: 'Universal',
      2: 'Universal Plus',
      3: 'Targeted Additional Needs',
      4: 'Complex/Significant Needs',
    },
    frontDoor: {
      name: 'MASH – Single Point of Contact (SPOC)',
      phone: '0121 569 3100 (24 hours)',
      instrument: 'multi-agency referral form (MARF) by secure email',
      deadline: 'within 1 hour of a child-protection concern',
    },
    consent: {
      youngPersonConsentAge: null,
      seekConsentEvenAtSignificantHarm: true,
      managerApprovalToNotInform: false,
      summary:
        'Sandwell: consent should always be sought, at every level, unless the risk is significant and imminent.',
    },
    levelResponses: {
      1: 'Universal services meet the child’s needs.',
      2: 'Universal Plus: single-agency support or an Early Help Assessment with consent.',
      3: 'Targeted early help with an EHA and a Team Around the Family; a single assessment and child in need plan may follow.',
      4: 'Referral to the MASH: section 47 enquiry or section 17 assessment.',
    },
  },
  'stoke-on-trent': {
    name: 'Stoke-on-Trent',
    levelNames: {
      1: 'Universal Need',
      2: 'Universal Plus',
      3: 'Targeted Early Help',
      4: 'Statutory/Specialist',
    },
    frontDoor: {
      name: 'ChAD – Children’s Advice and Duty service',
      phone: '01782 235100',
      instrument: 'a phone consultation (a MARF only in exceptional circumstances or out of hours)',
      deadline: null,
    },
    consent: {
      youngPersonConsentAge: null,
      seekConsentEvenAtSignificantHarm: false,
      managerApprovalToNotInform: true,
      summary:
        'Stoke-on-Trent: consent is not required to share information for safeguarding, but must always be sought for an EHA.',
    },
    levelResponses: {
      1: 'Universal services meet the child’s needs.',
      2: 'Universal Plus: support from universal services, with an EHA where needs are emerging.',
      3: 'Targeted early help without the need for statutory social work intervention: EHA and a Team Around the Family.',
      4: 'Call ChAD: statutory assessment under section 17 or section 47.',
    },
  },
  'nottingham-city': {
    name: 'Nottingham City',
    levelNames: {
      1: 'Universal',
      2: 'Early Help Universal Plus',
      3: 'Early Help Targeted (Universal Partnership Plus)',
      4: 'Protection & Specialist',
    },
    frontDoor: {
      name: 'Children and Families Direct (MASH)',
      phone: '0115 876 4800 (Monday to Friday 8.30am to 5pm; out of hours 0115 876 1000)',
      instrument: 'Multi-Agency Request Form (MARF)',
      deadline: null,
    },
    consent: {
      youngPersonConsentAge: null,
      seekConsentEvenAtSignificantHarm: false,
      managerApprovalToNotInform: false,
      summary:
        'Nottingham City: early help is by consent; significant harm is shared without waiting for it.',
    },
    levelResponses: {
      1: 'Universal services and community self-help meet the child’s needs.',
      2: 'Early help from universal services, with an EHA and a lead professional where needed.',
      3: 'Targeted early help: Universal Partnership Plus, a multi-agency plan.',
      4: 'Contact Children and Families Direct: child in need or child protection.',
    },
  },
  dudley: {
    name: 'Dudley',
    levelNames: { 1: 'Universal Services', 2: 'Additional', 3: 'Intensive', 4: 'Specialist' },
    frontDoor: {
      name: 'Children’s Front Door',
      phone: '0300 555 0050 (out of hours 0300 555 8574)',
      instrument: 'a Request for Help and Support through the Front Door portal',
      deadline: null,
    },
    consent: {
      youngPersonConsentAge: 13,
      seekConsentEvenAtSignificantHarm: false,
      managerApprovalToNotInform: false,
      summary:
        'Dudley: seek consent where there is no significant harm; where there is, share, and tell the parent and child first unless that would increase the risk.',
    },
    levelResponses: {
      1: 'Universal services meet the child’s needs.',
      2: 'Additional support from a single agency, or an EHA with consent.',
      3: 'Intensive targeted early help: EHA attached to a Request for Help and Support, Team Around the Family.',
      4: 'Request for Help and Support through the Front Door: statutory social care.',
    },
  },
};
