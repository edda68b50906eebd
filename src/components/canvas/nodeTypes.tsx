/**
 * The canvas's custom nodes and its one edge type, defined once at module level as React Flow requires. Node
 * groups, pods, the Services table and "+N" cards are here; host devices and the outside world in
 * hostNodes.tsx.
 */
import { memo } from 'react';
import type { EdgeTypes, NodeProps, NodeTypes } from '@xyflow/react';
import { useT } from '../../i18n/useT.ts';
import { useAppStore } from '../../state/store.ts';
import { useIsPacketInNode } from './currentAnchor.ts';
import type { MoreNode, NodeGroupNode, PodNode, ServicesNode, SourceLink } from './flowTypes.ts';
import { Sides, useMarkProps } from './handles.tsx';
import { DeviceCard, HookPill, OuterCard, RoutePill, UnderlayBar } from './hostNodes.tsx';
import { PathEdge } from './PathEdge.tsx';

/** Clicking a drawn object shows the YAML it came from. */
function useReveal(): (source: SourceLink | undefined) => void {
  const revealPosition = useAppStore((s) => s.revealPosition);
  return (source) => {
    if (source) revealPosition(source.file, source.line, source.column);
  };
}

const K8sNodeGroup = memo(function K8sNodeGroup({ data, id }: NodeProps<NodeGroupNode>) {
  const t = useT();
  const showNode = useAppStore((s) => s.showNode);
  const open = useAppStore((s) => s.openNode === data.name);
  const packetHere = useIsPacketInNode(data.name);
  const base = `flow-group cv-group${packetHere ? ' cv-packet-here' : ''}`;
  const marks = useMarkProps(id, base, data);
  return (
    <div
      {...marks}
      data-testid="node-group"
      data-node={data.name}
      data-packet-here={packetHere}
      data-anchor={id}
      data-detailed={data.detailed}
    >
      <Sides />
      <div className="flow-group-title cv-group-title">
        <span className="cv-group-name">{t('canvas.node', { name: data.name })}</span>
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
      <div className="flow-group-subtitle cv-group-subtitle">
        {t('canvas.nodeAddresses', { ip: data.ip, podCIDR: data.podCIDR || '—' })}
      </div>
      {!data.detailed && (
        <div className="cv-compact-pods">{t('canvas.compactPods', { count: data.podCount })}</div>
      )}
    </div>
  );
});

const PodCard = memo(function PodCard({ data, id }: NodeProps<PodNode>) {
  const t = useT();
  const reveal = useReveal();
  const marks = useMarkProps(id, `flow-object kind-pod cv-pod${data.ready ? '' : ' not-ready'}`, data);
  return (
    <button
      type="button"
      {...marks}
      data-testid="canvas-pod"
      data-anchor={id}
      onClick={() => reveal(data.source)}
      title={t('canvas.pod.title', { pod: `${data.namespace}/${data.name}` })}
    >
      <Sides />
      <span className="flow-object-name">{data.name}</span>
      <span className="flow-object-detail">
        {data.namespace !== 'default' && <span className="flow-namespace">{data.namespace}</span>}
        {data.hostNetwork && <span className="flow-badge">{t('canvas.hostNetwork')}</span>}
        <span className="cv-containers">{data.containers.join(', ')}</span>
      </span>
      <span className="cv-pod-eth0">
        <code>{data.hostNetwork ? t('canvas.hostNetwork') : data.device}</code>
        <code>{data.ip || t('canvas.noIP')}</code>
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

const MoreCard = memo(function MoreCard({ data, id }: NodeProps<MoreNode>) {
  const t = useT();
  const marks = useMarkProps(id, 'flow-object flow-more', data);
  return (
    <div {...marks} data-testid="canvas-more" data-anchor={id}>
      <Sides />
      <span className="flow-object-name">
        {t(data.what === 'pods' ? 'canvas.morePods' : 'canvas.moreNodes', { count: data.count })}
      </span>
    </div>
  );
});

export const nodeTypes: NodeTypes = {
  k8sNode: K8sNodeGroup,
  pod: PodCard,
  device: DeviceCard,
  hook: HookPill,
  route: RoutePill,
  underlay: UnderlayBar,
  external: OuterCard,
  cloudLb: OuterCard,
  upstreamDns: OuterCard,
  services: ServicesTable,
  more: MoreCard,
} as NodeTypes;

export const edgeTypes: EdgeTypes = { path: PathEdge } as EdgeTypes;
