import { EscalationFlowchart, flowchartFromLadder } from '@levelwise/ui/flowchart';
import { useId, useMemo, useState } from 'react';
import { describeScore } from './continuum-content.ts';
import {
  checkChoice,
  emergencyQuestion,
  escalationContent,
  GENERAL_ESCALATION_STEPS,
  nextStepQuestion,
} from './escalation-content.ts';
import { CheckSection, ChoiceQuestion } from './ModuleCheck.tsx';
import { AreaQuote, ModulePages } from './ModulePages.tsx';
import type { LearningModuleProps } from './types.ts';

export const ESCALATION_TITLE = 'When you disagree';

/** Module 4: what to do when you disagree with a decision: the area's escalation ladder (or its policy pointer) and a "next step" check. */
export function EscalationModule({
  framework,
  lookup,
  onComplete,
  defaultPage,
  onPageChange,
}: LearningModuleProps) {
  const areaName = lookup.areaName(framework.id);
  const baseId = useId();
  const content = useMemo(() => escalationContent(framework, areaName), [framework, areaName]);
  const questions = useMemo(
    () => [nextStepQuestion(framework, areaName), emergencyQuestion(framework, areaName)],
    [framework, areaName],
  );
  const [answers, setAnswers] = useState<Record<string, string | null>>({});
  const [results, setResults] = useState<Record<string, { correct: boolean; feedback: string }> | null>(null);
  const [checkCount, setCheckCount] = useState(0);

  const check = () => {
    setResults(Object.fromEntries(questions.map((q) => [q.id, checkChoice(q, answers[q.id] ?? null)])));
    setCheckCount((n) => n + 1);
  };
  const right = results ? Object.values(results).filter((r) => r.correct).length : 0;

  const pages = [
    {
      id: 'principles',
      title: 'When you disagree with a decision',
      content: (
        <>
          <p>
            Sometimes you will disagree with a decision about a child. For example, you refer a child to the
            front door and they decide not to act, but you are still worried. Disagreeing is part of keeping
            children safe.
          </p>
          <ul>
            <li>
              Talk to the person who made the decision first. Explain your worry and listen to their reasons.
            </li>
            <li>
              If you still disagree, go up step by step: your manager or safeguarding lead, then more senior
              people.
            </li>
            <li>Keep to the time limits, and write down what was said and decided at each step.</li>
            <li>
              <strong>The child’s safety comes first.</strong> A disagreement must never delay action to
              protect a child. If a child is in immediate danger, call 999.
            </li>
          </ul>
        </>
      ),
    },
    {
      id: 'area-steps',
      title: `${areaName}’s escalation steps`,
      content: content.policyOnly ? (
        <>
          <p>
            <strong>{areaName}’s threshold document does not set out the steps.</strong> It points to a
            separate policy:
          </p>
          {content.policies.map((policy) => (
            <div className="lw-module-callout" key={policy.policyName}>
              <p>
                <strong>{policy.policyName}</strong>
              </p>
              <AreaQuote text={policy.quote} source={policy.source} />
              {policy.urls.length > 0 ? (
                <p className="lw-module__aside">
                  The document gives these addresses (ask your safeguarding lead for the current version):{' '}
                  {policy.urls.map((url) => (
                    <span className="lw-module__url" key={url}>
                      {url}{' '}
                    </span>
                  ))}
                </p>
              ) : (
                <p className="lw-module__aside">
                  Ask your safeguarding lead for a copy of the current policy.
                </p>
              )}
            </div>
          ))}
          <p>
            Until you have read it, follow the general principles every area shares. These are not {areaName}
            ’s own stages, and they have no time limits.
          </p>
          <EscalationFlowchart
            title={`General principles (not from ${areaName}’s document)`}
            steps={GENERAL_ESCALATION_STEPS}
          />
        </>
      ) : (
        <>
          <p>
            {areaName}’s document sets out{' '}
            {content.ladders.length === 1 ? 'these steps' : `${content.ladders.length} sets of steps`}, with
            time limits. Read each step, who acts, and what happens when it is not resolved.
          </p>
          {content.ladders.map((ladder) => (
            <EscalationFlowchart key={ladder.id} {...flowchartFromLadder(ladder)} />
          ))}
          {content.policies.map((policy) => (
            <p key={policy.policyName}>
              For more detail, the document points to the {policy.policyName}{' '}
              <span className="lw-module__source">({policy.source})</span>.
            </p>
          ))}
        </>
      ),
    },
    {
      id: 'check',
      title: 'Check: what is the next step?',
      content: (
        <CheckSection
          summary={results ? describeScore(right, questions.length) : null}
          checkCount={checkCount}
          onCheck={check}
        >
          {questions.map((question, i) => {
            const result = results?.[question.id];
            return (
              <ChoiceQuestion
                key={question.id}
                id={`${baseId}-${question.id}`}
                legend={`${i + 1}. ${question.prompt}`}
                options={question.options}
                value={answers[question.id] ?? null}
                onValueChange={(value) => setAnswers((a) => ({ ...a, [question.id]: value }))}
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
      moduleTitle={ESCALATION_TITLE}
      pages={pages}
      complete={results !== null}
      onComplete={onComplete}
      {...(defaultPage !== undefined ? { defaultPage } : {})}
      {...(onPageChange ? { onPageChange } : {})}
    />
  );
}
