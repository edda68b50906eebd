import { useEffect, useMemo, useState } from 'react';
import type { Cluster, Trace } from '../../engine/index.ts';
import type { NodeTopology } from '../../engine/topology/types.ts';
import { InnerLayoutCache, layoutModel } from './elkLayout.ts';
import { sharedElk } from './elkWorker.ts';
import { buildModel, type CanvasModel } from './model.ts';
import { touchedBy } from './onPath.ts';
import { servicesTable } from './services.ts';
import { toFlow, type Flow } from './toFlow.ts';

const cache = new InnerLayoutCache();

interface LaidOutCanvas {
  readonly model: CanvasModel;
  readonly flow: Flow;
}

/** A walk's touched nodes and pods as one stable key, so a new trace over the same places changes nothing. */
function touchedKey(trace: Trace | null): string {
  const { nodes, pods } = touchedBy(trace);
  return JSON.stringify([[...nodes].sort(), [...pods].sort()]);
}

/**
 * The canvas for a cluster, its topology and the places the walk touches, laid out by elk off the main
 * thread. While elk works, the previous layout stays; the first one appears when elk first answers.
 */
export function useCanvasFlow(
  cluster: Cluster | null,
  topology: Readonly<Record<string, NodeTopology>>,
  trace: Trace | null,
): LaidOutCanvas | null {
  const key = touchedKey(trace);
  const model = useMemo(() => {
    if (cluster === null) return null;
    const [nodes, pods] = JSON.parse(key) as [string[], string[]];
    return buildModel(cluster, topology, { nodes: new Set(nodes), pods: new Set(pods) });
  }, [cluster, topology, key]);
  const services = useMemo(() => (cluster === null ? null : servicesTable(cluster)), [cluster]);
  const [laid, setLaid] = useState<LaidOutCanvas | null>(null);
  useEffect(() => {
    if (model === null) return undefined;
    let cancelled = false;
    void layoutModel(model, sharedElk(), cache).then((arrangement) => {
      if (!cancelled) setLaid({ model, flow: toFlow(model, arrangement, services) });
    });
    return () => {
      cancelled = true;
    };
  }, [model, services]);
  return laid;
}
