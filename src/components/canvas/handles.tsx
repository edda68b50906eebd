import { Handle, Position } from '@xyflow/react';
import type { PathMarks } from './flowTypes.ts';
import { useIsCurrent } from './currentAnchor.ts';

const SIDES = [
  ['top', Position.Top],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
  ['right', Position.Right],
] as const;

/**
 * A source and a target handle on every side, invisible: toFlow.ts picks the sides two connected things face
 * each other with. Nothing on the canvas is connectable by hand.
 */
export function Sides() {
  return (
    <>
      {SIDES.map(([name, position]) => (
        <Handle
          key={`s-${name}`}
          id={`s-${name}`}
          type="source"
          position={position}
          isConnectable={false}
          className="cv-handle"
        />
      ))}
      {SIDES.map(([name, position]) => (
        <Handle
          key={`t-${name}`}
          id={`t-${name}`}
          type="target"
          position={position}
          isConnectable={false}
          className="cv-handle"
        />
      ))}
    </>
  );
}

/** Class names and data attributes for the walk's marks (tests read the attributes). */
function markProps(base: string, marks: PathMarks, current: boolean) {
  const classes = [base];
  if (marks.onPath) classes.push(`cv-on-${marks.onPath}`);
  if (current) classes.push('cv-current');
  return {
    className: classes.join(' '),
    'data-on-path': marks.onPath ?? undefined,
    'data-current': current ? 'true' : undefined,
  };
}

/** markProps for the drawn object `id`, re-rendering it only when the packet arrives or leaves. */
export function useMarkProps(id: string, base: string, marks: PathMarks) {
  return markProps(base, marks, useIsCurrent(id));
}
