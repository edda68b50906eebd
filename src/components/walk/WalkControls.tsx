/**
 * What to walk: source, destination and protocol, with suggestions from the cluster (pods, workloads, nodes,
 * external clients; Services by name and as svc/<ns>/<name>:<port>), and stepping through the walk.
 */
import { useMemo } from 'react';
import { useAppStore } from '../../state/store.ts';
import { useT } from '../../i18n/useT.ts';
import type { Cluster } from '../../engine/cluster/types.ts';

function sources(cluster: Cluster): string[] {
  const out = cluster.pods
    .filter((p) => !p.hostNetwork)
    .map((p) => (p.namespace === 'default' ? p.name : p.ref));
  for (const n of cluster.nodes) out.push(`node/${n.name}`);
  out.push('external', ...cluster.settings.externalClients.map((c) => `external/${c.ip}`));
  return out;
}

function destinations(cluster: Cluster): string[] {
  const out: string[] = [];
  for (const s of cluster.services) {
    for (const p of s.ports) {
      out.push(`${s.namespace === 'default' ? s.name : `${s.name}.${s.namespace}`}:${p.port}`);
      out.push(`svc/${s.ref}:${p.port}`);
      if (p.nodePort !== undefined) for (const n of cluster.nodes) out.push(`${n.internalIP}:${p.nodePort}`);
    }
  }
  for (const p of cluster.pods) {
    for (const c of p.containers)
      for (const port of c.ports) if (p.ip) out.push(`${p.ip}:${port.containerPort}`);
  }
  return out;
}

export function WalkControls() {
  const t = useT();
  const cluster = useAppStore((s) => s.lastGood?.cluster);
  const from = useAppStore((s) => s.walkFrom);
  const to = useAppStore((s) => s.walkTo);
  const protocol = useAppStore((s) => s.walkProtocol);
  const setWalk = useAppStore((s) => s.setWalk);
  const stepBy = useAppStore((s) => s.stepBy);
  const fromList = useMemo(() => (cluster ? sources(cluster) : []), [cluster]);
  const toList = useMemo(() => (cluster ? destinations(cluster) : []), [cluster]);

  return (
    <div className="walk-controls" role="group" aria-label={t('walkUi.controls')}>
      <label className="walk-field">
        <span>{t('walkUi.from')}</span>
        <input
          list="walk-sources"
          data-testid="walk-from"
          value={from}
          spellCheck={false}
          onChange={(e) => setWalk({ from: e.target.value })}
        />
      </label>
      <label className="walk-field">
        <span>{t('walkUi.to')}</span>
        <input
          list="walk-destinations"
          data-testid="walk-to"
          value={to}
          spellCheck={false}
          onChange={(e) => setWalk({ to: e.target.value })}
        />
      </label>
      <label className="walk-field walk-protocol">
        <span>{t('walkUi.protocol')}</span>
        <select
          data-testid="walk-protocol"
          value={protocol}
          onChange={(e) =>
            setWalk({
              protocol: e.target.value === 'udp' ? 'udp' : e.target.value === 'icmp' ? 'icmp' : 'tcp',
            })
          }
        >
          <option value="tcp">TCP</option>
          <option value="udp">UDP</option>
          <option value="icmp">ICMP</option>
        </select>
      </label>
      <div className="walk-stepper">
        <button type="button" className="button" onClick={() => stepBy(-1)} aria-label={t('walkUi.prev')}>
          ◀
        </button>
        <button type="button" className="button" onClick={() => stepBy(1)} aria-label={t('walkUi.next')}>
          ▶
        </button>
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
