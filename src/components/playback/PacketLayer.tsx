/**
 * Everything playback draws on the canvas, rendered as a child of <ReactFlow>: the packet token in the
 * viewport, and the playback bar along the bottom edge.
 */
import { Panel } from '@xyflow/react';
import { PacketToken } from './PacketToken.tsx';
import { PlaybackControls } from './PlaybackControls.tsx';
import './playback.css';

export function PacketLayer() {
  return (
    <>
      <PacketToken />
      <Panel position="bottom-center" className="playback-panel">
        <PlaybackControls />
      </Panel>
    </>
  );
}
