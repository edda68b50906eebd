/**
 * The data each kind of drawn thing carries, and the React Flow node and edge types built from it. Types
 * only: model.ts fills them, toFlow.ts places them, nodeTypes.tsx draws them.
 */
import type { Edge, Node } from '@xyflow/react';
import type { Hook } from '../../engine/dataplane/netfilter/model.ts';
import type { DeviceRole } from '../../engine/topology/types.ts';
import type { EdgeRole } from './model.ts';

/** Where a drawn object's YAML is, so a click can show it in the editor. */
export interface SourceLink {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Which legs of the walk pass a node or an edge: forward ones, reply ones, or both. */
export type OnPath = 'forward' | 'reply' | 'both';

/**
 * Marks every drawn node carries for the walk on show (set after layout, never moving anything). Where the
 * packet is now is not one: see currentAnchor.ts.
 */
export interface PathMarks {
  readonly onPath?: OnPath;
}

export interface NodeGroupData extends Record<string, unknown>, PathMarks {
  readonly name: string;
  readonly ip: string;
  readonly podCIDR: string;
  readonly role: 'control-plane' | 'worker';
  /** Drawn with its insides, or as a compact card. */
  readonly detailed: boolean;
  readonly podCount: number;
  readonly source?: SourceLink;
}

export interface PodData extends Record<string, unknown>, PathMarks {
  /** `<namespace>/<name>`: the pod's network namespace is `pod:<ref>` in the dataplane and the walk. */
  readonly ref: string;
  readonly name: string;
  readonly namespace: string;
  readonly ip: string;
  readonly hostNetwork: boolean;
  readonly ready: boolean;
  readonly containers: readonly string[];
  /** The pod's side of its veth pair (`eth0`). */
  readonly device: string;
  readonly source?: SourceLink;
}

export interface DeviceData extends Record<string, unknown>, PathMarks {
  readonly node: string;
  readonly name: string;
  readonly role: DeviceRole;
  readonly addresses: readonly string[];
  /** kube-ipvs0: how many Service addresses it holds. */
  readonly heldAddresses: number;
  readonly tunnel?: 'vxlan' | 'ipip' | 'geneve';
  readonly vni?: number | undefined;
  readonly port?: number | undefined;
  /** A host veth end: the pod whose `eth0` is the other end. */
  readonly pod?: string;
}

export interface HookData extends Record<string, unknown>, PathMarks {
  readonly node: string;
  readonly hook: Hook;
}

export interface RouteData extends Record<string, unknown>, PathMarks {
  readonly node: string;
}

export interface ServiceRow {
  readonly id: string;
  readonly name: string;
  readonly namespace: string;
  readonly type: string;
  readonly address: string;
  readonly ports: string;
  readonly endpoints: number;
  readonly source?: SourceLink;
}

export interface ServicesData extends Record<string, unknown> {
  readonly services: readonly ServiceRow[];
  /** Services left out of the table so the canvas stays light. */
  readonly hidden: number;
}

/** A card standing in for what is not drawn: pods of one node, or whole nodes. */
export interface MoreData extends Record<string, unknown>, PathMarks {
  readonly what: 'pods' | 'nodes';
  readonly count: number;
}

export interface ExternalData extends Record<string, unknown>, PathMarks {
  readonly name: string;
  readonly ip: string;
}

export interface UnderlayPort {
  readonly id: string;
  readonly x: number;
  readonly side: 'top' | 'bottom';
}

export interface UnderlayData extends Record<string, unknown>, PathMarks {
  /** Where each node's wire meets the bar (x from the bar's left), so wires drop straight onto it. */
  readonly ports: readonly UnderlayPort[];
}

export type NodeGroupNode = Node<NodeGroupData, 'k8sNode'>;
export type PodNode = Node<PodData, 'pod'>;
export type DeviceNode = Node<DeviceData, 'device'>;
export type HookNode = Node<HookData, 'hook'>;
export type RouteNode = Node<RouteData, 'route'>;
export type ServicesNode = Node<ServicesData, 'services'>;
export type ExternalNode = Node<ExternalData, 'external' | 'cloudLb' | 'upstreamDns'>;
export type UnderlayNode = Node<UnderlayData, 'underlay'>;
export type MoreNode = Node<MoreData, 'more'>;
export type FlowNode =
  | NodeGroupNode
  | PodNode
  | DeviceNode
  | HookNode
  | RouteNode
  | ServicesNode
  | ExternalNode
  | UnderlayNode
  | MoreNode;

export interface PathEdgeData extends Record<string, unknown> {
  readonly role: EdgeRole;
  readonly onPath?: OnPath;
}
export type FlowEdge = Edge<PathEdgeData, 'path'>;
