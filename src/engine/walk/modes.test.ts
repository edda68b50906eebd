import { describe, expect, it } from 'vitest';
import { createDataplane } from '../index.ts';
import { loadVariant, stepsOf, walkIn } from './testkit.ts';
import { trace } from './trace.ts';
import type { L4Protocol, Trace } from './types.ts';

const SEED = 'scenarios/cross-node-service';
const POLICY = 'scenarios/calico-policy';

function walkVariant(
  folder: string,
  cni: string,
  mode: string,
  proxy: string,
  from: string,
  to: string,
  protocol: L4Protocol = 'tcp',
): Trace {
  const cluster = loadVariant(folder, cni, mode, proxy);
  return trace(cluster, createDataplane(cluster), { from, to, protocol, seed: 1 });
}

describe('trace: kube-proxy modes', () => {
  it('IPVS: external to NodePort with externalTrafficPolicy Local is scheduled at LOCAL_IN and keeps the client address', () => {
    const t = walkIn('scenarios/ipvs-nodeport', 'external', '192.168.1.11:30080');
    expect(t.verdict).toBe('delivered');
    const ipvs = stepsOf(t.steps, 'ipvs')[0];
    expect(ipvs?.at).toMatchObject({ node: 'worker-1', hook: 'INPUT' });
    expect(ipvs?.decider?.view).toBe('ipvsadm');
    expect(ipvs?.changed).toEqual(expect.arrayContaining(['dst', 'dport']));
    // Re-sent through LOCAL_OUT: no FORWARD step after IPVS on this node.
    const after = t.steps.slice(t.steps.indexOf(ipvs as never));
    expect(after.some((s) => s.at.node === 'worker-1' && s.at.hook === 'FORWARD')).toBe(false);
    expect(t.steps[t.steps.length - 1]?.packet.src).toBe('203.0.113.7');
    expect(t.reply?.steps[t.reply.steps.length - 1]?.packet).toMatchObject({
      src: '192.168.1.11',
      sport: 30080,
    });
  });

  it('IPVS: pod to ClusterIP is scheduled at LOCAL_IN and the reply comes from the ClusterIP', () => {
    const t = walkVariant(SEED, 'flannel', 'vxlan', 'ipvs', 'client', 'svc/default/web:80');
    expect(t.verdict).toBe('delivered');
    expect(stepsOf(t.steps, 'ipvs')).toHaveLength(1);
    expect(t.reply?.steps[t.reply.steps.length - 1]?.packet.src).toBe('10.103.58.83');
  });

  it('IPVS ClusterIP answers ping (Calico, where cali-INPUT accepts workload traffic first)', () => {
    const t = walkVariant(SEED, 'calico', 'ipip', 'ipvs', 'client', 'svc/default/web:80', 'icmp');
    expect(t.verdict).toBe('delivered');
    expect(t.destination).toMatchObject({ ip: '10.103.58.83' });
    expect(stepsOf(t.steps, 'route').at(-1)?.decider?.text).toContain('kube-ipvs0');
  });

  it('IPVS with Flannel: KUBE-IPVS-FILTER rejects a ping to a ClusterIP (no ip,port entry matches ICMP)', () => {
    const t = walkVariant(SEED, 'flannel', 'vxlan', 'ipvs', 'client', 'svc/default/web:80', 'icmp');
    expect(t.verdict).toBe('rejected');
    expect(t.steps.at(-1)?.decider?.path).toContain('KUBE-IPVS-FILTER');
  });

  it('nftables: pod to ClusterIP is DNATed by the kube-proxy table and translated back', () => {
    const t = walkVariant(SEED, 'flannel', 'vxlan', 'nftables', 'client', 'svc/default/web:80');
    expect(t.verdict).toBe('delivered');
    const dnat = stepsOf(t.steps, 'nftables').find((s) => s.changed.includes('dst'));
    expect(dnat?.at).toMatchObject({ node: 'worker-1', hook: 'PREROUTING' });
    expect(dnat?.decider?.view).toBe('nft');
    expect(t.reply?.steps[t.reply.steps.length - 1]?.packet.src).toBe('10.103.58.83');
  });

  it('nftables: a ClusterIP on a port it does not serve is rejected', () => {
    const t = walkVariant(SEED, 'flannel', 'vxlan', 'nftables', 'client', 'svc/default/web:80', 'icmp');
    expect(t.verdict).toBe('rejected');
    expect(t.steps.at(-1)?.kind).toBe('nftables');
  });
});

describe('trace: CNIs', () => {
  it.each([
    { cni: 'flannel', mode: 'host-gw', encap: undefined },
    { cni: 'calico', mode: 'vxlan', encap: { protocol: 'udp', dport: 4789, vni: 4096 } },
    { cni: 'calico', mode: 'bgp', encap: undefined },
    { cni: 'canal', mode: 'vxlan', encap: { protocol: 'udp', dport: 8472, vni: 1 } },
  ])('pod to ClusterIP on another node over $cni $mode', ({ cni, mode, encap }) => {
    const t = walkVariant(SEED, cni, mode, 'iptables', 'client', 'svc/default/web:80');
    expect(t.verdict).toBe('delivered');
    expect(stepsOf(t.steps, 'encap')[0]?.packet.outer).toEqual(
      encap === undefined ? undefined : expect.objectContaining(encap),
    );
    expect(t.reply?.verdict).toBe('delivered');
  });

  it('Flannel does not enforce NetworkPolicy: the FORWARD step says so', () => {
    const t = walkVariant(POLICY, 'flannel', 'vxlan', 'iptables', 'shop/db', 'svc/shop/db:5432');
    expect(t.verdict).toBe('delivered');
    expect(t.steps.some((s) => s.explain.key === 'walk.netfilter.policyNotEnforced')).toBe(true);
  });
});

describe('trace: Cilium (kube-proxy replacement, VXLAN)', () => {
  it('pod to ClusterIP on another node: socket-LB at connect, policy maps at the veths, identity in the VNI', () => {
    const t = walkVariant(SEED, 'cilium', 'vxlan', 'none', 'client', 'svc/default/web:80');
    expect(t.verdict).toBe('delivered');
    const lb = t.steps[0];
    expect(lb?.kind).toBe('socket-lb');
    expect(lb?.decider?.view).toBe('cilium');
    expect(stepsOf(t.steps, 'netfilter')).toHaveLength(0);
    expect(stepsOf(t.steps, 'ebpf').map((s) => s.explain.key)).toEqual([
      'walk.ebpf.egressAllowed',
      'walk.ebpf.ingressAllowed',
    ]);
    const encap = stepsOf(t.steps, 'encap')[0];
    expect(encap?.packet.outer).toMatchObject({ dst: '192.168.1.12', dport: 8472, protocol: 'udp' });
    expect(encap?.packet.outer?.vni).toBeGreaterThan(0);
    const answer = t.reply?.steps.at(-1)?.packet;
    expect(answer).toMatchObject({ src: '10.103.58.83', sport: 80 });
    expect(t.reply?.steps.at(-2)?.kind).toBe('socket-lb');
  });
});

describe('trace: Cilium Geneve and native routing', () => {
  it.each(['none', 'iptables'])(
    'pod to ClusterIP on another node over Geneve (kube-proxy %s): cilium_geneve, UDP 6081, identity in the VNI',
    (proxy) => {
      const t = walkVariant(SEED, 'cilium', 'geneve', proxy, 'client', 'svc/default/web:80');
      expect(t.verdict).toBe('delivered');
      const encap = stepsOf(t.steps, 'encap');
      expect(encap).toHaveLength(1);
      expect(encap[0]?.at).toMatchObject({ node: 'worker-1', device: 'cilium_geneve' });
      expect(encap[0]?.packet.outer).toMatchObject({
        protocol: 'udp',
        src: '192.168.1.11',
        dst: '192.168.1.12',
        dport: 6081,
      });
      expect(encap[0]?.packet.outer?.vni).toBeGreaterThan(0);
      expect(stepsOf(t.steps, 'decap')[0]?.at).toMatchObject({ node: 'worker-2', device: 'cilium_geneve' });
      expect(t.reply?.verdict).toBe('delivered');
      expect(stepsOf(t.reply?.steps ?? [], 'encap')[0]?.packet.outer).toMatchObject({ dport: 6081 });
      expect(t.reply?.steps.at(-1)?.packet.src).toBe('10.103.58.83');
    },
  );

  it.each(['none', 'iptables'])(
    'pod to ClusterIP on another node with native routing (kube-proxy %s): over eth0 to the node, unencapsulated',
    (proxy) => {
      const t = walkVariant(SEED, 'cilium', 'native', proxy, 'client', 'svc/default/web:80');
      expect(t.verdict).toBe('delivered');
      expect(stepsOf(t.steps, 'encap')).toHaveLength(0);
      const route = stepsOf(t.steps, 'route').find((s) => s.at.node === 'worker-1');
      expect(route?.decider?.text).toMatch(/^10\.244\.2\.0\/24 via 192\.168\.1\.12 dev eth0/);
      const wire = stepsOf(t.steps, 'underlay')[0];
      expect(wire?.at).toMatchObject({ node: 'worker-1', device: 'eth0' });
      expect(wire?.packet).toMatchObject({ src: '10.244.1.2', dst: '10.244.2.2' });
      expect(wire?.packet.outer).toBeUndefined();
      expect(t.steps.at(-1)).toMatchObject({ kind: 'deliver', at: { node: 'worker-2' } });
      expect(t.reply?.verdict).toBe('delivered');
      expect(stepsOf(t.reply?.steps ?? [], 'encap')).toHaveLength(0);
      expect(t.reply?.steps.at(-1)?.packet.src).toBe('10.103.58.83');
    },
  );
});

describe('trace: Cilium services without socket-LB', () => {
  const NODEPORT = 'engine/walk/__fixtures__/nodeport';

  it.each([
    {
      name: 'external to NodePort on a node without the backend is SNATed to that node and answered from it',
      to: '192.168.1.11:30081',
      key: 'walk.ebpf.nodePortSnat',
      seen: '192.168.1.11',
    },
    {
      name: 'external to NodePort with externalTrafficPolicy Local on the backend node keeps the client address',
      to: '192.168.1.12:30080',
      key: 'walk.ebpf.nodePortLocal',
      seen: '203.0.113.7',
    },
  ])('Cilium kube-proxy replacement: $name', ({ to, key, seen }) => {
    const t = walkVariant(NODEPORT, 'cilium', 'vxlan', 'none', 'external', to);
    expect(t.verdict).toBe('delivered');
    expect(t.steps.find((s) => s.kind === 'ebpf')?.explain.key).toBe(key);
    expect(t.steps.at(-1)?.packet.src).toBe(seen);
    expect(t.reply?.steps.at(-1)?.packet).toMatchObject({ src: to.split(':')[0], dst: '203.0.113.7' });
    expect(t.reply?.steps.some((s) => s.explain.key === 'walk.ebpf.nodePortReply')).toBe(true);
  });

  it('Cilium with kube-proxy: bpf_lxc translates a ClusterIP per packet and reverses it for the client', () => {
    const t = walkVariant(SEED, 'cilium', 'vxlan', 'iptables', 'client', 'svc/default/web:80');
    expect(t.verdict).toBe('delivered');
    expect(t.steps.find((s) => s.changed.includes('dst'))?.explain.key).toBe('walk.ebpf.serviceLb');
    expect(t.reply?.steps.at(-1)?.packet.src).toBe('10.103.58.83');
  });
});
