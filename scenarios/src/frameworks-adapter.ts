import { type Framework, getFramework, getIndicator, type Indicator } from '@levelwise/frameworks';
import { TRANSCRIBED_AREA_RULES } from './area-rules.transcribed.ts';
import { AREA_IDS, type AreaId, type LevelOrdinal } from './areas.ts';
import type {
  AreaConsentRule,
  ConsentRulesSummary,
  FrameworkLookup,
  FrontDoor,
  IndicatorRef,
} from './framework-lookup.ts';

/**
 * FrameworkLookup over @levelwise/frameworks: indicators, level names, front doors and responses come
 * from the extracted data and curated rules. Where an area's rules are not yet curated (the package
 * builds them area by area), level names, front door and responses fall back to the hand transcription
 * in area-rules.transcribed.ts, and `source` says so.
 *
 * Consent: the area's rules as frameworks records them are cited in feedback, and give the young
 * person's consent age and whether a manager must approve not telling parents. Whether an area seeks
 * consent even at significant harm (Sandwell) is this package's reading of source-notes §6.33, kept
 * in area-rules.transcribed.ts: the rules as written need that reading to become a decision.
 */

const RESPONSE_WORDS: Record<string, string> = {
  universal_direct_access: 'universal services, accessed directly',
  single_agency_support: 'single-agency support',
  eha: 'an Early Help Assessment',
  ehsp: 'an early help support plan',
  taf: 'a Team Around the Family',
  lead_professional: 'a lead professional',
  targeted_early_help: 'targeted early help',
  front_door_referral: 'a referral to the front door',
  s17_assessment: 'a section 17 (child in need) assessment',
  cin_plan: 'a child in need plan',
  s47_enquiry: 'a section 47 enquiry',
  strategy_discussion: 'a strategy discussion',
  cp_plan: 'a child protection plan',
  accommodation: 'accommodation',
  youth_justice_assessment: 'a youth justice assessment',
  call_999: 'a 999 call where a child is in immediate danger',
};

/** "P2D" working → "within 2 working days"; "PT1H" → "within 1 hour". Null for anything else. */
export function describeIsoDeadline(iso: string, working: boolean): string | null {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso);
  if (!m || iso === 'P' || iso === 'PT') return null;
  const [, d, h, min] = m;
  const parts: string[] = [];
  const plural = (n: string, unit: string) => `${n} ${unit}${n === '1' ? '' : 's'}`;
  if (d) parts.push(plural(d, working ? 'working day' : 'day'));
  if (h) parts.push(plural(h, 'hour'));
  if (min) parts.push(plural(min, 'minute'));
  return parts.length ? `within ${parts.join(' ')}` : null;
}

type Rules = NonNullable<ReturnType<typeof getFramework>['rules']>;

function rulesOf(area: AreaId): Rules | undefined {
  return getFramework(area).rules as Rules | undefined;
}

/**
 * Lists outside the matrix that are level 4 by definition: "indicators requiring an immediate referral"
 * (Nottingham) and the groups a level-4 / statutory section names (Dudley's "Level 4: Specialist … These
 * children will include: … Children looked after and privately fostered"; Stoke's "What is
 * Statutory/Specialist Support?"). frameworks gives their items no ids, so scenarios addresses item n
 * (1-based, in the document's order) of list `<list id>` as `<prefix>-4-<list id>-<n>`.
 */
const LEVEL_4_LIST_KINDS: ReadonlySet<string> = new Set([
  'immediate-referral-indicators',
  'statutory-categories',
]);

function immediateReferralIndicators(framework: Framework): IndicatorRef[] {
  const area = framework.id;
  const lists = ((framework.rules as Rules | undefined)?.lists ?? []).filter((l) =>
    LEVEL_4_LIST_KINDS.has(l.kind),
  );
  return lists.flatMap((list) =>
    list.items.map((item, i) => ({
      id: `${framework.prefix}-4-${list.id}-${i + 1}`,
      area,
      level: 4 as const,
      domain: 'mixed' as const,
      localDimension: list.title,
      text: item.subItems?.length
        ? `${item.text} (${item.subItems.map((s) => s.text).join('; ')})`
        : item.text,
    })),
  );
}

/** A matrix indicator as scenarios sees it, with the caveats a trainer should see beside it. */
function toIndicatorRef(area: AreaId, found: Indicator): IndicatorRef {
  const caveats: string[] = [];
  const { flags } = found;
  if (flags.levelInferred) caveats.push(`Its level is inferred, not printed: ${flags.levelInferred}`);
  if (flags.strategyDiscussion)
    caveats.push('The document marks it: a strategy discussion will need to be held.');
  if (flags.conditionalOnProtectiveness) {
    caveats.push('Its level depends on whether a parent is protective and engaging.');
  }
  if (flags.duplicateOf) caveats.push(`The same words appear earlier in this matrix (${flags.duplicateOf}).`);
  return {
    id: found.id,
    area,
    level: found.level as LevelOrdinal,
    domain: found.domain,
    localDimension: found.dimension,
    // Verbatim, less the markdown escapes the seed conversion added (Dudley's `\\*`).
    text: found.textVerbatim.replace(/\\([*_])/g, '$1'),
    ...(caveats.length ? { caveats } : {}),
  };
}

function levelNameFrom(rules: Rules | undefined, area: AreaId, level: LevelOrdinal): string {
  return rules?.levels[level - 1]?.localName ?? TRANSCRIBED_AREA_RULES[area].levelNames[level];
}

function frontDoorFrom(rules: Rules | undefined, area: AreaId): FrontDoor {
  if (!rules) return TRANSCRIBED_AREA_RULES[area].frontDoor;
  const fd = rules.frontDoor;
  const phone = fd.phones.find((p) => p.purpose === 'front-door');
  const outOfHours = fd.phones.find((p) => p.purpose === 'out-of-hours');
  const submit = fd.deadlines.find((d) => d.kind === 'submit-referral' && d.strength === 'must');
  const phoneText = phone
    ? `${phone.number}${phone.hours ? ` (${phone.hours})` : ''}${outOfHours ? `; out of hours ${outOfHours.number}` : ''}`
    : undefined;
  return {
    name: fd.serviceName,
    ...(phoneText ? { phone: phoneText } : {}),
    instrument: fd.referralInstrument.name,
    deadline: submit ? describeIsoDeadline(submit.iso, submit.working) : null,
  };
}

function consentRulesFrom(rules: Rules | undefined, area: AreaId): ConsentRulesSummary {
  const transcribed = TRANSCRIBED_AREA_RULES[area].consent;
  const consent = rules?.consent;
  if (!consent) return transcribed;
  const list: AreaConsentRule[] = consent.rules.map((r) => ({
    significantHarm: r.condition.significantHarm,
    levels: r.condition.levels as LevelOrdinal[],
    requirement: r.requirement,
    summary: r.summary,
  }));
  return {
    ...transcribed,
    youngPersonConsentAge: consent.childAgeThreshold?.age ?? transcribed.youngPersonConsentAge,
    managerApprovalToNotInform:
      transcribed.managerApprovalToNotInform || list.some((r) => r.requirement === 'manager_approval'),
    rules: list,
  };
}

function levelResponseFrom(rules: Rules | undefined, area: AreaId, level: LevelOrdinal): string {
  const responses = rules?.levels[level - 1]?.serviceResponses;
  if (!responses?.length) return TRANSCRIBED_AREA_RULES[area].levelResponses[level];
  const words = responses.map((r) => RESPONSE_WORDS[r.kind] ?? r.kind);
  const text = words.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function createFrameworksLookup(): FrameworkLookup {
  const missing = AREA_IDS.filter((a) => rulesOf(a) === undefined);
  const listIndicators = new Map(
    AREA_IDS.flatMap((a) =>
      immediateReferralIndicators(getFramework(a)).map((r) => [`${a}|${r.id}`, r] as const),
    ),
  );
  const source =
    `@levelwise/frameworks data, extractor ${getFramework('telford-wrekin').extractorVersion}` +
    (missing.length ? `; rules for ${missing.join(', ')} transcribed in scenarios until curated` : '');
  return {
    source,
    getIndicator(area, id): IndicatorRef | undefined {
      const found = getIndicator(id);
      if (!found || found.area !== area) return listIndicators.get(`${area}|${id}`);
      return toIndicatorRef(area, found);
    },
    levelName: (area, level) => levelNameFrom(rulesOf(area), area, level),
    areaName: (area) => TRANSCRIBED_AREA_RULES[area].name,
    frontDoor: (area) => frontDoorFrom(rulesOf(area), area),
    consentRules: (area) => consentRulesFrom(rulesOf(area), area),
    levelResponse: (area, level) => levelResponseFrom(rulesOf(area), area, level),
  };
}

/**
 * FrameworkLookup over ONE area's `Framework` (compose it with `frameworkFromAreaData` from
 * `@levelwise/frameworks/area`), for apps that ship a single area: it never touches the root export of
 * frameworks, so a bundle that uses it carries only that area's matrix (the course: one SCORM package per
 * area). For its area it answers exactly as `createFrameworksLookup()` does; asked about another area it
 * throws an error naming both (a course that levels against the wrong matrix must not pass silently).
 */
export function createAreaFrameworkLookup(framework: Framework): FrameworkLookup {
  const served = framework.id;
  const rules = framework.rules as Rules | undefined;
  const byId = new Map(framework.indicators.map((i) => [i.id, i] as const));
  const listRefs = new Map(immediateReferralIndicators(framework).map((r) => [r.id, r] as const));
  const only = (area: AreaId, what: string): void => {
    if (area !== served) {
      throw new RangeError(
        `This framework lookup serves only "${served}" (one area's data): it cannot give ${what} for "${area}"`,
      );
    }
  };
  return {
    source: `@levelwise/frameworks data for ${served} only, extractor ${framework.extractorVersion}${
      rules ? '' : `; rules for ${served} transcribed in scenarios until curated`
    }`,
    getIndicator(area, id): IndicatorRef | undefined {
      only(area, `indicator ${id}`);
      const found = byId.get(id);
      return found ? toIndicatorRef(area, found) : listRefs.get(id);
    },
    levelName(area, level) {
      only(area, `the name of level ${level}`);
      return levelNameFrom(rules, area, level);
    },
    areaName: (area) => TRANSCRIBED_AREA_RULES[area].name,
    frontDoor(area) {
      only(area, 'the front door');
      return frontDoorFrom(rules, area);
    },
    consentRules(area) {
      only(area, 'the consent rules');
      return consentRulesFrom(rules, area);
    },
    levelResponse(area, level) {
      only(area, `the response at level ${level}`);
      return levelResponseFrom(rules, area, level);
    },
  };
}

let cached: FrameworkLookup | undefined;

/** The shared lookup over the shipped frameworks data (built once). */
export function frameworksLookup(): FrameworkLookup {
  cached ??= createFrameworksLookup();
  return cached;
}
