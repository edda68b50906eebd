import { describe, expect, it } from 'vitest';
import { stepsOf, walkIn } from '../../engine/walk/testkit.ts';
import type { PacketState, Step } from '../../engine/index.ts';
import { conntrackFor, headerLayers, stepBadges, stepChain, stepWhere, whyKeyOf } from './inspectorModel.ts';

const FLANNEL = 'scenarios/cross-node-service';
const CALICO = 'scenarios/calico-policy';

const field = (packet: PacketState, changed: Step['changed'], layer: string, name: string) =>
  headerLayers(packet, changed)
    .find((l) => l.id === layer)
    ?.fields.find((f) => f.name === name);

describe('header layers', () => {
  const t = walkIn(FLANNEL, 'client', 'svc/default/web:80');
  const dnat = t.steps.find((s) => s.kind === 'netfilter' && s.changed.includes('dst'));
  const encap = stepsOf(t.steps, 'encap')[0];

  it('pod to ClusterIP: the DNAT step marks the new destination IP and port as changed, not the source', () => {
    if (dnat === undefined) throw new Error('no DNAT step');
    expect(field(dnat.packet, dnat.changed, 'ip', 'dst')).toMatchObject({
      value: expect.stringMatching(/^10\.244\.2\.\d+$/),
      changed: true,
    });
    expect(field(dnat.packet, dnat.changed, 'l4', 'dport')).toEqual({
      name: 'dport',
      value: '8080',
      changed: true,
    });
    expect(field(dnat.packet, dnat.changed, 'ip', 'src')?.changed).toBe(false);
  });

  it('encapsulated: outer IP, then UDP 8472 with VNI 1, before the inner Ethernet and IP', () => {
    if (encap === undefined) throw new Error('no encap step');
    const layers = headerLayers(encap.packet, encap.changed);
    const order = layers.map((l) => l.id).filter((id) => id !== 'outer-eth' && id !== 'ethernet');
    expect(order).toEqual(['outer', 'encap', 'ip', 'l4']);
    expect(field(encap.packet, encap.changed, 'encap', 'dport')).toEqual({
      name: 'dport',
      value: '8472',
      changed: true,
    });
    expect(field(encap.packet, encap.changed, 'encap', 'vni')?.value).toBe('1');
    expect(field(encap.packet, encap.changed, 'outer', 'dst')?.value).toBe('192.168.1.12');
  });

  it('leaves out fields the packet does not have and the zero mark', () => {
    const packet: PacketState = { src: '10.0.0.1', dst: '10.0.0.2', protocol: 'icmp', ttl: 64, mark: 0 };
    const layers = headerLayers(packet, []);
    expect(layers.map((l) => l.id)).toEqual(['ip', 'l4']);
    expect(layers[0]?.fields.map((f) => f.name)).toEqual(['src', 'dst', 'ttl']);
  });

  it('a DNS query shows its question as its own layer', () => {
    const query = walkIn(FLANNEL, 'client', 'web:80').dns[0]?.steps[0];
    if (query === undefined) throw new Error('no DNS steps');
    expect(field(query.packet, query.changed, 'dns', 'question')?.value).toBe(
      'web.default.svc.cluster.local. A',
    );
  });
});

describe('conntrack entry of a step', () => {
  const t = walkIn(FLANNEL, 'client', 'svc/default/web:80');

  it('finds the NATed entry on the client node for the DNAT step, and the other node’s for the delivery', () => {
    const dnat = t.steps.find((s) => s.kind === 'netfilter' && s.changed.includes('dst'));
    const first = dnat === undefined ? undefined : conntrackFor(t, dnat);
    expect(first).toMatchObject({ node: 'worker-1', nat: ['DNAT'] });
    expect(first?.original.dst).toBe('10.103.58.83');
    const last = t.steps.at(-1);
    expect(last === undefined ? undefined : conntrackFor(t, last)?.node).toBe('worker-2');
  });

  it('the reply, after conntrack restored the Service IP, still matches the client node’s entry', () => {
    const back = t.reply?.steps.filter((s) => s.at.node === 'worker-1').at(-1);
    expect(back?.packet.src).toBe('10.103.58.83');
    expect(back === undefined ? undefined : conntrackFor(t, back)?.text).toMatch(/dst=10\.103\.58\.83/);
  });

  it('has none before the packet is tracked', () => {
    const send = t.steps[0];
    expect(send?.packet.ctState).toBeUndefined();
    expect(send === undefined ? 'step' : conntrackFor(t, send)).toBeUndefined();
  });
});

describe('step badges and where', () => {
  it('pod to ClusterIP: NAT on the DNAT step, encap and decap on the tunnel steps', () => {
    const t = walkIn(FLANNEL, 'client', 'svc/default/web:80');
    const dnat = t.steps.find((s) => s.kind === 'netfilter' && s.changed.includes('dst'));
    expect(dnat === undefined ? [] : stepBadges(dnat)).toEqual(['nat']);
    expect(stepsOf(t.steps, 'encap').map(stepBadges)).toEqual([['encap']]);
    expect(stepsOf(t.steps, 'decap').map(stepBadges)).toEqual([['decap']]);
    expect(dnat === undefined ? '' : stepWhere(dnat)).toBe('worker-1 · cni0 · PREROUTING/nat');
    expect(dnat === undefined ? '' : stepChain(dnat)).toMatch(/^KUBE-SEP-/);
  });

  it('a NetworkPolicy drop is flagged as policy and drop', () => {
    const t = walkIn(CALICO, 'shop/db', 'svc/shop/db:5432');
    expect(t.reason).toBe('policy-denied');
    const last = t.steps.at(-1);
    expect(last === undefined ? [] : stepBadges(last)).toEqual(expect.arrayContaining(['policy', 'drop']));
  });
});

describe('why texts', () => {
  it('prefers the variant’s own, falls back to the kind’s', () => {
    const keys = new Set(['walk.netfilter.dnat.why', 'walk.netfilter.why']);
    const exists = (k: string) => keys.has(k);
    expect(whyKeyOf('walk.netfilter.dnat', 'netfilter', exists)).toBe('walk.netfilter.dnat.why');
    expect(whyKeyOf('walk.netfilter.accept', 'netfilter', exists)).toBe('walk.netfilter.why');
    expect(whyKeyOf('walk.route.local', 'route', exists)).toBeUndefined();
  });
});
