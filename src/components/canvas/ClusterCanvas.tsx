import { useEffect, useMemo } from 'react';
import { Background, Controls, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useAppStore } from '../../state/store.ts';
import { hasErrors } from '../../state/engineSlice.ts';
import { useT } from '../../i18n/useT.ts';
import { toFlow } from './toFlow.ts';
import { nodeTypes } from './nodeTypes.tsx';

/** Refit the view when the set of drawn objects changes (not on every edit that keeps the same picture). */
function FitOnChange({ signature }: { signature: string }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    void fitView({ padding: 0.08, maxZoom: 1.25, duration: 200 });
  }, [signature, fitView]);
  return null;
}

export function ClusterCanvas() {
  const t = useT();
  const lastGood = useAppStore((s) => s.lastGood);
  const stale = useAppStore((s) => s.analysis !== null && s.analysis !== s.lastGood && hasErrors(s.analysis));
  const theme = useAppStore((s) => s.theme);
  const nodes = useMemo(() => toFlow(lastGood), [lastGood]);
  const signature = useMemo(() => nodes.map((n) => n.id).join('|'), [nodes]);

  return (
    <section className="canvas-panel" aria-label={t('canvas.region')} data-testid="canvas">
      {stale && (
        <p className="banner banner-info canvas-banner" role="status" data-testid="stale-banner">
          {t('canvas.staleBanner')}
        </p>
      )}
      {lastGood && nodes.length === 0 && <p className="canvas-empty">{t('canvas.empty')}</p>}
      <ReactFlowProvider>
        <ReactFlow
          nodes={nodes}
          edges={[]}
          nodeTypes={nodeTypes}
          colorMode={theme}
          fitView
          fitViewOptions={{ padding: 0.08, maxZoom: 1.25 }}
          minZoom={0.1}
          maxZoom={2}
          nodesConnectable={false}
        >
          <Background />
          <Controls showInteractive={false} />
          <FitOnChange signature={signature} />
        </ReactFlow>
      </ReactFlowProvider>
    </section>
  );
}
