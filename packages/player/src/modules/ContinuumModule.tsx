import { LevelBadge } from '@levelwise/ui/level-badge';
import { LevelPicker } from '@levelwise/ui/level-picker';
import { WindscreenContinuum, windscreenLevelsFromFramework } from '@levelwise/ui/windscreen';
import { useId, useMemo, useState } from 'react';
import type { LevelOrdinal } from './area-text.ts';
import {
  CONTINUUM_SITUATIONS,
  checkLevelAnswer,
  continuumLevels,
  describeScore,
  type LevelCheckResult,
  steppingRules,
} from './continuum-content.ts';
import { CheckSection, QuestionFeedback } from './ModuleCheck.tsx';
import { AreaQuote, ModulePages } from './ModulePages.tsx';
import type { LearningModuleProps } from './types.ts';

export const CONTINUUM_TITLE = 'The continuum of need';

/** Module 1: the continuum of need in the area's words, who responds at each level, stepping up and down, and a "which level?" check. */
export function ContinuumModule({
  framework,
  lookup,
  onComplete,
  defaultPage,
  onPageChange,
}: LearningModuleProps) {
  const areaName = lookup.areaName(framework.id);
  const baseId = useId();
  const levels = useMemo(() => continuumLevels(framework, areaName), [framework, areaName]);
  const steps = useMemo(() => steppingRules(framework, areaName), [framework, areaName]);
  const windscreen = useMemo(() => windscreenLevelsFromFramework(framework.rules.levels), [framework]);
  const [answers, setAnswers] = useState<Record<string, LevelOrdinal | null>>({});
  const [results, setResults] = useState<LevelCheckResult[] | null>(null);
  const [checkCount, setCheckCount] = useState(0);
  const l1 = levels[0];
  const l4 = levels[3];

  const check = () => {
    const next = CONTINUUM_SITUATIONS.map((s) =>
      checkLevelAnswer(framework, areaName, s, answers[s.id] ?? null),
    );
    setResults(next);
    setCheckCount((n) => n + 1);
  };
  const right = results?.filter((r) => r.correct).length ?? 0;

  const pages = [
    {
      id: 'continuum',
      title: `${areaName}’s four levels of need`,
      content: (
        <>
          <p>
            {areaName} sorts children’s needs into four levels, from level 1, {l1?.name}, to level 4,{' '}
            {l4?.name}. The picture is drawn like a car windscreen: widest at level 1, because most children
            are there, and narrowest at level 4.
          </p>
          <p>
            A level is not a label for a child. It is a way to choose the right help at the right time. Always
            use your area’s own level names: the same word can mean different levels in different areas.
          </p>
          <WindscreenContinuum
            label={`${areaName}: the continuum of need`}
            levels={windscreen}
            showDescriptions={false}
          />
        </>
      ),
    },
    {
      id: 'levels',
      title: 'What each level means, and who helps',
      content: (
        <>
          <p>
            Here is how {areaName}’s document describes each level, and the help it expects at that level.
          </p>
          <ol className="lw-module-levels">
            {levels.map((level) => (
              <li className="lw-module-levels__item" key={level.ordinal} data-level={level.ordinal}>
                <h3 className="lw-module-levels__name">
                  <LevelBadge ordinal={level.ordinal} name={level.name} size="small" />
                </h3>
                <AreaQuote text={level.definition} source={level.source} />
                <p className="lw-module-levels__who">Who helps:</p>
                <ul>
                  {level.responses.map((response) => (
                    <li key={response.kind}>
                      {response.words}
                      {response.note ? <span className="lw-module__aside"> – {response.note}</span> : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      ),
    },
    {
      id: 'stepping',
      title: 'Stepping up and stepping down',
      content: (
        <>
          <p>
            Children move along the continuum in both directions. When things get worse, the help{' '}
            <em>steps up</em> to a higher level. When things get better, it <em>steps down</em>, and the
            services that know the family stay involved. Below, a child has stepped up from level 2 to level
            3.
          </p>
          <WindscreenContinuum
            label={`${areaName}: a child stepping up`}
            levels={windscreen}
            previousLevel={2}
            currentLevel={3}
            showDescriptions={false}
            showLegend={false}
          />
          <h3 className="lw-module__subheading">What {areaName}’s document says</h3>
          <ul className="lw-module-steps">
            {steps.map((rule) => (
              <li key={rule.id} data-direction={rule.direction}>
                <p>
                  <strong>{rule.directionWords}:</strong> {rule.context}{' '}
                  <span className="lw-module__source">({rule.source})</span>
                </p>
                {rule.steps.length > 0 ? (
                  <details className="lw-module-details">
                    <summary className="lw-focusable">
                      The {rule.steps.length} steps in “{rule.title}”
                    </summary>
                    <ol>
                      {rule.steps.map((step) => (
                        <li key={step}>{step}</li>
                      ))}
                    </ol>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ),
    },
    {
      id: 'check',
      title: 'Check: which level?',
      content: (
        <CheckSection
          summary={results ? describeScore(right, results.length) : null}
          checkCount={checkCount}
          onCheck={check}
        >
          <p>Choose {areaName}’s level for each child. Think about the level definitions you just read.</p>
          {CONTINUUM_SITUATIONS.map((situation, i) => {
            const result = results?.find((r) => r.situationId === situation.id);
            return (
              <div className="lw-module-check__item" key={situation.id}>
                <LevelPicker
                  id={`${baseId}-${situation.id}`}
                  legend={`${i + 1}. ${situation.text}`}
                  levels={levels.map((l) => ({ ordinal: l.ordinal, name: l.name }))}
                  value={answers[situation.id] ?? null}
                  onValueChange={(value) => setAnswers((a) => ({ ...a, [situation.id]: value }))}
                />
                {result ? (
                  <QuestionFeedback correct={result.correct} text={<p>{result.feedback}</p>} />
                ) : null}
              </div>
            );
          })}
        </CheckSection>
      ),
    },
  ];

  return (
    <ModulePages
      moduleTitle={CONTINUUM_TITLE}
      pages={pages}
      complete={results !== null}
      onComplete={onComplete}
      {...(defaultPage !== undefined ? { defaultPage } : {})}
      {...(onPageChange ? { onPageChange } : {})}
    />
  );
}
