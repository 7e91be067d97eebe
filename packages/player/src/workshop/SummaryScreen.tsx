import { useId } from 'react';
import type { WorkshopSessionExport } from './types.ts';
import { kappaWithReading, percentWords } from './vote-distribution.ts';

export interface SummaryScreenProps {
  session: WorkshopSessionExport;
  onExport: (format: 'csv' | 'json') => void;
  onStartNew: () => void;
}

/** The session in one table, the agreement over the session, and the exports. */
export function SummaryScreen({ session, onExport, onStartNew }: SummaryScreenProps) {
  const id = useId();
  const { agreement } = session;
  const names = session.levelNames;
  return (
    <section className="lw-workshop__screen" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="lw-workshop__heading" tabIndex={-1} data-screen-heading="summary">
        Session summary
      </h2>
      <dl className="lw-workshop__figures lw-workshop__figures--large" data-part="session-agreement">
        <dt>Stages voted on</dt>
        <dd data-figure="stages">{session.rounds.length}</dd>
        <dt>Percentage agreement</dt>
        <dd data-figure="session-agreement">{percentWords(agreement.percentAgreement)}</dd>
        <dt>Fleiss’ kappa</dt>
        <dd data-figure="session-kappa">{kappaWithReading(agreement.fleissKappa, agreement.kappaReading)}</dd>
        <dt>Votes inside the answer key</dt>
        <dd data-figure="within-key">{percentWords(session.withinKey)}</dd>
      </dl>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1) */}
      <section className="lw-workshop__table-scroll" aria-labelledby={`${id}-caption`} tabIndex={0}>
        <table className="lw-workshop__table">
          <caption id={`${id}-caption`}>Votes per stage in {session.areaName}</caption>
          <thead>
            <tr>
              <th scope="col">Stage</th>
              {names.map((n, i) => (
                <th scope="col" key={n}>
                  Level {i + 1}, {n}
                </th>
              ))}
              <th scope="col">Answer key</th>
              <th scope="col">Inside the key</th>
              <th scope="col">Agreement</th>
            </tr>
          </thead>
          <tbody>
            {session.rounds.map((r) => (
              <tr key={`${r.vignetteId}/${r.stageNumber}`} data-round={`${r.vignetteId}/${r.stageNumber}`}>
                <th scope="row">
                  {r.vignetteTitle}, stage {r.stageNumber}
                  {r.underCallsOfSignificantHarm > 0 ? (
                    <span className="lw-workshop__tag lw-workshop__tag--warning">
                      {r.underCallsOfSignificantHarm} below significant harm
                    </span>
                  ) : null}
                </th>
                {r.votes.map((v, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: four fixed level columns
                  <td key={i}>{v}</td>
                ))}
                <td>
                  {r.keyBand
                    ? r.keyBand[0] === r.keyBand[1]
                      ? `${r.keyBand[0]}, ${r.keyLevelNames[0]}`
                      : `${r.keyBand[0]}–${r.keyBand[1]} (contested)`
                    : 'none'}
                </td>
                <td>{percentWords(r.withinKey)}</td>
                <td>{percentWords(r.agreement)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="lw-workshop__actions">
        <button
          type="button"
          className="lw-workshop__button lw-workshop__button--primary"
          onClick={() => onExport('csv')}
        >
          Export as CSV
        </button>
        <button type="button" className="lw-workshop__button" onClick={() => onExport('json')}>
          Export as JSON
        </button>
        <button type="button" className="lw-workshop__button lw-workshop__button--quiet" onClick={onStartNew}>
          Start a new session
        </button>
      </div>
    </section>
  );
}
