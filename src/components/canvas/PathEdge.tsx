import { memo } from 'react';
import { BaseEdge, getBezierPath, type EdgeProps } from '@xyflow/react';
import type { FlowEdge } from './flowTypes.ts';

/** One edge of the picture: a veth pair, a bridge port, the stack's flow, a tunnel or a wire. */
export const PathEdge = memo(function PathEdge(props: EdgeProps<FlowEdge>) {
  const [path] = getBezierPath(props);
  const role = props.data?.role ?? 'stack';
  const onPath = props.data?.onPath;
  return (
    <g
      className={`cv-edge cv-edge-${role}${onPath ? ` cv-edge-on-${onPath}` : ''}`}
      data-on-path={onPath}
      data-edge={props.id}
    >
      <BaseEdge id={props.id} path={path} />
    </g>
  );
});
