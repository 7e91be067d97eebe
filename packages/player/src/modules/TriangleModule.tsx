import { AssessmentTriangle, triangleFromFramework } from '@levelwise/ui/triangle';
import { useId, useMemo, useState } from 'react';
import { describeScore } from './continuum-content.ts';
import { CheckSection, ChoiceQuestion } from './ModuleCheck.tsx';
import { ModulePages } from './ModulePages.tsx';
import {
  checkSorting,
  chooseSortingIndicators,
  type SortResult,
  sortingItems,
  triangleSides,
} from './triangle-sort.ts';
import type { LearningModuleProps } from './types.ts';

export const TRIANGLE_TITLE = 'The assessment triangle';

/** Module 2: the Assessment Framework triangle in the area's own dimension labels, and sorting real indicators onto its sides. */
export function TriangleModule({
  framework,
  lookup,
  onComplete,
  defaultPage,
  onPageChange,
}: LearningModuleProps) {
  const areaName = lookup.areaName(framework.id);
  const baseId = useId();
  const triangle = useMemo(() => triangleFromFramework(framework), [framework]);
  const sides = useMemo(() => triangleSides(framework), [framework]);
  const indicators = useMemo(() => chooseSortingIndicators(framework), [framework]);
  const items = useMemo(() => sortingItems(indicators), [indicators]);
  const [answers, setAnswers] = useState<Record<string, string | null>>({});
  const [results, setResults] = useState<SortResult[] | null>(null);
  const [checkCount, setCheckCount] = useState(0);
  const isDudley = framework.domains.some((d) => d.id === 'mixed' || d.id === 'extra-familial');
  const firstPerson = framework.indicators.some((i) => i.voice === 'first-person');

  const check = () => {
    setResults(
      indicators.map((indicator) =>
        checkSorting(
          framework,
          areaName,
          indicator,
          (answers[indicator.id] ?? null) as Parameters<typeof checkSorting>[3],
        ),
      ),
    );
    setCheckCount((n) => n + 1);
  };
  const right = results?.filter((r) => r.correct).length ?? 0;
  const options = sides.map((side) => ({ value: side.id, label: `${side.label} (${side.place})` }));

  const pages = [
    {
      id: 'three-sides',
      title: 'Three sides of a child’s world',
      content: (
        <>
          <p>
            Every area in England uses the same picture to think about a child: a triangle with the child in
            the middle. It comes from the national Assessment Framework (Department of Health, 2000).
          </p>
          <ul>
            <li>
              <strong>Left side, the child’s developmental needs:</strong> health, learning, feelings and
              behaviour, identity, friendships, and looking after themselves.
            </li>
            <li>
              <strong>Right side, parenting capacity:</strong> how well the adults caring for the child keep
              them safe, warm, fed, loved and guided.
            </li>
            <li>
              <strong>The base, family and environment:</strong> the wider family, housing, money, work, and
              the community around the family.
            </li>
          </ul>
          <p>
            A good assessment looks at all three sides, and at strengths as well as worries. The sides affect
            each other: a parent’s illness matters because of what it means for the child.
          </p>
        </>
      ),
    },
    {
      id: 'area-triangle',
      title: `${areaName}’s triangle`,
      content: (
        <>
          <p>
            {areaName}’s matrix groups its indicators under its own headings. Here they are on the triangle.
            {isDudley
              ? ' Dudley uses five themes of its own. “Parents/Carers” covers both parenting and family life, so it takes the right side. “Risks outside of my home” is harm outside the family, such as exploitation, so it sits beside the triangle.'
              : ''}
            {firstPerson ? ` ${areaName} writes its indicators in the child’s own voice: “I have…”.` : ''}
          </p>
          <AssessmentTriangle
            label={`${areaName}: the assessment triangle`}
            domains={triangle.domains}
            dimensions={triangle.dimensions}
            mode="read-only"
            headingLevel={3}
          />
        </>
      ),
    },
    {
      id: 'sort',
      title: 'Activity: sort the indicators',
      content: (
        <CheckSection
          summary={results ? describeScore(right, results.length) : null}
          checkCount={checkCount}
          onCheck={check}
        >
          <p>
            Here are {items.length} indicators, word for word, from {areaName}’s matrix. For each one, choose
            where it belongs on the triangle.
          </p>
          {items.map((item, i) => {
            const result = results?.find((r) => r.indicatorId === item.id);
            return (
              <ChoiceQuestion
                key={item.id}
                id={`${baseId}-sort-${i}`}
                legend={
                  <>
                    <span className="lw-module-question__number">{i + 1}.</span> “{item.text}”
                  </>
                }
                options={options}
                value={answers[item.id] ?? null}
                onValueChange={(value) => setAnswers((a) => ({ ...a, [item.id]: value }))}
                feedback={result ? { correct: result.correct, text: <p>{result.feedback}</p> } : undefined}
              />
            );
          })}
        </CheckSection>
      ),
    },
  ];

  return (
    <ModulePages
      moduleTitle={TRIANGLE_TITLE}
      pages={pages}
      complete={results !== null}
      onComplete={onComplete}
      {...(defaultPage !== undefined ? { defaultPage } : {})}
      {...(onPageChange ? { onPageChange } : {})}
    />
  );
}
