/**
 * What a node's host namespace is drawn with — devices, the five netfilter hooks, the routing decision — and
 * what lies outside the nodes: the underlay, external clients, the cloud load balancer, the upstream DNS.
 */
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useT } from '../../i18n/useT.ts';
import type { DeviceData, DeviceNode, ExternalNode, HookNode, RouteNode, UnderlayNode } from './flowTypes.ts';
import { Sides, useMarkProps } from './handles.tsx';

/** The line under a device's name: what it holds, its tunnel, its pod, its addresses, else its role. */
function deviceDetail(data: DeviceData, t: ReturnType<typeof useT>): string {
  if (data.role === 'ipvs') return t('canvas.device.ipvsHolds', { count: data.heldAddresses });
  if (data.tunnel !== undefined) {
    return [
      data.tunnel.toUpperCase(),
      data.vni === undefined ? '' : `VNI ${data.vni}`,
      data.port === undefined ? '' : `UDP ${data.port}`,
    ]
      .filter(Boolean)
      .join(' · ');
  }
  if (data.role === 'veth' && data.pod !== undefined)
    return t('canvas.device.vethOf', { pod: data.pod.split('/')[1] ?? data.pod });
  if (data.addresses.length > 0) return data.addresses.join(' ');
  return t(`canvas.device.role.${data.role}`);
}

export const DeviceCard = memo(function DeviceCard({ data, id }: NodeProps<DeviceNode>) {
  const t = useT();
  const detail = deviceDetail(data, t);
  const marks = useMarkProps(id, `cv-device cv-role-${data.role}`, data);
  return (
    <div {...marks} data-testid="canvas-device" data-anchor={id} title={t(`canvas.device.role.${data.role}`)}>
      <Sides />
      <span className="cv-device-name">
        <code>{data.name}</code>
      </span>
      {detail && <span className="cv-device-detail">{detail}</span>}
    </div>
  );
});

export const HookPill = memo(function HookPill({ data, id }: NodeProps<HookNode>) {
  const t = useT();
  const marks = useMarkProps(id, 'cv-hook', data);
  return (
    <div
      {...marks}
      data-testid="canvas-hook"
      data-anchor={id}
      title={t('canvas.hook.title', { hook: data.hook })}
    >
      <Sides />
      {data.hook}
    </div>
  );
});

export const RoutePill = memo(function RoutePill({ data, id }: NodeProps<RouteNode>) {
  const t = useT();
  const marks = useMarkProps(id, 'cv-hook cv-route', data);
  return (
    <div {...marks} data-testid="canvas-route" data-anchor={id} title={t('canvas.route.title')}>
      <Sides />
      {t('canvas.route')}
    </div>
  );
});

export const UnderlayBar = memo(function UnderlayBar({ data, id }: NodeProps<UnderlayNode>) {
  const t = useT();
  const marks = useMarkProps(id, 'cv-underlay', data);
  return (
    <div {...marks} data-testid="canvas-underlay" data-anchor={id}>
      <Sides />
      {data.ports.map((p) => (
        <Handle
          key={p.id}
          id={`t-${p.id}`}
          type="target"
          position={p.side === 'top' ? Position.Top : Position.Bottom}
          isConnectable={false}
          className="cv-handle"
          style={{ left: p.x }}
        />
      ))}
      <span className="cv-underlay-label">{t('canvas.underlay')}</span>
    </div>
  );
});

const OUTER_KIND = {
  external: 'canvas.externalClient',
  cloudLb: 'canvas.cloudLb',
  upstreamDns: 'canvas.upstreamDns',
} as const;

export const OuterCard = memo(function OuterCard({ data, id, type }: NodeProps<ExternalNode>) {
  const t = useT();
  const marks = useMarkProps(id, `flow-object cv-outer cv-outer-${type}`, data);
  return (
    <div {...marks} data-testid={type === 'external' ? 'canvas-external' : `canvas-${type}`} data-anchor={id}>
      <Sides />
      <span className="flow-object-kind">{t(OUTER_KIND[type])}</span>
      {type === 'external' && <span className="flow-object-name">{data.name}</span>}
      <span className="flow-object-detail">
        <code>{data.ip || '—'}</code>
      </span>
    </div>
  );
});
