import type { ConceptComparison, Framework, Indicator } from '@levelwise/frameworks';
import type { ComparisonSide } from './comparison-model.ts';
import type {
  MatrixDimension,
  MatrixDomain,
  MatrixIndicator,
  MatrixIndicatorFlags,
  MatrixLevel,
} from './matrix-model.ts';

/** The part of a @levelwise/frameworks level record the matrix needs (structural, so no runtime import). */
export interface MatrixLevelSource {
  ordinal: number;
  localName: string;
}

export interface MatrixFromFrameworkOptions {
  /**
   * The area's level names. Defaults to the local names in `framework.rules.levels`, else "Level 1"….
   */
  levels?: readonly MatrixLevel[] | readonly MatrixLevelSource[];
  /**
   * Row groups: the area's own domain headings ('local'), or the Assessment Framework domains ('canonical').
   * 'auto' (the default) uses the local headings unless every local heading holds a single dimension (Dudley's
   * five themes), where the canonical domains make the grouping meaningful.
   */
  grouping?: 'auto' | 'local' | 'canonical';
  /** The area's short name for the label; defaults to the partnership name without "… Safeguarding … Partnership". */
  areaName?: string;
}

/** The props of `ThresholdMatrix` an area's framework provides. */
export interface MatrixData {
  label: string;
  /** "Theme" where each local heading is one dimension (Dudley), else "Dimension". */
  rowHeaderLabel: string;
  areaName: string;
  levels: MatrixLevel[];
  domains: MatrixDomain[];
  dimensions: MatrixDimension[];
  indicators: MatrixIndicator[];
}

/** "Telford & Wrekin Safeguarding Partnership" → "Telford & Wrekin"; "Sandwell Children's Safeguarding Partnership" → "Sandwell". */
export function areaNameFromPartnership(partnership: string): string {
  const short = partnership.replace(/\s+(?:Children['\u2019]s\s+)?Safeguarding\b.*$/i, '').trim();
  return short || partnership;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function toLevel(level: MatrixLevel | MatrixLevelSource): MatrixLevel {
  return 'localName' in level ? { ordinal: level.ordinal, name: level.localName } : level;
}

function flagsOf(indicator: Indicator): MatrixIndicatorFlags | undefined {
  const { strategyDiscussion, crossReference, conditionalOnProtectiveness } = indicator.flags;
  const flags: MatrixIndicatorFlags = {
    ...(strategyDiscussion ? { strategyDiscussion } : {}),
    ...(crossReference ? { crossReference } : {}),
    ...(conditionalOnProtectiveness ? { conditionalOnProtectiveness } : {}),
  };
  return Object.keys(flags).length > 0 ? flags : undefined;
}

/**
 * Maps an area's framework to `ThresholdMatrix` props: row groups and rows in document order, each cell's
 * indicators in reading order (`orderInCell`), verbatim text, flags a reader needs, and source spans.
 * Pure: the framework is typed with `import type`, so no framework data enters the ui bundle.
 */
export function matrixFromFramework(
  framework: Framework,
  options: MatrixFromFrameworkOptions = {},
): MatrixData {
  const areaName = options.areaName ?? areaNameFromPartnership(framework.source.partnership.name);
  // `rules` is optional at run time while an area's rules are being curated.
  const levelSource: readonly MatrixLevelSource[] | readonly MatrixLevel[] | undefined =
    options.levels ?? (framework as Partial<Framework>).rules?.levels;
  const levels: MatrixLevel[] = levelSource
    ? levelSource.map(toLevel).sort((a, b) => a.ordinal - b.ordinal)
    : [1, 2, 3, 4].map((ordinal) => ({ ordinal, name: `Level ${ordinal}` }));

  const localCounts = new Map<string, number>();
  for (const d of framework.dimensions)
    localCounts.set(d.localDomain, (localCounts.get(d.localDomain) ?? 0) + 1);
  const oneDimensionPerHeading = [...localCounts.values()].every((n) => n === 1);
  const grouping =
    options.grouping === 'local' || options.grouping === 'canonical'
      ? options.grouping
      : oneDimensionPerHeading
        ? 'canonical'
        : 'local';

  const domains: MatrixDomain[] = [];
  const seen = new Set<string>();
  const dimensions: MatrixDimension[] = framework.dimensions.map((d) => {
    const domainId = grouping === 'canonical' ? d.domain : `local-${slug(d.localDomain)}`;
    if (!seen.has(domainId)) {
      seen.add(domainId);
      const label =
        grouping === 'canonical'
          ? (framework.domains.find((c) => c.id === d.domain)?.label ?? d.localDomain)
          : d.localDomain;
      domains.push({ id: domainId, label });
    }
    return { id: d.id, label: d.label, domainId };
  });

  const dimensionOrder = new Map(framework.dimensions.map((d, i) => [d.id, i]));
  const indicators: MatrixIndicator[] = framework.indicators
    .map((indicator, position) => ({ indicator, position }))
    .sort(
      (a, b) =>
        (dimensionOrder.get(a.indicator.dimensionId) ?? 0) -
          (dimensionOrder.get(b.indicator.dimensionId) ?? 0) ||
        a.indicator.level - b.indicator.level ||
        a.indicator.orderInCell - b.indicator.orderInCell ||
        a.position - b.position,
    )
    .map(({ indicator }) => {
      const flags = flagsOf(indicator);
      return {
        id: indicator.id,
        level: indicator.level,
        dimensionId: indicator.dimensionId,
        text: indicator.textVerbatim,
        ...(flags ? { flags } : {}),
        sources: indicator.provenance.spans.map(({ file, start, end }) => ({ file, start, end })),
      };
    });

  return {
    label: `${areaName} threshold matrix`,
    rowHeaderLabel: oneDimensionPerHeading ? 'Theme' : 'Dimension',
    areaName,
    levels,
    domains,
    dimensions,
    indicators,
  };
}

/**
 * One side of a `ThresholdComparison` from a concept comparison (`compareConcept` in @levelwise/frameworks):
 * the area's members at the lowest level where the concept appears, with the area's local level name.
 * Returns undefined when the area's matrix does not contain the concept.
 */
export function comparisonSideFromConcept(
  comparison: ConceptComparison,
  framework: Framework,
  options: Pick<MatrixFromFrameworkOptions, 'areaName' | 'levels'> = {},
): ComparisonSide | undefined {
  const entry = comparison.areas.find((a) => a.area === framework.id);
  const ordinal = entry?.levels.length ? Math.min(...entry.levels) : undefined;
  if (!entry || ordinal === undefined) return undefined;
  const { levels, areaName } = matrixFromFramework(
    { ...framework, indicators: [] },
    { ...options, grouping: 'local' },
  );
  return {
    areaName,
    level: levels.find((l) => l.ordinal === ordinal) ?? { ordinal, name: `Level ${ordinal}` },
    indicators: entry.members
      .filter((m) => m.level === ordinal)
      .map((m) => {
        const source = framework.indicators.find((i) => i.id === m.id)?.provenance.spans;
        return {
          id: m.id,
          text: m.text,
          ...(m.relation ? { relation: m.relation } : {}),
          ...(m.note ? { note: m.note } : {}),
          ...(source ? { sources: source.map(({ file, start, end }) => ({ file, start, end })) } : {}),
        };
      }),
  };
}
