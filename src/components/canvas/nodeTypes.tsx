import { memo } from 'react';
import type { NodeProps, NodeTypes } from '@xyflow/react';
import type { GroupNode, ObjectNode } from './toFlow.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/store.ts';

const GroupBox = memo(function GroupBox({ data }: NodeProps<GroupNode>) {
  const t = useT();
  return (
    <div className="flow-group">
      <div className="flow-group-title">{t('canvas.namespace', { name: data.title })}</div>
    </div>
  );
});

const ObjectCard = memo(function ObjectCard({ data }: NodeProps<ObjectNode>) {
  const t = useT();
  const revealPosition = useAppStore((s) => s.revealPosition);
  return (
    <button
      type="button"
      className={`flow-object kind-${data.kind.toLowerCase()}${data.simulated ? '' : ' not-simulated'}`}
      data-testid="canvas-object"
      data-kind={data.kind}
      onClick={() => revealPosition(data.file, data.line, data.column)}
      title={`${data.file}:${data.line}`}
    >
      <span className="flow-object-kind">{data.kind}</span>
      <span className="flow-object-name">{data.name}</span>
      <span className="flow-object-detail">{data.simulated ? data.detail : t('canvas.notSimulated')}</span>
    </button>
  );
});

/** Defined once at module level, as React Flow requires for stable rendering. */
export const nodeTypes: NodeTypes = { scope: GroupBox, object: ObjectCard };
