/**
 * The cluster's nodes: from the Cluster document's `spec.nodes`, else from Node objects (`status.addresses`,
 * `spec.podCIDR`, labels, taints), else the seed topology (control-plane `master` 192.168.1.10 and
 * `worker-1` 192.168.1.11). Pod ranges are handed out later by IPAM (`ipam.ts`).
 */
import type { ITaint } from 'kubernetes-models/v1/Taint';
import { cidrContaining, cidrNth, parseCidr, type Cidr } from '../net/cidr.ts';
import { ipv4ToInt, parseIPv4, type IPv4 } from '../net/ipv4.ts';
import type { FieldPositions } from '../manifest/types.ts';
import { toNodeName } from './ids.ts';
import type { Inputs, Source } from './inputs.ts';
import { toLabels } from './labels.ts';
import { pointer, type Reporter } from './report.ts';
import type { ClusterNode, Labels, NodeName, Provenance, SettingSource, Taint } from './types.ts';

/** A node before IPAM: everything but its pod ranges. */
export interface NodeSpec extends Pick<
  ClusterNode,
  'name' | 'role' | 'internalIP' | 'externalIP' | 'labels' | 'taints' | 'unschedulable' | 'ready'
> {
  /** `spec.podCIDR` or the Cluster document's `podCIDR` for this node. */
  readonly explicitPodCIDR?: Cidr;
  readonly provenance: Provenance;
  readonly positions: FieldPositions;
  /** Pointer to this node within its object (`/spec/nodes/1` in a Cluster document, empty for a Node). */
  readonly pointer: string;
}

export interface NodeSpecs {
  readonly nodes: readonly NodeSpec[];
  readonly source: SettingSource;
}

export const CONTROL_PLANE_TAINT: Taint = {
  key: 'node-role.kubernetes.io/control-plane',
  effect: 'NoSchedule',
};
const ROLE_LABELS = ['node-role.kubernetes.io/control-plane', 'node-role.kubernetes.io/master'];
const SEED_NETWORK = parseCidr('192.168.1.0/24') as Cidr;

/** The labels kubelet always sets, so `nodeSelector: {kubernetes.io/os: linux}` works on every node. */
function kubeletLabels(name: string, role: 'control-plane' | 'worker', given: Labels): Labels {
  const labels: Record<string, string> = {
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': name,
    'kubernetes.io/os': 'linux',
    ...given,
  };
  if (role === 'control-plane' && !ROLE_LABELS.some((l) => Object.hasOwn(labels, l))) {
    labels['node-role.kubernetes.io/control-plane'] = '';
  }
  return labels;
}

function fromClusterDocument(doc: Source<'Cluster'>, report: Reporter): NodeSpec[] {
  const out: NodeSpec[] = [];
  (doc.data.spec?.nodes ?? []).forEach((n, i) => {
    const where = { provenance: doc.provenance, positions: doc.positions };
    const name = toNodeName(String(n.name));
    const ip = parseIPv4(String(n.ip));
    if (name === undefined) {
      report.report(
        'PW103',
        'error',
        { ...where, pointer: pointer('spec', 'nodes', i, 'name') },
        {
          setting: 'nodes[].name',
          value: String(n.name),
        },
      );
      return;
    }
    if (ip === undefined) {
      report.report(
        'PW122',
        'error',
        { ...where, pointer: pointer('spec', 'nodes', i, 'ip') },
        {
          object: `Node ${name}`,
          field: 'ip',
          value: String(n.ip),
        },
      );
      return;
    }
    const role = n.role === 'control-plane' ? 'control-plane' : 'worker';
    let explicitPodCIDR: Cidr | undefined;
    if (n.podCIDR !== undefined) {
      explicitPodCIDR = parseCidr(String(n.podCIDR), 'mask');
      if (explicitPodCIDR === undefined) {
        report.report(
          'PW103',
          'error',
          { ...where, pointer: pointer('spec', 'nodes', i, 'podCIDR') },
          {
            setting: 'nodes[].podCIDR',
            value: String(n.podCIDR),
          },
        );
      }
    }
    out.push({
      name,
      role,
      internalIP: ip,
      labels: kubeletLabels(name, role, {}),
      taints: role === 'control-plane' ? [CONTROL_PLANE_TAINT] : [],
      unschedulable: false,
      ready: true,
      ...(explicitPodCIDR === undefined ? {} : { explicitPodCIDR }),
      provenance: doc.provenance,
      positions: doc.positions,
      pointer: pointer('spec', 'nodes', i),
    });
  });
  return out;
}

function toTaint(t: ITaint): Taint | undefined {
  if (typeof t.key !== 'string') return undefined;
  if (t.effect !== 'NoSchedule' && t.effect !== 'PreferNoSchedule' && t.effect !== 'NoExecute')
    return undefined;
  return t.value === undefined || t.value === ''
    ? { key: t.key, effect: t.effect }
    : { key: t.key, value: t.value, effect: t.effect };
}

function fromNodeObject(
  source: Source<'Node'>,
  report: Reporter,
): Omit<NodeSpec, 'internalIP'> & { internalIP?: IPv4 } {
  const data = source.data;
  const name = source.name as NodeName;
  const given = toLabels(data.metadata?.labels);
  const role = ROLE_LABELS.some((l) => Object.hasOwn(given, l)) ? 'control-plane' : 'worker';
  const addresses = data.status?.addresses ?? [];
  const where = { provenance: source.provenance, positions: source.positions };
  let internalIP: IPv4 | undefined;
  let externalIP: IPv4 | undefined;
  addresses.forEach((a, i) => {
    if (a.type !== 'InternalIP' && a.type !== 'ExternalIP') return;
    const ip = parseIPv4(String(a.address));
    if (ip === undefined) {
      report.report(
        'PW122',
        'error',
        { ...where, pointer: pointer('status', 'addresses', i, 'address') },
        {
          object: `Node ${name}`,
          field: `status.addresses[${i}]`,
          value: String(a.address),
        },
      );
    } else if (a.type === 'InternalIP') internalIP ??= ip;
    else externalIP ??= ip;
  });
  const cidrText = data.spec?.podCIDR ?? data.spec?.podCIDRs?.[0];
  const explicitPodCIDR = cidrText === undefined ? undefined : parseCidr(cidrText, 'mask');
  if (cidrText !== undefined && explicitPodCIDR === undefined) {
    report.report(
      'PW122',
      'error',
      { ...where, pointer: pointer('spec', 'podCIDR') },
      {
        object: `Node ${name}`,
        field: 'spec.podCIDR',
        value: cidrText,
      },
    );
  }
  const readyCondition = (data.status?.conditions ?? []).find((c) => c.type === 'Ready');
  return {
    name,
    role,
    ...(internalIP === undefined ? {} : { internalIP }),
    ...(externalIP === undefined ? {} : { externalIP }),
    labels: kubeletLabels(name, role, given),
    taints: (data.spec?.taints ?? []).flatMap((t) => toTaint(t) ?? []),
    unschedulable: data.spec?.unschedulable === true,
    ready: readyCondition === undefined || readyCondition.status === 'True',
    ...(explicitPodCIDR === undefined ? {} : { explicitPodCIDR }),
    provenance: source.provenance,
    positions: source.positions,
    pointer: '',
  };
}

/**
 * Node objects in the order kube-controller-manager would have seen them register: control-plane nodes
 * first (kubeadm init), then workers by name. A Node without an InternalIP gets the next free address of
 * its neighbours' /24 from .10 upward (info diagnostic), so a hand-written Node still works.
 */
function fromNodeObjects(sources: readonly Source<'Node'>[], report: Reporter): NodeSpec[] {
  const valid = sources.filter((s) => {
    if (toNodeName(s.name) !== undefined) return true;
    report.report(
      'PW103',
      'error',
      { provenance: s.provenance, positions: s.positions, pointer: '/metadata/name' },
      {
        setting: 'nodes[].name',
        value: s.name,
      },
    );
    return false;
  });
  const drafts = valid.map((s) => fromNodeObject(s, report));
  drafts.sort((a, b) =>
    a.role === b.role
      ? a.name < b.name
        ? -1
        : a.name > b.name
          ? 1
          : 0
      : a.role === 'control-plane'
        ? -1
        : 1,
  );
  const used = new Set(drafts.flatMap((d) => (d.internalIP === undefined ? [] : [ipv4ToInt(d.internalIP)])));
  const firstKnown = drafts.find((d) => d.internalIP !== undefined)?.internalIP;
  const network = firstKnown === undefined ? SEED_NETWORK : (cidrContaining(firstKnown, 24) ?? SEED_NETWORK);
  let next = 10;
  return drafts.flatMap((d) => {
    if (d.internalIP !== undefined) return [{ ...d, internalIP: d.internalIP }];
    let ip = cidrNth(network, next);
    while (ip !== undefined && used.has(ipv4ToInt(ip))) ip = cidrNth(network, ++next);
    if (ip === undefined || next >= 255) return [];
    used.add(ipv4ToInt(ip));
    next++;
    report.report(
      'PW133',
      'info',
      { provenance: d.provenance, positions: d.positions, pointer: '/status' },
      {
        node: d.name,
        ip,
      },
    );
    return [{ ...d, internalIP: ip }];
  });
}

function seedNodes(): NodeSpec[] {
  const seed: readonly [string, string, 'control-plane' | 'worker'][] = [
    ['master', '192.168.1.10', 'control-plane'],
    ['worker-1', '192.168.1.11', 'worker'],
  ];
  return seed.map(([n, ip, role]) => {
    const name = n as NodeName;
    return {
      name,
      role,
      internalIP: ip as IPv4,
      labels: kubeletLabels(name, role, {}),
      taints: role === 'control-plane' ? [CONTROL_PLANE_TAINT] : [],
      unschedulable: false,
      ready: true,
      provenance: { from: 'system', component: 'seed-topology' },
      positions: {},
      pointer: '',
    };
  });
}

/** Drop later nodes that reuse a name (PW135). */
function uniqueNames(nodes: readonly NodeSpec[], report: Reporter): NodeSpec[] {
  const seen = new Set<string>();
  return nodes.filter((n) => {
    if (!seen.has(n.name)) {
      seen.add(n.name);
      return true;
    }
    report.report(
      'PW135',
      'error',
      { provenance: n.provenance, positions: n.positions, pointer: n.pointer },
      { node: n.name },
    );
    return false;
  });
}

/** The nodes and which input they came from; the Cluster document wins over Node objects (PW102). */
export function readNodeSpecs(inputs: Inputs, report: Reporter): NodeSpecs {
  const doc = inputs.byKind.Cluster[0];
  const objects = inputs.byKind.Node;
  const fromDoc =
    doc !== undefined && (doc.data.spec?.nodes ?? []).length > 0 ? fromClusterDocument(doc, report) : [];
  if (doc !== undefined && fromDoc.length > 0) {
    const first = objects[0];
    if (first !== undefined) {
      report.report(
        'PW102',
        'warning',
        { provenance: first.provenance, positions: first.positions },
        {
          setting: 'nodes',
          winner: doc.id,
          winnerValue: fromDoc.map((n) => n.name).join(', '),
          other: 'Node objects',
          otherValue: objects.map((n) => n.name).join(', '),
        },
      );
    }
    return { nodes: uniqueNames(fromDoc, report), source: 'cluster-document' };
  }
  if (objects.length > 0)
    return { nodes: uniqueNames(fromNodeObjects(objects, report), report), source: 'node-objects' };
  return { nodes: seedNodes(), source: 'default' };
}
