import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  Background,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type NodeChange,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas.css';
import { useAppStore } from '../../state/store.ts';
import { hasErrors } from '../../state/engineSlice.ts';
import { useT } from '../../i18n/useT.ts';
import { PacketLayer } from '../playback/PacketLayer.tsx';
import { prefersReducedMotion } from '../playback/usePrefersReducedMotion.ts';
import { externalsByIp } from './anchors.ts';
import type { FlowEdge, FlowNode } from './flowTypes.ts';
import { edgeTypes, nodeTypes } from './nodeTypes.tsx';
import { useCurrentAnchorSync } from './currentAnchor.ts';
import { allEdges } from './model.ts';
import { walkMarks } from './onPath.ts';
import { withMarks } from './toFlow.ts';
import { useCanvasFlow } from './useCanvasFlow.ts';

/**
 * Refit the view when the set of drawn objects changes (not on every edit that keeps the same picture).
 * React Flow 12 queues a fit asked for before the new nodes are measured and runs it once they are.
 */
function FitOnChange({ signature }: { signature: string }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    if (signature === '') return;
    void fitView({ padding: 0.06, maxZoom: 1.1, duration: prefersReducedMotion() ? 0 : 200 });
  }, [signature, fitView]);
  return null;
}

type Size = { readonly width: number; readonly height: number };

/**
 * React Flow keeps a node's measured size on the node object it is handed. Our nodes are derived (a walk's
 * marks make new objects for the nodes they change), so a new object would arrive unmeasured and stay hidden:
 * its element did not change size, so nothing measures it again. This remembers every size React Flow reports
 * and hands it on with the new object (one copy per object, so unchanged nodes keep their identity).
 */
function useMeasuredNodes(nodes: readonly FlowNode[]): {
  nodes: FlowNode[];
  onNodesChange: (changes: NodeChange<FlowNode>[]) => void;
} {
  const sizes = useRef(new Map<string, Size>());
  const copies = useRef(new WeakMap<FlowNode, FlowNode>());
  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    for (const change of changes)
      if (change.type === 'dimensions' && change.dimensions) sizes.current.set(change.id, change.dimensions);
  }, []);
  const measured = useMemo(
    () =>
      nodes.map((node) => {
        const size = sizes.current.get(node.id);
        if (node.measured !== undefined || size === undefined) return node;
        const copy = copies.current.get(node) ?? ({ ...node, measured: size } as FlowNode);
        copies.current.set(node, copy);
        return copy;
      }),
    [nodes],
  );
  return { nodes: measured, onNodesChange };
}

const NO_NODES: readonly FlowNode[] = [];

export function ClusterCanvas() {
  const t = useT();
  const lastGood = useAppStore((s) => s.lastGood);
  const stale = useAppStore((s) => s.analysis !== null && s.analysis !== s.lastGood && hasErrors(s.analysis));
  const theme = useAppStore((s) => s.theme);
  // Each node's devices arrive from the worker shortly after an analysis; until then the cluster alone is drawn.
  const topology = useAppStore((s) => s.topology);
  const trace = useAppStore((s) => s.trace);
  const cluster = lastGood?.cluster ?? null;
  const laid = useCanvasFlow(cluster, topology, trace);
  const externals = useMemo(() => externalsByIp(cluster?.settings.externalClients ?? []), [cluster]);
  const drawn = useMemo(() => new Set(laid?.flow.nodes.map((n) => n.id) ?? []), [laid]);
  const marks = useMemo(
    () => walkMarks(trace, drawn, laid ? allEdges(laid.model) : [], externals),
    [trace, drawn, laid, externals],
  );
  // The packet's place is not node data: a step change leaves these arrays (and React Flow) untouched.
  useCurrentAnchorSync(drawn, externals);
  const flow = useMemo(() => (laid ? withMarks(laid.flow, marks) : null), [laid, marks]);
  const signature = useMemo(() => [...drawn].join('|'), [drawn]);
  const { nodes, onNodesChange } = useMeasuredNodes((flow?.nodes ?? NO_NODES) as readonly FlowNode[]);

  return (
    <section className="canvas-panel" aria-label={t('canvas.region')} data-testid="canvas">
      {stale && (
        <p className="banner banner-info canvas-banner" role="status" data-testid="stale-banner">
          {t('canvas.staleBanner')}
        </p>
      )}
      {lastGood && lastGood.cluster.nodes.length === 0 && <p className="canvas-empty">{t('canvas.empty')}</p>}
      <ReactFlowProvider>
        <ReactFlow
          nodes={nodes}
          onNodesChange={onNodesChange}
          edges={(flow?.edges ?? []) as FlowEdge[]}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          colorMode={theme}
          minZoom={0.05}
          maxZoom={2.5}
          nodesConnectable={false}
          nodesDraggable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
        >
          <Background />
          <Controls showInteractive={false} />
          <FitOnChange signature={signature} />
          <PacketLayer />
        </ReactFlow>
      </ReactFlowProvider>
    </section>
  );
}
