import { describe, expect, it } from 'vitest';
import { createDataplane, type StepKind, type Trace } from '../../engine/index.ts';
import { loadVariant, walkIn } from '../../engine/walk/testkit.ts';
import { trace } from '../../engine/walk/trace.ts';
import { isMessageKey, translate } from '../../i18n/index.ts';
import { whyKeyOf } from './inspectorModel.ts';

/** Every step kind, as a record so a new kind fails to compile here until it has a "why". */
const KINDS: Readonly<Record<StepKind, true>> = {
  'socket-send': true,
  'socket-lb': true,
  route: true,
  neighbour: true,
  veth: true,
  bridge: true,
  netfilter: true,
  nftables: true,
  ipvs: true,
  ebpf: true,
  conntrack: true,
  encap: true,
  decap: true,
  underlay: true,
  'load-balancer': true,
  deliver: true,
  drop: true,
  'dns-answer': true,
  proxy: true,
};

const FLANNEL = 'scenarios/cross-node-service';

function variant(cni: string, mode: string, proxy: string, from: string, to: string): Trace {
  const cluster = loadVariant(FLANNEL, cni, mode, proxy);
  return trace(cluster, createDataplane(cluster), { from, to, protocol: 'tcp', seed: 1 });
}

const walks: readonly (readonly [string, () => Trace])[] = [
  ['cross-node Service with DNS', () => walkIn(FLANNEL, 'client', 'web:80')],
  ['NetworkPolicy drop (Calico)', () => walkIn('scenarios/calico-policy', 'shop/db', 'svc/shop/db:5432')],
  ['NodePort through IPVS', () => walkIn('scenarios/ipvs-nodeport', 'external', '192.168.1.11:30080')],
  ['nftables mode', () => variant('flannel', 'vxlan', 'nftables', 'client', 'svc/default/web:80')],
  ['Calico IPIP', () => variant('calico', 'ipip', 'iptables', 'client', 'svc/default/web:80')],
  ['Cilium', () => variant('cilium', 'vxlan', 'iptables', 'client', 'svc/default/web:80')],
  ['Ingress URL', () => walkIn('engine/walk/__fixtures__/ingress', 'client', 'http://shop.example.com/')],
];

function allSteps(t: Trace) {
  return [
    ...t.dns.flatMap((q) => q.steps),
    ...t.steps,
    ...(t.reply?.steps ?? []),
    ...(t.upstream?.steps ?? []),
    ...(t.upstream?.reply?.steps ?? []),
  ];
}

describe('walk explanations for learners', () => {
  it('every step kind has a "why, and what would change it" in en, zh-CN and zh-TW', () => {
    for (const kind of Object.keys(KINDS)) {
      const key = `walk.${kind}.why`;
      expect(isMessageKey(key), key).toBe(true);
      expect(translate('zh-CN', key)).not.toBe(translate('en', key));
      expect(translate('zh-TW', key)).not.toBe(translate('zh-CN', key));
    }
  });

  it.each(walks)('%s: every step has an explanation and a why in every language', (_name, make) => {
    const steps = allSteps(make());
    expect(steps.length).toBeGreaterThan(5);
    for (const step of steps) {
      expect(isMessageKey(step.explain.key), step.explain.key).toBe(true);
      const why = whyKeyOf(step.explain.key, step.kind, isMessageKey);
      expect(why, step.explain.key).toBeDefined();
      for (const locale of ['en', 'zh-CN', 'zh-TW'] as const) {
        // Every placeholder the texts use is filled by the step's parameters.
        expect(translate(locale, step.explain.key, step.explain.params), step.explain.key).not.toMatch(
          /\{\w+\}/,
        );
        expect(translate(locale, why ?? '', step.explain.params), why).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
