import {
  ConsentDecision,
  type ConsentDecisionValue,
  PLAIN_ENGLISH_CONSENT_OPTIONS,
} from '@levelwise/ui/consent-decision';
import { useId, useMemo, useState } from 'react';
import { describeScore } from './continuum-content.ts';
import {
  CONSENT_SITUATIONS,
  type ConsentCheckResult,
  checkConsentAnswer,
  childConsentAge,
  consentContent,
  frontDoorFacts,
  significantHarmContent,
} from './harm-consent-content.ts';
import { CheckSection, QuestionFeedback } from './ModuleCheck.tsx';
import { AreaQuote, ModulePages } from './ModulePages.tsx';
import type { LearningModuleProps } from './types.ts';

export const HARM_CONSENT_TITLE = 'Significant harm, consent and information sharing';

const EMPTY: ConsentDecisionValue = { decision: null, childDecision: null };
const LONG_LIST = 8;

/** Module 3: significant harm, when to seek consent or share without it, the front door and 999, and consent decisions. */
export function HarmConsentModule({
  framework,
  lookup,
  onComplete,
  defaultPage,
  onPageChange,
}: LearningModuleProps) {
  const areaName = lookup.areaName(framework.id);
  const baseId = useId();
  const harm = useMemo(() => significantHarmContent(framework, areaName), [framework, areaName]);
  const consent = useMemo(() => consentContent(framework, areaName), [framework, areaName]);
  const door = useMemo(() => frontDoorFacts(framework, areaName), [framework, areaName]);
  const summary = lookup.consentRules(framework.id);
  const childAge = childConsentAge(framework);
  const [answers, setAnswers] = useState<Record<string, ConsentDecisionValue>>({});
  const [results, setResults] = useState<ConsentCheckResult[] | null>(null);
  const [checkCount, setCheckCount] = useState(0);

  const check = () => {
    setResults(
      CONSENT_SITUATIONS.map((s) =>
        checkConsentAnswer(framework, areaName, summary, s, answers[s.id] ?? EMPTY),
      ),
    );
    setCheckCount((n) => n + 1);
  };
  const right = results?.filter((r) => r.correct).length ?? 0;
  const [firstDefinition] = harm.levelFourDefinitions;
  // The area's consent summary is about sharing at significant harm: it goes with the first such case.
  const firstHarmSituation = CONSENT_SITUATIONS.find((s) => s.significantHarm)?.id;

  const pages = [
    {
      id: 'significant-harm',
      title: 'What is significant harm?',
      content: (
        <>
          <p>
            Significant harm is the point where the law (the Children Act 1989) says children’s social care
            must find out what is happening, and may step in to protect a child. There is no checklist. You
            compare the child’s health and development with what you would expect for a similar child.
          </p>
          <ul>
            <li>One serious event can be significant harm, such as a violent assault.</li>
            <li>More often it is many things adding up over time, as in neglect.</li>
            <li>Seeing or hearing someone else being hurt, such as domestic abuse, can harm a child.</li>
            <li>Babies and children who cannot move about on their own are most at risk.</li>
          </ul>
          <p>
            In {areaName} this is level 4, {harm.levelFourName}. The document describes it like this:
          </p>
          {firstDefinition ? <AreaQuote text={firstDefinition.text} source={firstDefinition.source} /> : null}
          {harm.lists.map((list) => {
            const items = (
              <>
                <ul>
                  {list.items.map((item) => (
                    <li key={item}>{item}</li>
                  ))}
                </ul>
                <p className="lw-module__source">({list.source})</p>
              </>
            );
            // Long lists fold away so the page stays short; the summary says how many items it holds.
            return list.items.length > LONG_LIST ? (
              <details className="lw-module-details lw-module-list" key={list.title}>
                <summary className="lw-focusable">
                  {list.title.replace(/:$/, '')} ({list.items.length} items)
                </summary>
                {items}
              </details>
            ) : (
              <div className="lw-module-list" key={list.title}>
                <h3 className="lw-module__subheading">{list.title}</h3>
                {items}
              </div>
            );
          })}
        </>
      ),
    },
    {
      id: 'consent',
      title: 'Consent and sharing information',
      content: (
        <>
          <p>
            Consent means the family’s permission to share information about them. Three rules hold
            everywhere:
          </p>
          <ul>
            <li>
              <strong>Early help is voluntary.</strong> Ask the family for permission before an Early Help
              Assessment. It only goes ahead if they agree.
            </li>
            <li>
              <strong>Significant harm: share without waiting.</strong> If a child may be suffering
              significant harm, share what you know straight away. Asking for permission must never delay it.
            </li>
            <li>
              <strong>Tell the parents, unless that is risky.</strong> Tell them what you are sharing and why,
              unless telling them could put the child or someone else in more danger, or get in the way of a
              police investigation. Write down why.
            </li>
          </ul>
          <h3 className="lw-module__subheading">What {areaName}’s document adds</h3>
          <p>{summary.summary}</p>
          {consent.childAge ? (
            <div className="lw-module-callout">
              <p>
                <strong>{consent.childAge.text}</strong>
              </p>
              <AreaQuote text={consent.childAge.quote} source={consent.childAge.source} />
            </div>
          ) : (
            <p>
              {areaName}’s document does not give an age from which a young person can consent for themselves.
            </p>
          )}
          <ul className="lw-module-rules">
            {consent.points.map((point) => (
              <li key={point.id}>
                <p>
                  <strong>{point.requirement}.</strong> {point.when} {point.summary}
                </p>
                <details className="lw-module-details">
                  <summary className="lw-focusable">The document’s words</summary>
                  <AreaQuote text={point.quote} source={point.source} />
                </details>
              </li>
            ))}
          </ul>
        </>
      ),
    },
    {
      id: 'front-door',
      title: `The front door: ${door.name}`,
      content: (
        <>
          <div className="lw-module-callout" data-kind="emergency">
            <p>
              <strong>If a child is in immediate danger, call 999.</strong>
            </p>
            {door.emergency.mentions999 ? (
              <AreaQuote text={door.emergency.instruction} source={door.emergency.source} />
            ) : (
              <p>
                {areaName}’s document does not mention 999. It says: “{door.emergency.instruction}”{' '}
                <span className="lw-module__source">({door.emergency.source})</span>
              </p>
            )}
          </div>
          <p>
            When you think a child needs children’s social care, contact {areaName}’s front door:{' '}
            <strong>{door.name}</strong>.
          </p>
          <AreaQuote text={door.description} source={door.descriptionSource} />
          <dl className="lw-module-facts">
            {door.phones.map((phone) => (
              <div key={phone.number}>
                <dt>{phone.service}</dt>
                <dd>
                  {phone.number}
                  {phone.hours ? ` (${phone.hours})` : ''}
                </dd>
              </div>
            ))}
            {door.outOfHours ? (
              <div>
                <dt>Out of hours</dt>
                <dd>{door.outOfHours}</dd>
              </div>
            ) : null}
            <div>
              <dt>How to refer</dt>
              <dd>{door.instrument}</dd>
            </div>
            {door.deadlines.length > 0 ? (
              <div>
                <dt>Time limits</dt>
                <dd>
                  <ul>
                    {door.deadlines.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            ) : null}
          </dl>
          <AreaQuote text={door.route} source={door.routeSource} />
          <p>Talk to your own designated safeguarding lead too, but do not let that delay a referral.</p>
        </>
      ),
    },
    {
      id: 'check',
      title: 'Check: what will you do about consent?',
      content: (
        <CheckSection
          summary={results ? describeScore(right, results.length) : null}
          checkCount={checkCount}
          onCheck={check}
        >
          <p>For each child, decide what you will do about consent in {areaName}.</p>
          {CONSENT_SITUATIONS.map((situation, i) => {
            const result = results?.find((r) => r.situationId === situation.id);
            return (
              <div className="lw-module-check__item" key={situation.id}>
                <ConsentDecision
                  id={`${baseId}-${situation.id}`}
                  legend={`${i + 1}. ${situation.text} What will you do about consent?`}
                  hint={null}
                  options={PLAIN_ENGLISH_CONSENT_OPTIONS}
                  {...(situation.id === firstHarmSituation ? { areaNote: summary.summary } : {})}
                  childAge={situation.childAge}
                  {...(childAge !== undefined ? { childConsentAge: childAge } : {})}
                  childName={situation.childName}
                  value={answers[situation.id] ?? EMPTY}
                  onValueChange={(value) => setAnswers((a) => ({ ...a, [situation.id]: value }))}
                />
                {result ? (
                  <QuestionFeedback
                    correct={result.correct}
                    text={
                      <>
                        <p>{result.feedback}</p>
                        {result.areaRules.length > 0 ? (
                          <>
                            <p>What {areaName}’s document says:</p>
                            <ul>
                              {result.areaRules.map((rule) => (
                                <li key={rule.id}>
                                  {rule.summary} <span className="lw-module__source">({rule.source})</span>
                                </li>
                              ))}
                            </ul>
                          </>
                        ) : null}
                      </>
                    }
                  />
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
      moduleTitle={HARM_CONSENT_TITLE}
      pages={pages}
      complete={results !== null}
      onComplete={onComplete}
      {...(defaultPage !== undefined ? { defaultPage } : {})}
      {...(onPageChange ? { onPageChange } : {})}
    />
  );
}
