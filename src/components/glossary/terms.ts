/**
 * The glossary's terms and how they are found in running text. Technical names (iptables, DNAT, veth) stay
 * untranslated in every catalogue, so most patterns are language-neutral; a few add the Chinese words the
 * explanations use (网桥 / 網橋). Each term's title and definition live in the glossary catalogues
 * (`glossary.<id>.term`, `glossary.<id>.text`).
 */

export const GLOSSARY_IDS = [
  'veth',
  'bridge',
  'netns',
  'conntrack',
  'dnat',
  'snat',
  'masquerade',
  'hook',
  'chain',
  'kube-services',
  'kube-svc',
  'kube-sep',
  'ipvs',
  'nftables',
  'vxlan',
  'vni',
  'ipip',
  'bgp',
  'ebpf',
  'clusterip',
  'nodeport',
  'loadbalancer',
  'etp',
  'endpointslice',
  'coredns',
  'ndots',
  'search-path',
  'networkpolicy',
  'mtu',
  'arp',
] as const;

export type GlossaryId = (typeof GLOSSARY_IDS)[number];

/** What a term looks like in text. ASCII patterns match whole words only (see {@link linkTerms}). */
const PATTERNS: Readonly<Record<GlossaryId, readonly string[]>> = {
  veth: ['veth pair', 'veth'],
  bridge: ['Linux bridge', 'bridge', '网桥', '網橋'],
  netns: ['network namespace', 'netns', '网络命名空间', '網路命名空間'],
  conntrack: ['conntrack'],
  dnat: ['DNAT'],
  snat: ['SNAT'],
  masquerade: ['MASQUERADE', 'masquerades', 'masquerade'],
  hook: ['PREROUTING', 'POSTROUTING', 'FORWARD', 'INPUT', 'OUTPUT', 'netfilter'],
  chain: ['iptables chain', 'chain policy', 'iptables'],
  'kube-services': ['KUBE-SERVICES'],
  'kube-svc': ['KUBE-SVC-*'],
  'kube-sep': ['KUBE-SEP-*'],
  ipvs: ['IPVS', 'kube-ipvs0'],
  nftables: ['nftables'],
  vxlan: ['VXLAN'],
  vni: ['VNI'],
  ipip: ['IP-in-IP', 'IPIP'],
  bgp: ['BGP'],
  ebpf: ['eBPF', 'bpf_lxc', 'bpf_host'],
  clusterip: ['ClusterIP', 'cluster IP'],
  nodeport: ['NodePort'],
  loadbalancer: ['LoadBalancer', 'cloud load balancer'],
  etp: ['externalTrafficPolicy'],
  endpointslice: ['EndpointSlice', 'endpoints'],
  coredns: ['CoreDNS', 'kube-dns'],
  ndots: ['ndots'],
  'search-path': ['search path', 'search list', '搜索路径', '搜尋路徑'],
  networkpolicy: ['NetworkPolicy', 'NetworkPolicies'],
  mtu: ['MTU'],
  arp: ['ARP', 'neighbour table', 'proxy_arp'],
};

export type TextSegment = { readonly text: string; readonly term?: GlossaryId };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One alternation of every pattern, longest first so `veth pair` wins over `veth`. `X-*` matches `X-<suffix>`. */
const MATCHER = (() => {
  const all = GLOSSARY_IDS.flatMap((id) => PATTERNS[id].map((p) => ({ id, p }))).sort(
    (a, b) => b.p.length - a.p.length,
  );
  const source = all
    .map(({ p }) => {
      const body = p.endsWith('-*') ? `${escape(p.slice(0, -1))}[A-Z0-9]+` : escape(p);
      // Latin terms need word edges; CJK words have none.
      return /^[\x20-\x7e]+$/.test(p) ? `(?<![\\w-])${body}(?![\\w-])` : body;
    })
    .join('|');
  const lookup = all.map(({ id, p }) => ({
    id,
    test: p.endsWith('-*') ? (s: string) => s.startsWith(p.slice(0, -1)) : (s: string) => s === p,
  }));
  return { regex: new RegExp(source, 'g'), lookup };
})();

function termOf(match: string): GlossaryId | undefined {
  return MATCHER.lookup.find((entry) => entry.test(match))?.id;
}

/**
 * Splits text into plain runs and glossary terms. Only the first mention of each term is linked, so a
 * sentence naming PREROUTING twice does not turn into a row of buttons.
 */
export function linkTerms(text: string): readonly TextSegment[] {
  const out: TextSegment[] = [];
  const seen = new Set<GlossaryId>();
  let last = 0;
  for (const m of text.matchAll(MATCHER.regex)) {
    const term = termOf(m[0]);
    const at = m.index;
    if (term === undefined || seen.has(term)) continue;
    seen.add(term);
    if (at > last) out.push({ text: text.slice(last, at) });
    out.push({ text: m[0], term });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
