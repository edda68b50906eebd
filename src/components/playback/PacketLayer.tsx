/**
 * Everything playback draws on the canvas, rendered as a child of <ReactFlow>: the packet token in the
 * viewport, and the playback bar along the bottom edge.
 */
import { lazy, Suspense } from 'react';
import { Panel } from '@xyflow/react';
import { PlaybackControls } from './PlaybackControls.tsx';
import './playback.css';

// The token animates with motion (a large library): it loads in its own chunk right after the first paint.
const PacketToken = lazy(() => import('./PacketToken.tsx'));

export function PacketLayer() {
  return (
    <>
      <Suspense fallback={null}>
        <PacketToken />
      </Suspense>
      <Panel position="bottom-center" className="playback-panel">
        <PlaybackControls />
      </Panel>
    </>
  );
}
