/**
 * One step, for a learner: what happened and why (the explanation), the packet's headers in layers with the
 * fields this step changed highlighted, the rule or route that decided (with the jump path), and the commands
 * that show the same thing on a real node.
 */
import type { PacketField, PacketState, Step } from '../../engine/index.ts';
import { useT, type EngineMessageKey } from '../../i18n/useT.ts';

function Field({
  name,
  value,
  changed,
}: {
  name: string;
  value: string | number | undefined;
  changed: boolean;
}) {
  if (value === undefined || value === '') return null;
  return (
    <div className={changed ? 'header-field header-changed' : 'header-field'} data-changed={changed}>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function Headers({ packet, changed }: { packet: PacketState; changed: readonly PacketField[] }) {
  const t = useT();
  const is = (f: PacketField) => changed.includes(f);
  const outer = packet.outer;
  return (
    <div className="headers" data-testid="step-headers">
      {outer && (
        <section className="header-layer header-outer" data-testid="outer-header">
          <h4>{t('walkUi.layer.outer', { protocol: outer.protocol === 'udp' ? 'UDP' : 'IPIP' })}</h4>
          <dl>
            <Field name="src" value={outer.src} changed={is('outer')} />
            <Field name="dst" value={outer.dst} changed={is('outer')} />
            <Field name="sport" value={outer.sport} changed={is('outer')} />
            <Field name="dport" value={outer.dport} changed={is('outer')} />
            <Field name="VNI" value={outer.vni} changed={is('outer')} />
          </dl>
        </section>
      )}
      {(packet.srcMac || packet.dstMac) && (
        <section className="header-layer">
          <h4>{t('walkUi.layer.ethernet')}</h4>
          <dl>
            <Field name="src" value={packet.srcMac} changed={is('srcMac')} />
            <Field name="dst" value={packet.dstMac} changed={is('dstMac')} />
          </dl>
        </section>
      )}
      <section className="header-layer">
        <h4>{t('walkUi.layer.ip')}</h4>
        <dl>
          <Field name="src" value={packet.src} changed={is('src')} />
          <Field name="dst" value={packet.dst} changed={is('dst')} />
          <Field name="ttl" value={packet.ttl} changed={is('ttl')} />
          <Field
            name="mark"
            value={packet.mark === 0 ? undefined : `0x${packet.mark.toString(16)}`}
            changed={is('mark')}
          />
          <Field name="conntrack" value={packet.ctState} changed={is('ctState')} />
        </dl>
      </section>
      <section className="header-layer">
        <h4>{packet.protocol.toUpperCase()}</h4>
        <dl>
          <Field name="sport" value={packet.sport} changed={is('sport')} />
          <Field name="dport" value={packet.dport} changed={is('dport')} />
          <Field name="flags" value={packet.flags} changed={false} />
        </dl>
      </section>
    </div>
  );
}

export function StepDetail({ step }: { step: Step }) {
  const t = useT();
  return (
    <section className="step-detail" data-testid="step-detail" aria-live="polite">
      <p className="step-explain" data-testid="step-explain">
        {t(step.explain.key as EngineMessageKey, step.explain.params)}
      </p>
      <Headers packet={step.packet} changed={step.changed} />
      {step.decider && (
        <div className="step-decider" data-testid="step-decider">
          <h4>{t('walkUi.decider')}</h4>
          {step.decider.path && step.decider.path.length > 1 && (
            <p className="step-path">{step.decider.path.join(' → ')}</p>
          )}
          <code className="step-rule">{step.decider.text}</code>
        </div>
      )}
      {step.commands.length > 0 && (
        <div className="step-commands">
          <h4>{t('walkUi.commands')}</h4>
          {step.commands.map((c) => (
            <div key={c} className="step-command">
              <code>{c}</code>
              <button
                type="button"
                className="button"
                aria-label={t('walkUi.copy', { command: c })}
                onClick={() => void navigator.clipboard?.writeText(c)}
              >
                {t('nodePanel.copyCommand')}
              </button>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
