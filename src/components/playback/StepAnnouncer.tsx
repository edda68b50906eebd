/**
 * A polite live region that tells screen reader users where the packet is: the step's position in its leg,
 * what kind of step it is, where it happens and the explanation the engine gave.
 */
import { useAppStore } from '../../state/store.ts';
import { stepsOfLeg, type WalkLeg } from '../../state/walkSlice.ts';
import { useT, type EngineMessageKey } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/index.ts';

function legKey(leg: WalkLeg): { key: MessageKey; n?: number } {
  if (leg.startsWith('dns:')) return { key: 'playback.leg.dns', n: Number(leg.slice(4)) + 1 };
  switch (leg) {
    case 'reply':
      return { key: 'playback.leg.reply' };
    case 'upstream':
      return { key: 'playback.leg.upstream' };
    case 'upstream-reply':
      return { key: 'playback.leg.upstream-reply' };
    default:
      return { key: 'playback.leg.forward' };
  }
}

export function StepAnnouncer() {
  const t = useT();
  const trace = useAppStore((s) => s.trace);
  const step = useAppStore((s) => s.step);
  const steps = stepsOfLeg(trace, step.leg);
  const current = steps[step.index];
  let text = '';
  if (current !== undefined) {
    const leg = legKey(step.leg);
    const at = current.at;
    const where = [at.node, at.device, at.hook].filter(Boolean).join(' ');
    text = t('playback.announce', {
      n: step.index + 1,
      total: steps.length,
      leg: leg.n === undefined ? t(leg.key) : t(leg.key, { n: leg.n }),
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
