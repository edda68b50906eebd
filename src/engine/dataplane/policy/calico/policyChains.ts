/**
 * A converted policy as Felix programs it: `cali-pi-<id>` / `cali-po-<id>` chains whose rules set the accept
 * mark and return (felix/rules/policy.go `ProtoRuleToIptablesRules`), and the ipsets their selectors and
 * named ports need (felix/calc/rule_scanner.go `ruleToParsedRule`). When one rule needs an OR that a single
 * iptables rule cannot express — several destination-port groups, a named port beside numeric ports, a CIDR
 * with `except` — Felix renders "match blocks" that accumulate the answer in scratch mark bits first.
 */
import type { PolicyDirection } from '../../../policy/types.ts';
import type { CalicoProtocol, CalicoRule, PortRange } from './convert.ts';
import { fa, fm, type FelixMatch, type FelixRule } from './felixRule.ts';
import { ipsetName, makeUniqueId } from './ids.ts';
import { sel, selectorUniqueId, type CalicoSelector } from './selector.ts';

/** The mark bits in the public dumps (REFERENCE §5; allocated from FELIX_IPTABLESMARKMASK, UNCONFIRMED as universal). */
export const MARK_ACCEPT = 0x10000;
export const MARK_PASS = 0x20000;
export const MARK_SCRATCH0 = 0x40000;
export const MARK_SCRATCH1 = 0x80000;

/** An ipset a policy rule refers to: the pods a selector matches, or (IP, port) pairs of a named port. */
export type CalicoIpSetSpec =
  | { readonly kind: 'selector'; readonly name: string; readonly selector: CalicoSelector }
  | {
      readonly kind: 'named-port';
      readonly name: string;
      readonly selector: CalicoSelector;
      readonly protocol: CalicoProtocol;
      readonly port: string;
    };

export function selectorIpSet(selector: CalicoSelector): CalicoIpSetSpec {
  return { kind: 'selector', name: ipsetName(selectorUniqueId(selector)), selector };
}

/** `IPSetData.UniqueID` for a named port: `MakeUniqueID("n", selectorID + "," + proto + "," + port)`. */
export function namedPortIpSet(
  selector: CalicoSelector,
  protocol: CalicoProtocol,
  port: string,
): CalicoIpSetSpec {
  const id = makeUniqueId('n', `${selectorUniqueId(selector)},${protocol},${port}`);
  return { kind: 'named-port', name: ipsetName(id), selector, protocol, port };
}

/** `SplitPortList`: groups of at most 15 multiport slots (a range takes two). */
export function splitPortList(ports: readonly PortRange[]): PortRange[][] {
  const splits: PortRange[][] = [];
  let split: PortRange[] = [];
  let slots = 15;
  for (const port of ports) {
    const needed = port.first === port.last ? 1 : 2;
    if (slots < needed) {
      splits.push(split);
      split = [];
      slots = 15;
    }
    split.push(port);
    slots -= needed;
  }
  if (split.length > 0) splits.push(split);
  return splits;
}

/** Felix's `matchBlockBuilder`. */
class MatchBlocks {
  readonly rules: FelixRule[] = [];
  using = false;
  private doneFirstPositive = false;

  private start(initialBits: number): void {
    if (this.using) return;
    this.rules.push({ matches: [], action: fa.setMaskedMark(initialBits, MARK_SCRATCH0 | MARK_SCRATCH1) });
    this.using = true;
  }

  private positiveMark(): number {
    return this.doneFirstPositive ? MARK_SCRATCH1 : MARK_SCRATCH0;
  }

  private finishPositive(): void {
    if (!this.doneFirstPositive) {
      this.doneFirstPositive = true;
      return;
    }
    this.rules.push({ matches: [fm.markClear(MARK_SCRATCH1)], action: fa.clearMark(MARK_SCRATCH0) });
  }

  /** Destination ports: each numeric group and each named-port set may set the block's bit. */
  ports(
    protocol: CalicoProtocol | undefined,
    splits: readonly PortRange[][],
    namedSets: readonly string[],
  ): void {
    this.start(0);
    const mark = this.positiveMark();
    for (const split of splits) {
      const matches = [...(protocol ? [fm.protocol(protocol)] : []), fm.destPorts(split)];
      this.rules.push({ matches, action: fa.setMark(mark) });
    }
    for (const name of namedSets)
      this.rules.push({ matches: [fm.ipset(name, 'dst,dst')], action: fa.setMark(mark) });
    this.finishPositive();
  }

  /** Negated CIDRs: start with the bit set, clear it on any match. */
  negatedNets(nets: readonly string[], side: 'source' | 'destination'): void {
    this.start(MARK_SCRATCH0);
    for (const net of nets) {
      const match = side === 'source' ? fm.source(net) : fm.destination(net);
      this.rules.push({ matches: [match], action: fa.clearMark(MARK_SCRATCH0) });
    }
  }
}

export interface RenderedPolicyRule {
  readonly rules: readonly FelixRule[];
  readonly ipsets: readonly CalicoIpSetSpec[];
}

/** One Calico rule → its iptables rules (match blocks, the accept-mark rule, the return) and ipsets. */
export function renderPolicyRule(rule: CalicoRule, direction: PolicyDirection): RenderedPolicyRule {
  const peerIsSource = direction === 'ingress';
  const ipsets: CalicoIpSetSpec[] = [];
  // Named ports live on the destination; they are filtered by the destination selector when there is one.
  const namedPortProtocol = rule.protocol ?? 'tcp';
  const dstSelector = peerIsSource ? undefined : rule.selector;
  const namedSets = rule.namedPorts.map((port) =>
    namedPortIpSet(dstSelector ?? sel.all(), namedPortProtocol, port),
  );
  ipsets.push(...namedSets);
  const peerSet = rule.selector === undefined ? undefined : selectorIpSet(rule.selector);
  const includePeerSet =
    peerSet !== undefined && (peerIsSource || rule.ports.length > 0 || rule.namedPorts.length === 0);
  if (peerSet && includePeerSet) ipsets.push(peerSet);

  const blocks = new MatchBlocks();
  let splits = splitPortList(rule.ports);
  let named = namedSets.map((set) => set.name);
  if (splits.length + named.length > 1) {
    blocks.ports(rule.protocol, splits, named);
    splits = [];
    named = [];
  }
  let notNets = rule.notNets;
  if (rule.nets.length + rule.notNets.length > 1) {
    blocks.negatedNets(rule.notNets, peerIsSource ? 'source' : 'destination');
    notNets = [];
  }

  // `CalculateRuleMatch` order: protocol, source net, source sets, destination net, destination sets,
  // destination ports, destination named port, then the negated nets.
  const net = rule.nets[0];
  const notNet = notNets[0];
  const main: FelixMatch[] = [];
  if (rule.protocol) main.push(fm.protocol(rule.protocol));
  if (peerIsSource) {
    if (net !== undefined) main.push(fm.source(net));
    if (peerSet && includePeerSet) main.push(fm.ipset(peerSet.name, 'src'));
  } else {
    if (net !== undefined) main.push(fm.destination(net));
    if (peerSet && includePeerSet) main.push(fm.ipset(peerSet.name, 'dst'));
  }
  const [split] = splits;
  if (split) main.push(fm.destPorts(split));
  const [namedSet] = named;
  if (namedSet !== undefined) main.push(fm.ipset(namedSet, 'dst,dst'));
  if (notNet !== undefined) main.push(peerIsSource ? fm.source(notNet, true) : fm.destination(notNet, true));
  if (blocks.using) main.push(fm.markSet(MARK_SCRATCH0));

  const rules: FelixRule[] = [
    ...blocks.rules,
    { matches: main, action: fa.setMark(MARK_ACCEPT) },
    { matches: [fm.markSet(MARK_ACCEPT)], action: fa.return() },
  ];
  return { rules, ipsets };
}
