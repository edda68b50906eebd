import { describe, expect, it } from 'vitest';
import { analyze, clusterTopology, createDataplane, nodeTopology, type NodeTopology } from '../index.ts';
import type { SourceFile } from '../manifest/types.ts';
import { CNI_MODES } from '../cluster/cni.ts';
import { scenarioById, type ScenarioId } from '../../scenarios/index.ts';

const KUBE_PROXY_MODES = ['iptables', 'ipvs', 'nftables', 'none'] as const;

function clusterOf(files: readonly SourceFile[]) {
  const analysis = analyze(files);
  expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return analysis.cluster;
}

/** Every node of a scenario, through the worker's path (devices only, nothing built before). */
function topologyOf(files: readonly SourceFile[]): Map<string, NodeTopology> {
  const cluster = clusterOf(files);
  const nodes = clusterTopology(
    cluster,
    createDataplane(cluster),
    cluster.nodes.map((n) => n.name),
  );
  return new Map(nodes.map((n) => [n.node, n]));
}

function scenario(id: ScenarioId): Map<string, NodeTopology> {
  return topologyOf(scenarioById(id).files);
}

/** The cross-node scenario's manifests with another CNI and kube-proxy mode. */
function withModes(plugin: string, mode: string, proxy: string): SourceFile[] {
  return scenarioById('cross-node-service').files.map((f) =>
    f.name !== 'cluster.yaml'
      ? f
      : {
          ...f,
          text: f.text
            .replace(/plugin: flannel\n(\s+)mode: vxlan/, `plugin: ${plugin}\n$1mode: ${mode}`)
            .replace(/kubeProxy:\n(\s+)mode: iptables/, `kubeProxy:\n$1mode: ${proxy}`),
        },
  );
}

function device(topology: NodeTopology | undefined, name: string) {
  return topology?.devices.find((d) => d.name === name);
}

function roles(topology: NodeTopology | undefined): string[] {
  return topology?.devices.map((d) => `${d.name}:${d.role}`) ?? [];
}

describe('nodeTopology on the scenarios', () => {
  it('flannel VXLAN with iptables: eth0, flannel.1 (VNI 1, UDP 8472), cni0 and one veth per pod', () => {
    const worker = scenario('cross-node-service').get('worker-1');
    expect(roles(worker)).toEqual([
      'eth0:uplink',
      'flannel.1:tunnel',
      'cni0:bridge',
      ...(worker?.pods ?? []).map((p) => `${p.hostVeth}:veth`),
    ]);
    expect(device(worker, 'eth0')?.addresses).toEqual(['192.168.1.11/24']);
    expect(device(worker, 'flannel.1')?.tunnel).toMatchObject({ kind: 'vxlan', vni: 1, port: 8472 });
    expect(device(worker, 'flannel.1')?.addresses).toEqual(['10.244.1.0/32']);
    expect(device(worker, 'cni0')).toMatchObject({ kind: 'bridge', addresses: ['10.244.1.1/24'] });
    expect(worker?.pods.map((p) => p.ref)).toEqual(['default/client']);
    expect(worker?.pods[0]).toMatchObject({ device: 'eth0', addresses: ['10.244.1.2/24'] });
    expect(device(worker, worker?.pods[0]?.hostVeth ?? '')).toMatchObject({
      role: 'veth',
      master: 'cni0',
      pod: 'default/client',
    });
  });

  it('Calico IPIP: tunl0 and a cali veth per pod, no bridge and no kube-ipvs0', () => {
    const nodes = scenario('calico-policy');
    for (const topology of nodes.values()) {
      expect(device(topology, 'tunl0')).toMatchObject({ role: 'tunnel', kind: 'ipip' });
      expect(topology.devices.filter((d) => d.role === 'bridge' || d.role === 'ipvs')).toEqual([]);
      for (const pod of topology.pods) expect(pod.hostVeth).toMatch(/^cali[0-9a-f]{11}$/);
    }
  });

  it('IPVS mode: kube-ipvs0 holds every Service address as /32 on every node', () => {
    const nodes = scenario('ipvs-nodeport');
    expect(nodes.size).toBeGreaterThan(1);
    for (const topology of nodes.values()) {
      const ipvs = topology.devices.find((d) => d.role === 'ipvs');
      expect(ipvs).toMatchObject({ name: 'kube-ipvs0', kind: 'dummy' });
      expect(ipvs?.addresses).toContain('10.96.0.10/32');
      expect(ipvs?.addresses.every((a) => a.endsWith('/32'))).toBe(true);
    }
  });

  it("IPVS mode: an external IP that is a node's own address is bound on every node but that one", () => {
    const external = `apiVersion: v1
kind: Service
metadata: {name: on-node}
spec:
  selector: {app: echo}
  externalIPs: [192.168.1.11, 198.51.100.9]
  ports: [{port: 8080, targetPort: 80}]
`;
    const files = [...scenarioById('ipvs-nodeport').files, { name: 'on-node.yaml', text: external }];
    const cluster = clusterOf(files);
    const nodes = topologyOf(files);
    const full = createDataplane(cluster);
    for (const node of cluster.nodes) {
      const addresses = device(nodes.get(node.name), 'kube-ipvs0')?.addresses;
      expect(addresses).toContain('198.51.100.9/32');
      if (node.internalIP === '192.168.1.11') expect(addresses).not.toContain('192.168.1.11/32');
      else expect(addresses).toContain('192.168.1.11/32');
      const built = full.node(node.name);
      if (built === undefined) throw new Error(`no dataplane for ${node.name}`);
      expect(nodes.get(node.name)).toEqual(nodeTopology(built, node.internalIP));
    }
  });

  it('host-network pods have no namespace of their own and are not listed', () => {
    const agent = `apiVersion: v1
kind: Pod
metadata: {name: node-agent}
spec:
  hostNetwork: true
  nodeName: worker-1
  containers: [{name: agent, image: busybox}]
`;
    const files = [...scenarioById('cross-node-service').files, { name: 'agent.yaml', text: agent }];
    const cluster = clusterOf(files);
    expect(cluster.pods.find((p) => p.ref === 'default/node-agent')?.hostNetwork).toBe(true);
    const worker = topologyOf(files).get('worker-1');
    expect(worker?.pods.map((p) => p.ref)).toEqual(['default/client']);
    expect(worker?.devices.filter((d) => d.role === 'veth')).toHaveLength(1);
  });
});

/** The tunnel each CNI mode puts on a node (its name and `ip -d link` parameters); null for a routed mode. */
interface ExpectedTunnel {
  readonly name: string;
  readonly tunnel: { readonly kind: string; readonly vni?: number; readonly port?: number };
}
const TUNNELS: Readonly<Record<string, ExpectedTunnel | null>> = {
  'flannel vxlan': { name: 'flannel.1', tunnel: { kind: 'vxlan', vni: 1, port: 8472 } },
  'flannel host-gw': null,
  'calico ipip': { name: 'tunl0', tunnel: { kind: 'ipip' } },
  'calico vxlan': { name: 'vxlan.calico', tunnel: { kind: 'vxlan', vni: 4096, port: 4789 } },
  'calico bgp': null,
  'cilium vxlan': { name: 'cilium_vxlan', tunnel: { kind: 'vxlan', port: 8472 } },
  'cilium geneve': { name: 'cilium_geneve', tunnel: { kind: 'geneve', port: 6081 } },
  'cilium native': null,
  'weave fastdp': { name: 'vxlan-6784', tunnel: { kind: 'vxlan', port: 6784 } },
  'weave sleeve': null,
  'canal vxlan': { name: 'flannel.1', tunnel: { kind: 'vxlan', vni: 1, port: 8472 } },
  'canal host-gw': null,
};

/** The host veth ends' names per plugin. */
const VETH_NAMES: Readonly<Record<string, RegExp>> = {
  flannel: /^veth[0-9a-f]{8}$/,
  calico: /^cali[0-9a-f]{11}$/,
  cilium: /^lxc[0-9a-f]{12}$/,
  weave: /^veth[0-9a-f]{8}$/,
  canal: /^cali[0-9a-f]{11}$/,
};

/** The bridge pods hang off, per plugin; routed CNIs have none. */
const BRIDGES: Readonly<Record<string, readonly string[]>> = {
  flannel: ['cni0'],
  calico: [],
  cilium: [],
  weave: ['weave'],
  canal: [],
};

const MODES = Object.entries(CNI_MODES).flatMap(([plugin, modes]) =>
  modes.flatMap((mode) => KUBE_PROXY_MODES.map((proxy) => ({ plugin, mode, proxy }))),
);

describe.each(MODES)('nodeTopology with $plugin $mode and kube-proxy $proxy', ({ plugin, mode, proxy }) => {
  const files = withModes(plugin, mode, proxy);
  const nodes = topologyOf(files);

  it('draws every node, with eth0 as the uplink holding the node IP', () => {
    const cluster = clusterOf(files);
    expect([...nodes.keys()]).toEqual(cluster.nodes.map((n) => n.name));
    for (const node of cluster.nodes) {
      const uplinks = nodes.get(node.name)?.devices.filter((d) => d.role === 'uplink');
      expect(uplinks?.map((d) => d.name)).toEqual(['eth0']);
      expect(uplinks?.[0]?.addresses).toContain(`${node.internalIP}/24`);
    }
  });

  it("has the mode's tunnel, bridge and kube-ipvs0", () => {
    const expected = TUNNELS[`${plugin} ${mode}`];
    expect(expected, `no expected tunnel for ${plugin} ${mode}`).not.toBeUndefined();
    for (const topology of nodes.values()) {
      const tunnels = topology.devices.filter((d) => d.role === 'tunnel');
      expect(tunnels.map((d) => d.name)).toEqual(expected ? [expected.name] : []);
      if (expected) expect(tunnels[0]?.tunnel).toMatchObject(expected.tunnel);
      expect(
        topology.devices.filter((d) => d.role === 'bridge' && d.name !== 'datapath').map((d) => d.name),
      ).toEqual(BRIDGES[plugin]);
      expect(topology.devices.filter((d) => d.role === 'ipvs').map((d) => d.name)).toEqual(
        proxy === 'ipvs' ? ['kube-ipvs0'] : [],
      );
      expect(topology.devices.some((d) => d.name === 'lo')).toBe(false);
    }
  });

  it('pairs every pod eth0 with a host veth whose pod points back', () => {
    const all = [...nodes.values()];
    expect(all.flatMap((n) => n.pods).length).toBeGreaterThan(2);
    for (const topology of all) {
      for (const pod of topology.pods) {
        expect(pod.device).toBe('eth0');
        expect(pod.addresses).toHaveLength(1);
        expect(pod.hostVeth).toMatch(VETH_NAMES[plugin] ?? /^$/);
        expect(device(topology, pod.hostVeth ?? '')).toMatchObject({ role: 'veth', pod: pod.ref });
      }
      const veths = topology.devices.filter((d) => d.role === 'veth');
      expect(veths.map((d) => d.pod)).toEqual(topology.pods.map((p) => p.ref));
    }
  });

  it('reads the same devices without rules as from the fully built node', () => {
    const cluster = clusterOf(files);
    const full = createDataplane(cluster);
    for (const node of cluster.nodes) {
      const built = full.node(node.name);
      if (built === undefined) throw new Error(`no dataplane for ${node.name}`);
      expect(nodes.get(node.name)).toEqual(nodeTopology(built, node.internalIP));
    }
  });
});

describe('clusterTopology', () => {
  const cluster = clusterOf(scenarioById('cross-node-service').files);

  it('answers in the order asked, once per node, leaving out nodes the cluster does not have', () => {
    const result = clusterTopology(cluster, createDataplane(cluster), [
      'worker-2',
      'gone',
      'master',
      'worker-2',
    ]);
    expect(result.map((n) => n.node)).toEqual(['worker-2', 'master']);
  });

  it('reads a node the walk already built from its full dataplane', () => {
    const dataplane = createDataplane(cluster);
    const built = dataplane.node('worker-1');
    expect(dataplane.devices('worker-1')).toBe(built);
    expect(dataplane.devices('nowhere')).toBeUndefined();
  });
});

describe('nodeTopology without the node IP', () => {
  it('takes the default route device as the uplink', () => {
    const cluster = clusterOf(scenarioById('calico-policy').files);
    const built = createDataplane(cluster).node('worker-2');
    if (built === undefined) throw new Error('no worker-2');
    expect(
      nodeTopology(built)
        .devices.filter((d) => d.role === 'uplink')
        .map((d) => d.name),
    ).toEqual(['eth0']);
  });
});
