/**
 * What to walk: source, destination and protocol, with suggestions from the cluster. When the newest request
 * names nothing in the cluster (any more), the field it concerns says so and the last good walk stays on
 * screen.
 */
import { useId, useMemo } from 'react';
import { useAppStore } from '../../state/store.ts';
import { useT, type EngineMessageKey } from '../../i18n/useT.ts';
import type { L4Protocol } from '../../engine/index.ts';
import { destinationSuggestions, sourceSuggestions } from './suggestions.ts';
import './inspector.css';

const PROTOCOLS: readonly L4Protocol[] = ['tcp', 'udp', 'icmp'];

function WalkField({
  field,
  label,
  value,
  list,
  onChange,
}: {
  field: 'from' | 'to';
  label: string;
  value: string;
  list: string;
  onChange: (value: string) => void;
}) {
  const t = useT();
  const id = useId();
  const problem = useAppStore((s) => (s.walkProblem?.field === field ? s.walkProblem : null));
  const problemId = `${id}-problem`;
  return (
    <div className="walk-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        list={list}
        data-testid={`walk-${field}`}
        value={value}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem === null ? undefined : true}
        aria-describedby={problem === null ? undefined : problemId}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem !== null && (
        <p id={problemId} className="walk-problem" data-testid="walk-problem" role="status">
          {t(problem.message.key as EngineMessageKey, problem.message.params)}
        </p>
      )}
    </div>
  );
}

export function WalkControls() {
  const t = useT();
  const cluster = useAppStore((s) => s.lastGood?.cluster);
  const from = useAppStore((s) => s.walkFrom);
  const to = useAppStore((s) => s.walkTo);
  const protocol = useAppStore((s) => s.walkProtocol);
  const setWalk = useAppStore((s) => s.setWalk);
  const fromList = useMemo(() => (cluster ? sourceSuggestions(cluster) : []), [cluster]);
  const toList = useMemo(() => (cluster ? destinationSuggestions(cluster) : []), [cluster]);
  const protocolId = useId();

  return (
    <div className="walk-controls" role="group" aria-label={t('walkUi.controls')}>
      <WalkField
        field="from"
        label={t('walkUi.from')}
        value={from}
        list="walk-sources"
        onChange={(value) => setWalk({ from: value })}
      />
      <WalkField
        field="to"
        label={t('walkUi.to')}
        value={to}
        list="walk-destinations"
        onChange={(value) => setWalk({ to: value })}
      />
      <div className="walk-field walk-protocol">
        <label htmlFor={protocolId}>{t('walkUi.protocol')}</label>
        <select
          id={protocolId}
          data-testid="walk-protocol"
          value={protocol}
          onChange={(e) => setWalk({ protocol: PROTOCOLS.find((p) => p === e.target.value) ?? 'tcp' })}
        >
          {PROTOCOLS.map((p) => (
            <option key={p} value={p}>
              {p.toUpperCase()}
            </option>
          ))}
        </select>
      </div>
      <datalist id="walk-sources">
        {fromList.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <datalist id="walk-destinations">
        {toList.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
    </div>
  );
}
