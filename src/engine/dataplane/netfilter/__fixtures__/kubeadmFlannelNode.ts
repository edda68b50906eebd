/**
 * The node behind REFERENCE.md's real dump (kubeadm, service CIDR 10.96.0.0/12, flannel 10.244.0.0/16 with this
 * node's subnet 10.244.0.0/24, kube-proxy iptables mode, iptables 1.8.10 nf_tables), built by hand with the
 * builder in the order the components act: kubelet, then kube-proxy (EnsureChain/EnsureRule jumps, then its
 * restore batch), then flanneld. Services: default/kubernetes:https (10.96.0.1:443 → 172.31.7.91:6443) and
 * kube-system/kube-dns:dns (10.96.0.10:53/udp → 10.244.0.2:53, 10.244.0.3:53), the two the excerpt shows.
 * The later kube-proxy generator must produce the same ruleset from the cluster model.
 */
import { endpointChainName, serviceChainName, servicePortNameString } from '../../naming/index.ts';
import { createRulesetBuilder, type RulesetBuilder } from '../builder.ts';
import { m, t } from '../construct.ts';
import type { Match } from '../matches.ts';
import type { Ruleset, TableName } from '../model.ts';
import { kubeProxyProbability } from '../probability.ts';

const MASQ = 0x4000;
/** kube-proxy formats its mark with Go `%#08x`. */
const KP_HEX = { hexWidth: 8 } as const;
const POD_CIDR = '10.244.0.0/16';
const NODE_SUBNET = '10.244.0.0/24';

function kubelet(b: RulesetBuilder): void {
  const command = { installedBy: 'kubelet', installedVia: 'command' } as const;
  b.table('mangle').declareChain('KUBE-IPTABLES-HINT', command);
  for (const table of ['mangle', 'nat', 'filter'] as const)
    b.table(table).declareChain('KUBE-KUBELET-CANARY', command);
  const filter = b.table('filter');
  filter.declareChain('KUBE-FIREWALL', command).ensure(
    {
      matches: [
        m.comment('block incoming localnet connections'),
        m.destination('127.0.0.0/8'),
        m.source('127.0.0.0/8', { negated: true }),
        m.ctstate(['RELATED', 'ESTABLISHED', 'DNAT'], { negated: true }),
      ],
      target: t.drop(),
    },
    'prepend',
  );
  for (const hook of ['OUTPUT', 'INPUT'] as const) {
    filter
      .chain(hook)
      .ensure({ matches: [], target: t.jump('KUBE-FIREWALL'), installedBy: 'kubelet' }, 'prepend');
  }
}

/** `iptablesJumpChains` then `iptablesKubeletJumpChains`, each EnsureChain + EnsureRule(Prepend). */
function kubeProxyJumps(b: RulesetBuilder): void {
  const newOnly = [m.ctstate(['NEW'])];
  const jumps: [
    TableName,
    string,
    'INPUT' | 'FORWARD' | 'OUTPUT' | 'PREROUTING' | 'POSTROUTING',
    string,
    Match[],
  ][] = [
    ['filter', 'KUBE-EXTERNAL-SERVICES', 'INPUT', 'kubernetes externally-visible service portals', newOnly],
    ['filter', 'KUBE-EXTERNAL-SERVICES', 'FORWARD', 'kubernetes externally-visible service portals', newOnly],
    ['filter', 'KUBE-NODEPORTS', 'INPUT', 'kubernetes health check service ports', []],
    ['filter', 'KUBE-SERVICES', 'FORWARD', 'kubernetes service portals', newOnly],
    ['filter', 'KUBE-SERVICES', 'OUTPUT', 'kubernetes service portals', newOnly],
    ['filter', 'KUBE-FORWARD', 'FORWARD', 'kubernetes forwarding rules', []],
    ['filter', 'KUBE-PROXY-FIREWALL', 'INPUT', 'kubernetes load balancer firewall', newOnly],
    ['filter', 'KUBE-PROXY-FIREWALL', 'OUTPUT', 'kubernetes load balancer firewall', newOnly],
    ['filter', 'KUBE-PROXY-FIREWALL', 'FORWARD', 'kubernetes load balancer firewall', newOnly],
    ['nat', 'KUBE-SERVICES', 'OUTPUT', 'kubernetes service portals', []],
    ['nat', 'KUBE-SERVICES', 'PREROUTING', 'kubernetes service portals', []],
    ['nat', 'KUBE-POSTROUTING', 'POSTROUTING', 'kubernetes postrouting rules', []],
    ['filter', 'KUBE-FIREWALL', 'INPUT', '', []],
    ['filter', 'KUBE-FIREWALL', 'OUTPUT', '', []],
  ];
  for (const table of ['mangle', 'nat', 'filter'] as const) {
    b.table(table).declareChain('KUBE-PROXY-CANARY', { installedBy: 'kube-proxy', installedVia: 'command' });
  }
  for (const [table, target, hook, comment, extra] of jumps) {
    b.table(table).declareChain(target, { installedBy: 'kube-proxy', installedVia: 'command' });
    const matches = comment === '' ? extra : [...extra, m.comment(comment)];
    b.table(table)
      .chain(hook)
      .ensure({ matches, target: t.jump(target), installedBy: 'kube-proxy' }, 'prepend');
  }
}

interface ServicePort {
  readonly ns: string;
  readonly name: string;
  readonly port: string;
  readonly protocol: 'tcp' | 'udp';
  readonly clusterIp: string;
  readonly servicePort: number;
  readonly endpoints: readonly (readonly [string, number])[];
}

const SERVICES: readonly ServicePort[] = [
  {
    ns: 'default',
    name: 'kubernetes',
    port: 'https',
    protocol: 'tcp',
    clusterIp: '10.96.0.1',
    servicePort: 443,
    endpoints: [['172.31.7.91', 6443]],
  },
  {
    ns: 'kube-system',
    name: 'kube-dns',
    port: 'dns',
    protocol: 'udp',
    clusterIp: '10.96.0.10',
    servicePort: 53,
    endpoints: [
      ['10.244.0.2', 53],
      ['10.244.0.3', 53],
    ],
  },
];

/** One full sync's restore batch (syncProxyRules), localhostNodePorts on, conntrack not liberal, no nfacct. */
function kubeProxyRestore(b: RulesetBuilder): void {
  const restore = { installedBy: 'kube-proxy', installedVia: 'restore' } as const;
  const filter = b.table('filter');
  const nat = b.table('nat');
  for (const chain of [
    'KUBE-SERVICES',
    'KUBE-EXTERNAL-SERVICES',
    'KUBE-FORWARD',
    'KUBE-NODEPORTS',
    'KUBE-PROXY-FIREWALL',
  ]) {
    filter.declareChain(chain, restore);
  }
  for (const chain of ['KUBE-SERVICES', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-MARK-MASQ'])
    nat.declareChain(chain, restore);
  nat
    .chain('KUBE-POSTROUTING')
    .append({ matches: [m.mark(MASQ, MASQ, { negated: true, ...KP_HEX })], target: t.return() })
    .append({ matches: [], target: t.mark('xor-mark', MASQ, KP_HEX) })
    .append({
      matches: [m.comment('kubernetes service traffic requiring SNAT')],
      target: t.masquerade({ randomFully: true }),
    });
  nat.chain('KUBE-MARK-MASQ').append({ matches: [], target: t.mark('or-mark', MASQ, KP_HEX) });
  filter.declareChain('KUBE-FIREWALL', restore).append({
    matches: [
      m.comment('block incoming localnet connections'),
      m.destination('127.0.0.0/8'),
      m.source('127.0.0.0/8', { negated: true }),
      m.ctstate(['RELATED', 'ESTABLISHED', 'DNAT'], { negated: true }),
    ],
    target: t.drop(),
  });

  for (const svc of SERVICES) {
    const spn = servicePortNameString(svc.ns, svc.name, svc.port);
    const svcChain = serviceChainName(spn, svc.protocol);
    const clusterIpArgs = [
      m.comment(`${spn} cluster IP`),
      m.module(svc.protocol),
      m.protocol(svc.protocol),
      m.destination(svc.clusterIp),
      m.dport(svc.protocol, svc.servicePort),
    ];
    nat.chain('KUBE-SERVICES').append({ matches: clusterIpArgs, target: t.jump(svcChain) });
    nat.declareChain(svcChain, restore).append({
      matches: [...clusterIpArgs, m.source(POD_CIDR, { negated: true })],
      target: t.jump('KUBE-MARK-MASQ'),
    });
    const seps = svc.endpoints.map(([ip, port]) => ({
      ip,
      port,
      chain: endpointChainName(spn, svc.protocol, ip, port),
    }));
    seps.forEach((sep, i) => {
      const statistic = i < seps.length - 1 ? [m.probability(kubeProxyProbability(seps.length - i))] : [];
      nat.chain(svcChain).append({
        matches: [m.comment(`${spn} -> ${sep.ip}:${sep.port}`), ...statistic],
        target: t.jump(sep.chain),
      });
    });
    for (const sep of seps) {
      nat
        .declareChain(sep.chain, restore)
        .append({ matches: [m.comment(spn), m.source(sep.ip)], target: t.jump('KUBE-MARK-MASQ') })
        .append({
          matches: [m.comment(spn), m.module(svc.protocol), m.protocol(svc.protocol)],
          target: t.dnat(sep.ip, sep.port),
        });
    }
  }

  nat.chain('KUBE-SERVICES').append({
    matches: [
      m.comment('kubernetes service nodeports; NOTE: this must be the last rule in this chain'),
      m.dstType(['LOCAL']),
    ],
    target: t.jump('KUBE-NODEPORTS'),
  });
  filter
    .chain('KUBE-FORWARD')
    .append({ matches: [m.ctstate(['INVALID'])], target: t.drop() })
    .append({
      matches: [m.comment('kubernetes forwarding rules'), m.mark(MASQ, MASQ, KP_HEX)],
      target: t.accept(),
    })
    .append({
      matches: [m.comment('kubernetes forwarding conntrack rule'), m.ctstate(['RELATED', 'ESTABLISHED'])],
      target: t.accept(),
    });
}

/** flanneld --ip-masq: MasqRules and ForwardRules, appended after kube-proxy's jumps (as the dump shows). */
function flannel(b: RulesetBuilder): void {
  const command = { installedBy: 'flannel', installedVia: 'command' } as const;
  const masq = 'flanneld masq';
  const nat = b.table('nat');
  nat.declareChain('FLANNEL-POSTRTG', command);
  nat
    .chain('POSTROUTING')
    .ensure(
      { matches: [m.comment(masq)], target: t.jump('FLANNEL-POSTRTG'), installedBy: 'flannel' },
      'append',
    );
  nat
    .chain('FLANNEL-POSTRTG')
    .append({ matches: [m.mark(MASQ, MASQ), m.comment(masq)], target: t.return() })
    .append({
      matches: [m.source(NODE_SUBNET), m.destination(POD_CIDR), m.comment(masq)],
      target: t.return(),
    })
    .append({
      matches: [m.source(POD_CIDR), m.destination(NODE_SUBNET), m.comment(masq)],
      target: t.return(),
    })
    .append({
      matches: [m.source(POD_CIDR, { negated: true }), m.destination(NODE_SUBNET), m.comment(masq)],
      target: t.return(),
    })
    .append({
      matches: [m.source(POD_CIDR), m.destination('224.0.0.0/4', { negated: true }), m.comment(masq)],
      target: t.masquerade({ randomFully: true }),
    })
    .append({
      matches: [m.source(POD_CIDR, { negated: true }), m.destination(POD_CIDR), m.comment(masq)],
      target: t.masquerade({ randomFully: true }),
    });
  const filter = b.table('filter');
  const fwd = 'flanneld forward';
  filter.declareChain('FLANNEL-FWD', command);
  filter
    .chain('FORWARD')
    .ensure({ matches: [m.comment(fwd)], target: t.jump('FLANNEL-FWD'), installedBy: 'flannel' }, 'append');
  filter
    .chain('FLANNEL-FWD')
    .append({ matches: [m.source(POD_CIDR), m.comment(fwd)], target: t.accept() })
    .append({ matches: [m.destination(POD_CIDR), m.comment(fwd)], target: t.accept() });
}

export function buildKubeadmFlannelNode(): Ruleset {
  const b = createRulesetBuilder('ipv4');
  kubelet(b);
  kubeProxyJumps(b);
  kubeProxyRestore(b);
  flannel(b);
  return b.build();
}
