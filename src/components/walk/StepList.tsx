/**
 * One leg of the walk as an event list: index, kind, where (node, device, hook/table, chain), a one-line
 * summary and badges for NAT, tunnel, policy and drop. The current step is highlighted and kept in view.
 */
import { memo, useEffect, useRef } from 'react';
import type { Step } from '../../engine/index.ts';
import { useT, type EngineMessageKey } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/store.ts';
import type { WalkLeg } from '../../state/walkSlice.ts';
import { stepBadges, stepChain, stepWhere, type StepBadge } from './inspectorModel.ts';
import { prefersReducedMotion } from '../playback/usePrefersReducedMotion.ts';

const BADGE_ICON: Readonly<Record<StepBadge, string>> = {
  nat: '⇄',
  encap: '▣',
  decap: '□',
  policy: '⛨',
  drop: '✕',
};

/** Whether the row shows entirely inside its nearest scrolling ancestor (the panel), so no scroll is needed. */
function inView(row: HTMLElement): boolean {
  let box: HTMLElement | null = row.parentElement;
  while (box !== null && box.scrollHeight <= box.clientHeight) box = box.parentElement;
  const r = row.getBoundingClientRect();
  const top = box === null ? 0 : box.getBoundingClientRect().top;
  const bottom = box === null ? window.innerHeight : box.getBoundingClientRect().bottom;
  return r.top >= top && r.bottom <= Math.min(bottom, window.innerHeight);
}

/**
 * One row, memoised: a step change re-renders only the row that becomes active and the one that stops being
 * so (each reads its own active state from the store).
 */
const StepRow = memo(function StepRow({ leg, step, index }: { leg: WalkLeg; step: Step; index: number }) {
  const t = useT();
  const active = useAppStore((s) => s.step.leg === leg && s.step.index === index);
  const showStep = useAppStore((s) => s.showStep);
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const row = ref.current;
    if (!active || row === null || inView(row)) return;
    // A smooth scroll on every step of playback costs frames; while playing the list just jumps.
    const smooth = !useAppStore.getState().playing && !prefersReducedMotion();
    row.scrollIntoView?.({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }, [active]);
  const chain = stepChain(step);
  const summary = t(step.explain.key as EngineMessageKey, step.explain.params);
  const badges = stepBadges(step);
  return (
    <li>
      <button
        ref={ref}
        type="button"
        className={`step-item step-${step.kind}${active ? ' step-active' : ''}`}
        aria-current={active ? 'step' : undefined}
        data-kind={step.kind}
        data-badges={badges.join(' ')}
        onClick={() => showStep(leg, index)}
      >
        <span className="step-row">
          <span className="step-index">{index + 1}</span>
          <span className="step-kind">{t(`walkUi.kind.${step.kind}`)}</span>
          <span className="step-where">{stepWhere(step)}</span>
          {badges.map((b) => (
            <span key={b} className={`step-badge step-badge-${b}`} data-badge={b}>
              <span aria-hidden="true">{BADGE_ICON[b]} </span>
              {t(`inspector.badge.${b}`)}
            </span>
          ))}
        </span>
        {chain !== undefined && <span className="step-chain">{chain}</span>}
        <span className="step-summary" title={summary}>
          {summary}
        </span>
      </button>
    </li>
  );
});

export const StepList = memo(function StepList({
  leg,
  steps,
  testId,
}: {
  leg: WalkLeg;
  steps: readonly Step[];
  testId: string;
}) {
  return (
    <ol className="step-list" data-testid={testId}>
      {steps.map((step, i) => (
        <StepRow key={i} leg={leg} step={step} index={i} />
      ))}
    </ol>
  );
});
