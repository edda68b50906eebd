/**
 * What the step inspector shows, as pure functions of the engine's values: the packet's header layers with
 * the fields a step changed, the badges of a step in the list, and the conntrack entry the packet belongs to.
 */
import type { ConntrackEntry, PacketField, PacketState, Step, Trace } from '../../engine/index.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { isNetworkPolicyChain } from '../../engine/dataplane/policy/chains.ts';

/** One field of a header layer: `name` is what tcpdump and the engine call it (`dst`, `dport`, `vni`). */
export interface HeaderField {
  readonly name: string;
  readonly value: string;
  readonly changed: boolean;
}

export type LayerId = 'outer-eth' | 'outer' | 'encap' | 'ethernet' | 'ip' | 'l4' | 'dns' | 'http' | 'quoted';

export interface HeaderLayer {
  readonly id: LayerId;
  readonly title: MessageKey;
  readonly params: Readonly<Record<string, string | number>>;
  readonly fields: readonly HeaderField[];
}

type Value = string | number | undefined;

function fields(entries: readonly (readonly [string, Value, boolean])[]): HeaderField[] {
  return entries.flatMap(([name, value, changed]) =>
    value === undefined || value === '' ? [] : [{ name, value: String(value), changed }],
  );
}

const hex = (mark: number): string => `0x${mark.toString(16)}`;

/** The payload's layer: a DNS question or answer, an HTTP request or status, an ICMP error's quoted header. */
function payloadLayer(packet: PacketState, changed: boolean): HeaderLayer | undefined {
  const p = packet.payload;
  if (p === undefined) return undefined;
  switch (p.kind) {
    case 'dns-query':
      return {
        id: 'dns',
        title: 'inspector.layer.dnsQuery',
        params: {},
        fields: fields([
          ['id', p.id, changed],
          ['question', `${p.name} ${p.type}`, changed],
        ]),
      };
    case 'dns-answer':
      return {
        id: 'dns',
        title: 'inspector.layer.dnsAnswer',
        params: {},
        fields: fields([
          ['id', p.id, changed],
          ['question', `${p.name} ${p.type}`, changed],
          ['rcode', p.rcode, changed],
          ['answers', p.answers.join(', '), changed],
        ]),
      };
    case 'http':
      return {
        id: 'http',
        title: 'inspector.layer.http',
        params: {},
        fields: fields([
          ['request', `${p.method} ${p.path}`, changed],
          ['Host', p.host, changed],
        ]),
      };
    case 'http-response':
      return {
        id: 'http',
        title: 'inspector.layer.http',
        params: {},
        fields: fields([['status', p.status, changed]]),
      };
    case 'icmp-error': {
      const q = p.quoted;
      return {
        id: 'quoted',
        title: 'inspector.layer.quoted',
        params: { type: p.type },
        fields: fields([
          ['protocol', q.protocol.toUpperCase(), changed],
          ['src', q.sport === undefined ? q.src : `${q.src}:${q.sport}`, changed],
          ['dst', q.dport === undefined ? q.dst : `${q.dst}:${q.dport}`, changed],
        ]),
      };
    }
  }
}

/**
 * The packet's headers from the outside in: while encapsulated the outer Ethernet, outer IP and the
 * UDP/VXLAN (or IPIP) header first, then the inner Ethernet, IP, the transport header and the payload.
 * A field is `changed` when the step rewrote it (`step.changed`; `outer` covers the whole outer header).
 */
export function headerLayers(packet: PacketState, changed: readonly PacketField[]): readonly HeaderLayer[] {
  const is = (field: PacketField): boolean => changed.includes(field);
  const layers: HeaderLayer[] = [];
  const outer = packet.outer;
  if (outer !== undefined) {
    const o = is('outer');
    if (outer.srcMac !== undefined || outer.dstMac !== undefined)
      layers.push({
        id: 'outer-eth',
        title: 'inspector.layer.outerEthernet',
        params: {},
        fields: fields([
          ['srcMac', outer.srcMac, o],
          ['dstMac', outer.dstMac, o],
        ]),
      });
    layers.push({
      id: 'outer',
      title: 'inspector.layer.outerIp',
      params: {},
      fields: fields([
        ['src', outer.src, o],
        ['dst', outer.dst, o],
        ['protocol', outer.protocol === 'udp' ? 'UDP (17)' : 'IPIP (4)', o],
      ]),
    });
    if (outer.protocol === 'udp')
      layers.push({
        id: 'encap',
        title: outer.vni === undefined ? 'inspector.layer.outerUdp' : 'inspector.layer.vxlan',
        params: {},
        fields: fields([
          ['sport', outer.sport, o],
          ['dport', outer.dport, o],
          ['vni', outer.vni, o],
        ]),
      });
  }
  if (packet.srcMac !== undefined || packet.dstMac !== undefined)
    layers.push({
      id: 'ethernet',
      title: 'inspector.layer.ethernet',
      params: {},
      fields: fields([
        ['srcMac', packet.srcMac, is('srcMac')],
        ['dstMac', packet.dstMac, is('dstMac')],
      ]),
    });
  layers.push({
    id: 'ip',
    title: 'inspector.layer.ip',
    params: {},
    fields: fields([
      ['src', packet.src, is('src')],
      ['dst', packet.dst, is('dst')],
      ['ttl', packet.ttl, is('ttl')],
      ['mark', packet.mark === 0 && !is('mark') ? undefined : hex(packet.mark), is('mark')],
      ['ctState', packet.ctState, is('ctState')],
    ]),
  });
  const l4 = packet.protocol;
  layers.push({
    id: 'l4',
    title: 'inspector.layer.l4',
    params: { protocol: l4.toUpperCase() },
    fields: fields([
      ['sport', packet.sport, is('sport')],
      ['dport', packet.dport, is('dport')],
      [l4 === 'icmp' ? 'type' : 'flags', packet.flags, false],
    ]),
  });
  const payload = payloadLayer(packet, is('payload'));
  if (payload !== undefined) layers.push(payload);
  return layers;
}

/** What a step's list row flags with an icon and a word: NAT, tunnel, policy, drop. */
export type StepBadge = 'nat' | 'encap' | 'decap' | 'policy' | 'drop';

/** Whether a step rewrote an address or a port (NAT, or conntrack undoing it on the reply). */
export function rewritesAddress(step: Step): boolean {
  return step.changed.some((f) => f === 'src' || f === 'dst' || f === 'sport' || f === 'dport');
}

/** Explanations about NetworkPolicy that no iptables chain carries (notes, Cilium's policy maps). */
const POLICY_KEY = /policy(DefaultDrop|NotEnforced)|ebpf\.(egress|ingress)/;

/** Whether a step is a NetworkPolicy verdict: a policy agent's chain decided it, or it explains one. */
export function isPolicyStep(step: Step): boolean {
  return POLICY_KEY.test(step.explain.key) || (step.decider?.path ?? []).some(isNetworkPolicyChain);
}

export function stepBadges(step: Step): readonly StepBadge[] {
  const badges: StepBadge[] = [];
  if (rewritesAddress(step) && step.kind !== 'socket-send') badges.push('nat');
  if (step.kind === 'encap') badges.push('encap');
  if (step.kind === 'decap') badges.push('decap');
  if (isPolicyStep(step)) badges.push('policy');
  if (
    step.kind === 'drop' ||
    /\.(drop|reject|policyDrop|outerDrop|policyDefaultDrop|\w*Denied)$/.test(step.explain.key)
  )
    badges.push('drop');
  return badges;
}

interface Tuple {
  readonly src: string;
  readonly dst: string;
  readonly sport?: number;
  readonly dport?: number;
}

const same = (a: Tuple, b: Tuple): boolean =>
  a.src === b.src && a.dst === b.dst && a.sport === b.sport && a.dport === b.dport;

const reversed = (t: Tuple): Tuple => ({
  src: t.dst,
  dst: t.src,
  ...(t.sport === undefined ? {} : { dport: t.sport }),
  ...(t.dport === undefined ? {} : { sport: t.dport }),
});

/**
 * The conntrack entry this step's packet belongs to on the step's node: the packet as it is at the step
 * matches the entry's original tuple or its reply tuple, in either direction (before or after NAT). Only
 * once the packet is tracked (it has a conntrack state); undefined outside a node.
 */
export function conntrackFor(trace: Trace, step: Step): ConntrackEntry | undefined {
  const node = step.at.node;
  const packet = step.packet;
  if (node === undefined || packet.ctState === undefined) return undefined;
  const tuple: Tuple = {
    src: packet.src,
    dst: packet.dst,
    ...(packet.sport === undefined ? {} : { sport: packet.sport }),
    ...(packet.dport === undefined ? {} : { dport: packet.dport }),
  };
  const all = [...trace.conntrack, ...(trace.upstream?.conntrack ?? [])];
  return all.find(
    (e) =>
      e.node === node &&
      e.protocol === packet.protocol &&
      [e.original, e.reply, reversed(e.original), reversed(e.reply)].some((t) => same(t, tuple)),
  );
}

/** The companion "why / what would change it" text of an explanation: its variant's, else its kind's. */
export function whyKeyOf(
  explainKey: string,
  kind: Step['kind'],
  exists: (key: string) => boolean,
): string | undefined {
  const variant = `${explainKey}.why`;
  if (exists(variant)) return variant;
  const general = `walk.${kind}.why`;
  return exists(general) ? general : undefined;
}

/** Where a step happens, for its list row: node · device · hook/table (the chain is shown apart). */
export function stepWhere(step: Step): string {
  const at = step.at;
  const hook = at.hook === undefined ? '' : `${at.hook}${at.table === undefined ? '' : `/${at.table}`}`;
  return [at.node, at.device, hook].filter((part) => part !== undefined && part !== '').join(' · ');
}

/** The chain that decided, when it is not just the hook's built-in chain (`KUBE-SEP-…`, `FLANNEL-FWD`). */
export function stepChain(step: Step): string | undefined {
  const chain = step.at.chain;
  return chain === undefined || chain === step.at.hook ? undefined : chain;
}
