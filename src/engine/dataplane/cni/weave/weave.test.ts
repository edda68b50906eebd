import { describe, expect, it } from 'vitest';
import { podMac } from '../podNetns.ts';
import { clusterFrom, clusterYaml, fdbOf, podNs, podYaml, routesOf, ruleLines, runCni } from '../testkit.ts';
import { weaveDefaultAllowSet, weaveShortName } from './shortName.ts';

const NODES = [
  { name: 'n1', ip: '192.168.1.10', role: 'control-plane' as const },
  { name: 'n2', ip: '192.168.1.11' },
];

const POLICY = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-only, namespace: default}
spec:
  podSelector: {matchLabels: {app: db}}
  ingress: [{from: [{podSelector: {matchLabels: {app: web}}}]}]
`;

function weave(mode: 'fastdp' | 'sleeve') {
  const extra = [podYaml('web', 'n2'), podYaml('db', 'n1'), POLICY].join('---\n');
  return clusterFrom(clusterYaml({ cni: `{plugin: weave, mode: ${mode}}`, nodes: NODES, extra }));
}

describe('weave fast datapath', () => {
  const cluster = weave('fastdp');
  const run = runCni(cluster, 'n2');

  it('creates datapath, weave bridge, the vethwe pair and vxlan-6784', () => {
    expect(run.host.devices.map((d) => [d.name, d.master ?? ''])).toEqual(
      expect.arrayContaining([
        ['datapath', ''],
        ['weave', ''],
        ['vethwe-datapath', 'datapath'],
        ['vethwe-bridge', 'weave'],
        ['vxlan-6784', 'datapath'],
      ]),
    );
    expect(run.host.devices.find((d) => d.name === 'vxlan-6784')?.tunnel).toMatchObject({
      kind: 'vxlan',
      port: 6784,
    });
    expect(run.host.devices.find((d) => d.name === 'weave')?.mtu).toBe(1376);
  });

  it('puts the node address on weave with the whole range, and pods on one L2 segment', () => {
    expect(routesOf(run.host)).toContain('10.244.0.0/16 dev weave proto kernel scope link src 10.244.1.1');
    const web = podNs(run, 'default/web');
    expect(routesOf(web)).toEqual([
      'default via 10.244.1.1 dev eth0',
      expect.stringMatching(/^10\.244\.0\.0\/16 dev eth0 proto kernel scope link src 10\.244\.1\.\d+$/),
    ]);
    expect(web?.addresses.find((a) => a.device === 'eth0')?.prefix).toBe(16);
  });

  it('forwards remote pod MACs to the uplink, and the vport tunnels them to their node', () => {
    const db = cluster.pods.find((p) => p.ref === 'default/db');
    if (db === undefined) throw new Error('no db');
    const mac = podMac('n1', db);
    expect(fdbOf(run.host)).toEqual(
      expect.arrayContaining([
        `${mac} dev vethwe-bridge master weave`,
        `${mac} dev vxlan-6784 master datapath`,
        `${mac} dev vxlan-6784 dst 192.168.1.10 self permanent`,
      ]),
    );
  });

  it('keeps the FORWARD block at the top in weave order, and masquerades in nat WEAVE', () => {
    const forward = ruleLines(run.ruleset).filter((l) => l.startsWith('-A FORWARD'));
    expect(forward).toEqual([
      `-A FORWARD -i weave -m comment --comment "NOTE: this must go before \\'-j KUBE-FORWARD\\'" -j WEAVE-NPC-EGRESS`,
      `-A FORWARD -o weave -m comment --comment "NOTE: this must go before \\'-j KUBE-FORWARD\\'" -j WEAVE-NPC`,
      '-A FORWARD -o weave -m state --state NEW -j NFLOG --nflog-group 86',
      '-A FORWARD -o weave -j DROP',
      '-A FORWARD -i weave ! -o weave -j ACCEPT',
      '-A FORWARD -o weave -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
    ]);
    expect(ruleLines(run.ruleset)).toContain('-A WEAVE -s 10.244.0.0/16 ! -d 10.244.0.0/16 -j MASQUERADE');
  });

  it('lets weave-npc default-allow only pods no policy selects', () => {
    const ingress = run.result.ipsets?.find((s) => s.name === weaveDefaultAllowSet('ingress', 'default'));
    const web = cluster.pods.find((p) => p.ref === 'default/web');
    expect(ingress?.members).toEqual([web?.ip]);
    expect(ruleLines(run.ruleset)).toContain(
      `-A WEAVE-NPC-DEFAULT -m set --match-set ${ingress?.name} dst -m comment --comment "DefaultAllow ingress isolation for namespace: default" -j ACCEPT`,
    );
  });
});

describe('weave sleeve', () => {
  it('has no datapath: the bridge uplink is the pcap veth the router captures', () => {
    const run = runCni(weave('sleeve'), 'n2');
    const names = run.host.devices.map((d) => d.name);
    expect(names).not.toContain('datapath');
    expect(names).not.toContain('vxlan-6784');
    expect(run.host.devices.find((d) => d.name === 'vethwe-bridge')?.peer?.device).toBe('vethwe-pcap');
  });
});

describe('weaveShortName', () => {
  it.each([
    // Computed independently with Python's hashlib and int arithmetic, per npc/shortname.go.
    ['ingress-default-allow:default', ';rGqyMIl1HN^cfDki~Z$3]6!N'],
    ['egress-default-allow:kube-system', 'E1ney4o[ojNrLk.6rOHi;7MPE'],
  ])('%s -> weave-%s', (text, expected) => {
    expect(weaveShortName(text)).toBe(expected);
  });
});
