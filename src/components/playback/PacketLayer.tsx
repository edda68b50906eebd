/**
 * The packet token, drawn inside the React Flow viewport (placeholder until playback lands): rendered as a
 * child of <ReactFlow> by the canvas.
 */
export function PacketLayer() {
  return null;
}
