/**
 * One step, for a learner: what happened and why (the explanation, then why and what would change it), the
 * packet's headers in layers with the fields this step changed highlighted, the rule that decided in its
 * chain with the jump path, the connection's conntrack entry on this node, and the commands that show the
 * same thing on a real node. Terms in the texts open their glossary entry.
 */
import type { Step, Trace } from '../../engine/index.ts';
import { isMessageKey } from '../../i18n/index.ts';
import { useT, type EngineMessageKey } from '../../i18n/useT.ts';
import { GlossaryText } from '../glossary/GlossaryText.tsx';
import { HeaderLayers } from './HeaderLayers.tsx';
import { conntrackFor, whyKeyOf } from './inspectorModel.ts';
import { RuleContext } from './RuleContext.tsx';
import { StepCommands } from './StepCommands.tsx';
import './inspector.css';

export function StepDetail({ step, trace }: { step: Step; trace: Trace }) {
  const t = useT();
  const whyKey = whyKeyOf(step.explain.key, step.kind, isMessageKey);
  const entry = conntrackFor(trace, step);
  return (
    <section className="step-detail" data-testid="step-detail" data-kind={step.kind}>
      <h4 className="visually-hidden">{t('inspector.explain')}</h4>
      <p className="step-explain" data-testid="step-explain">
        <GlossaryText text={t(step.explain.key as EngineMessageKey, step.explain.params)} />
      </p>
      {whyKey !== undefined && (
        <div className="step-why" data-testid="step-why">
          <h4>{t('inspector.why')}</h4>
          <p>
            <GlossaryText text={t(whyKey as EngineMessageKey, step.explain.params)} />
          </p>
        </div>
      )}
      <HeaderLayers packet={step.packet} changed={step.changed} />
      {step.decider && <RuleContext decider={step.decider} />}
      {entry && (
        <div className="step-conntrack" data-testid="step-conntrack">
          <h4>
            <GlossaryText text={t('inspector.conntrack', { node: entry.node })} />
          </h4>
          <code className="step-rule">{entry.text}</code>
        </div>
      )}
      <StepCommands commands={step.commands} />
    </section>
  );
}
