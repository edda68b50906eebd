/**
 * The walk, like a protocol simulator's event list: the outcome, the DNS queries that came first, every step
 * of the forward walk and of the reply (index, node, where, what happened), and the chosen step in detail.
 * Arrow keys step through it when the focus is not in a text field.
 */
import { useEffect } from 'react';
import { useAppStore } from '../../state/store.ts';
import { useT, type EngineMessageKey } from '../../i18n/useT.ts';
import type { Step } from '../../engine/index.ts';
import { stepsOfLeg, type WalkLeg } from '../../state/walkSlice.ts';
import { StepDetail } from './StepDetail.tsx';

function where(step: Step): string {
  const at = step.at;
  const hook = at.hook ? `${at.hook}${at.table ? `/${at.table}` : ''}` : '';
  return [at.node, at.device, hook].filter(Boolean).join(' · ');
}

function StepList({ leg, steps }: { leg: WalkLeg; steps: readonly Step[] }) {
  const t = useT();
  const current = useAppStore((s) => s.step);
  const showStep = useAppStore((s) => s.showStep);
  return (
    <ol className="step-list" data-testid={`steps-${leg}`}>
      {steps.map((step, i) => {
        const active = current.leg === leg && current.index === i;
        return (
          <li key={i}>
            <button
              type="button"
              className={`step-item step-${step.kind}${active ? ' step-active' : ''}`}
              aria-current={active ? 'step' : undefined}
              data-kind={step.kind}
              onClick={() => showStep(leg, i)}
            >
              <span className="step-index">{i + 1}</span>
              <span className="step-kind">{t(`walkUi.kind.${step.kind}`)}</span>
              <span className="step-where">{where(step)}</span>
              {step.changed.some((f) => f === 'dst' || f === 'src' || f === 'dport' || f === 'sport') && (
                <span className="step-badge">NAT</span>
              )}
              {step.changed.includes('outer') && (
                <span className="step-badge">{step.kind === 'encap' ? 'encap' : 'decap'}</span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function useArrowKeys(): void {
  const stepBy = useAppStore((s) => s.stepBy);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, .monaco-editor, [contenteditable="true"]')) return;
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown') stepBy(1);
      else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') stepBy(-1);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [stepBy]);
}

export function WalkPanel() {
  const t = useT();
  const trace = useAppStore((s) => s.trace);
  const loading = useAppStore((s) => s.traceLoading);
  const step = useAppStore((s) => s.step);
  useArrowKeys();
  if (!trace) return <p className="muted">{loading ? t('walkUi.walking') : t('walkUi.none')}</p>;
  const current = stepsOfLeg(trace, step.leg)[step.index];
  return (
    <section className="walk-panel" data-testid="walk-panel">
      <p
        className={`walk-summary verdict-${trace.verdict}`}
        data-testid="walk-summary"
        data-verdict={trace.verdict}
      >
        {t(trace.summary.key as EngineMessageKey, trace.summary.params)}
      </p>
      {trace.dns.length > 0 && (
        <details className="walk-dns" data-testid="walk-dns">
          <summary>{t('walkUi.dns', { count: trace.dns.length })}</summary>
          <ul>
            {trace.dns.map((q, i) => (
              <li key={i}>
                <code>
                  {q.type} {q.name} → {q.rcode} {q.answers.join(', ')}
                </code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {current && <StepDetail step={current} />}
      <h3 className="panel-title">{t('walkUi.forward', { count: trace.steps.length })}</h3>
      <StepList leg="forward" steps={trace.steps} />
      {trace.reply && (
        <>
          <h3 className="panel-title">{t('walkUi.reply', { count: trace.reply.steps.length })}</h3>
          <StepList leg="reply" steps={trace.reply.steps} />
        </>
      )}
    </section>
  );
}
