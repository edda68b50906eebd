/**
 * The walk, like a protocol simulator's event list: the outcome; the DNS lookup as its own short walk (one
 * section per query, with its answer and its steps); the connection's steps; for an Ingress URL the
 * controller's connection to the backend and its answer; the reply. The chosen step is shown in detail above
 * the lists and announced to screen readers. Keyboard shortcuts are global (playback), not here.
 */
import { memo, type ReactNode } from 'react';
import type { DnsQuery } from '../../engine/index.ts';
import { useT, type EngineMessageKey } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/store.ts';
import { legsOf, stepsOfLeg, type WalkLeg } from '../../state/walkSlice.ts';
import { StepDetail } from './StepDetail.tsx';
import { StepList } from './StepList.tsx';

/** Memoised: the queries change with the trace, not with the step on show. */
const DnsQueries = memo(function DnsQueries({ queries }: { queries: readonly DnsQuery[] }) {
  const t = useT();
  return (
    <section className="walk-dns" data-testid="walk-dns" aria-labelledby="walk-dns-title">
      <h3 className="panel-title" id="walk-dns-title">
        {t('inspector.dns.title', { count: queries.length })}
      </h3>
      {queries.map((q, i) => (
        <details key={i} className="dns-query" data-testid={`dns-query-${i}`} data-rcode={q.rcode} open>
          <summary>
            <span className="dns-question">
              {t('inspector.dns.query', { index: i + 1, type: q.type, name: q.name })}
            </span>{' '}
            <code className={`dns-answer dns-${q.rcode}`}>
              {q.answers.length > 0
                ? t('inspector.dns.answer', { rcode: q.rcode, answers: q.answers.join(', ') })
                : t('inspector.dns.noAnswer', { rcode: q.rcode })}
            </code>
            <span className="dns-server">
              {q.answeredBy === undefined
                ? t('inspector.dns.serverOnly', { server: q.server })
                : t('inspector.dns.server', { server: q.server, answeredBy: q.answeredBy })}
            </span>
          </summary>
          <StepList leg={`dns:${i}`} steps={q.steps} testId={`steps-dns-${i}`} />
        </details>
      ))}
    </section>
  );
});

/**
 * The panel under the pickers: the outcome, then two regions that scroll on their own — the step on show in
 * detail, and the event lists (DNS queries, connection, upstream, reply) followed by `footer` (the cluster
 * summary and the diagnostics) — so the detail never hides the list and neither pushes the other away.
 */
export function WalkPanel({ footer }: { footer?: ReactNode }) {
  const t = useT();
  const trace = useAppStore((s) => s.trace);
  const loading = useAppStore((s) => s.traceLoading);
  const step = useAppStore((s) => s.step);
  const problem = useAppStore((s) => s.walkProblem);
  if (!trace)
    return (
      <div className="walk-steps-region">
        <p className="muted">{loading ? t('walkUi.walking') : t('walkUi.none')}</p>
        {footer}
      </div>
    );
  const current = stepsOfLeg(trace, step.leg)[step.index];
  const legs = legsOf(trace);
  const has = (leg: WalkLeg) => legs.some((l) => l.leg === leg);
  return (
    <section
      className="walk-panel"
      data-testid="walk-panel"
      data-stale={problem === null ? undefined : 'true'}
    >
      <div className="walk-head">
        <p
          className={`walk-summary verdict-${trace.verdict}`}
          data-testid="walk-summary"
          data-verdict={trace.verdict}
        >
          {t(trace.summary.key as EngineMessageKey, trace.summary.params)}
        </p>
        {problem !== null && <p className="walk-stale">{t('inspector.stale')}</p>}
      </div>
      <div className="walk-detail-region" role="region" aria-label={t('inspector.detailRegion')} tabIndex={0}>
        {current && <StepDetail step={current} trace={trace} />}
      </div>
      <div className="walk-steps-region" role="region" aria-label={t('inspector.stepsRegion')} tabIndex={0}>
        {trace.dns.length > 0 && <DnsQueries queries={trace.dns} />}
        <h3 className="panel-title">{t('inspector.leg.forward', { count: trace.steps.length })}</h3>
        <StepList leg="forward" steps={trace.steps} testId="steps-forward" />
        {trace.upstream && has('upstream') && (
          <>
            <h3 className="panel-title">
              {t('inspector.leg.upstream', { count: trace.upstream.steps.length })}
            </h3>
            <StepList leg="upstream" steps={trace.upstream.steps} testId="steps-upstream" />
          </>
        )}
        {trace.upstream?.reply && has('upstream-reply') && (
          <>
            <h3 className="panel-title">
              {t('inspector.leg.upstream-reply', { count: trace.upstream.reply.steps.length })}
            </h3>
            <StepList leg="upstream-reply" steps={trace.upstream.reply.steps} testId="steps-upstream-reply" />
          </>
        )}
        {trace.reply && (
          <>
            <h3 className="panel-title">{t('inspector.leg.reply', { count: trace.reply.steps.length })}</h3>
            <StepList leg="reply" steps={trace.reply.steps} testId="steps-reply" />
          </>
        )}
        {footer}
      </div>
    </section>
  );
}
