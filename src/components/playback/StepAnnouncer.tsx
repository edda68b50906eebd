/**
 * A polite live region that tells screen reader users where the packet is: the step's position in its leg,
 * what kind of step it is, where it happens and the explanation the engine gave.
 */
import { useAppStore } from '../../state/store.ts';
import { legKind, stepsOfLeg } from '../../state/walkSlice.ts';
import { useT, type EngineMessageKey } from '../../i18n/useT.ts';

export function StepAnnouncer() {
  const t = useT();
  const trace = useAppStore((s) => s.trace);
  const step = useAppStore((s) => s.step);
  const steps = stepsOfLeg(trace, step.leg);
  const current = steps[step.index];
  let text = '';
  if (current !== undefined) {
    const leg = legKind(step.leg);
    const at = current.at;
    const where = [at.node, at.device, at.hook].filter(Boolean).join(' ');
    text = t('playback.announce', {
      n: step.index + 1,
      total: steps.length,
      leg: leg.query === undefined ? t(`playback.leg.${leg.kind}`) : t('playback.leg.dns', { n: leg.query }),
      kind: t(`walkUi.kind.${current.kind}`),
      where: where === '' ? t('playback.outside') : where,
      explain: t(current.explain.key as EngineMessageKey, current.explain.params),
    });
  }
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="step-announcer">
      {text}
    </div>
  );
}
