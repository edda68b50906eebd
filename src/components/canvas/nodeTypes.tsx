import { memo } from 'react';
import type { NodeProps, NodeTypes } from '@xyflow/react';
import type { ExternalNode, MoreNode, NodeGroupNode, PodNode, ServicesNode, SourceLink } from './toFlow.ts';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/store.ts';
import { currentStep } from '../../state/walkSlice.ts';

/** Clicking a drawn object shows the YAML it came from. */
function useReveal(): (source: SourceLink | undefined) => void {
  const revealPosition = useAppStore((s) => s.revealPosition);
  return (source) => {
    if (source) revealPosition(source.file, source.line, source.column);
  };
}

const K8sNodeGroup = memo(function K8sNodeGroup({ data }: NodeProps<NodeGroupNode>) {
  const t = useT();
  const showNode = useAppStore((s) => s.showNode);
  const open = useAppStore((s) => s.openNode === data.name);
  const packetHere = useAppStore((s) => currentStep(s)?.at.node === data.name);
  return (
    <div
      className={packetHere ? 'flow-group flow-packet-here' : 'flow-group'}
      data-testid="node-group"
      data-node={data.name}
      data-packet-here={packetHere}
    >
      <div className="flow-group-title">
        <span>{t('canvas.node', { name: data.name })}</span>
        {data.role === 'control-plane' && <span className="flow-badge">{t('canvas.controlPlane')}</span>}
        <button
          type="button"
          className={open ? 'flow-node-open flow-node-open-active' : 'flow-node-open'}
          aria-pressed={open}
          aria-label={t('nodePanel.open', { name: data.name })}
          title={t('nodePanel.open', { name: data.name })}
          data-testid="open-node"
          onClick={() => showNode(open ? null : data.name)}
        >
          {t('nodePanel.openShort')}
        </button>
      </div>
      <div className="flow-group-subtitle">
        {t('canvas.nodeAddresses', { ip: data.ip, podCIDR: data.podCIDR || '—' })}
      </div>
    </div>
  );
});

const PodCard = memo(function PodCard({ data }: NodeProps<PodNode>) {
  const t = useT();
  const reveal = useReveal();
  const packetHere = useAppStore((s) => currentStep(s)?.at.netns === `pod:${data.ref}`);
  return (
    <button
      type="button"
      className={`flow-object kind-pod${data.ready ? '' : ' not-ready'}${packetHere ? ' flow-packet-here' : ''}`}
      data-packet-here={packetHere}
      data-testid="canvas-pod"
      onClick={() => reveal(data.source)}
      title={`${data.namespace}/${data.name}`}
    >
      <span className="flow-object-name">{data.name}</span>
      <span className="flow-object-detail">
        <code>{data.ip || t('canvas.noIP')}</code>
        {data.hostNetwork && <span className="flow-badge">{t('canvas.hostNetwork')}</span>}
        {data.namespace !== 'default' && <span className="flow-namespace">{data.namespace}</span>}
      </span>
    </button>
  );
});

const ServicesTable = memo(function ServicesTable({ data }: NodeProps<ServicesNode>) {
  const t = useT();
  const reveal = useReveal();
  return (
    <div className="flow-services" data-testid="canvas-services">
      <div className="flow-group-title">{t('canvas.services')}</div>
      <div className="flow-group-subtitle">{t('canvas.servicesExplain')}</div>
      <table>
        <tbody>
          {data.services.map((s) => (
            <tr key={s.id} onClick={() => reveal(s.source)} data-testid="canvas-service">
              <td className="svc-name">{s.namespace === 'default' ? s.name : `${s.namespace}/${s.name}`}</td>
              <td>{s.type}</td>
              <td>
                <code>{s.address}</code>
              </td>
              <td className="svc-ports">{s.ports}</td>
              <td className={s.endpoints === 0 && s.type !== 'ExternalName' ? 'svc-no-endpoints' : ''}>
                {t('canvas.endpoints', { count: s.endpoints })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.hidden > 0 && (
        <p className="flow-more-rows">{t('canvas.moreServices', { count: data.hidden })}</p>
      )}
    </div>
  );
});

const ExternalClient = memo(function ExternalClient({ data }: NodeProps<ExternalNode>) {
  const t = useT();
  return (
    <div className="flow-object kind-external" data-testid="canvas-external">
      <span className="flow-object-kind">{t('canvas.externalClient')}</span>
      <span className="flow-object-name">{data.name}</span>
      <span className="flow-object-detail">
        <code>{data.ip}</code>
      </span>
    </div>
  );
});

const MoreCard = memo(function MoreCard({ data }: NodeProps<MoreNode>) {
  const t = useT();
  return (
    <div className="flow-object flow-more" data-testid="canvas-more">
      <span className="flow-object-name">
        {t(data.what === 'pods' ? 'canvas.morePods' : 'canvas.moreNodes', { count: data.count })}
      </span>
    </div>
  );
});

/** Defined once at module level, as React Flow requires for stable rendering. */
export const nodeTypes: NodeTypes = {
  k8sNode: K8sNodeGroup,
  pod: PodCard,
  services: ServicesTable,
  external: ExternalClient,
  more: MoreCard,
};
