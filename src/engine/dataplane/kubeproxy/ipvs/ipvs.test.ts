/** kube-proxy IPVS mode (REFERENCE.md §2): kube-ipvs0, virtual servers, schedulers, ipsets, renderers. */
import { describe, expect, it } from 'vitest';
import type { IPv4, Port } from '../../../cluster/types.ts';
import { walkTable } from '../../../policy/walkChains.ts';
import { ip } from '../../netfilter/ip.ts';
import type { PacketView } from '../../netfilter/packet.ts';
import type { IpvsVirtualServer } from '../../types.ts';
import {
  clusterFromYaml,
  kubeProxyConfigMap,
  pods,
  runNode,
  saveLines,
  service,
  twoNodeCluster,
} from '../testkit.ts';
import { renderIpsetList } from './renderIpset.ts';
import { ipvsRealServerId, ipvsVirtualServerId, renderIpvsadm } from './renderIpvsadm.ts';

const IPVS = twoNodeCluster('ipvs');
const run = (docs: readonly string[], node = 'master') => runNode(clusterFromYaml(IPVS, ...docs), node);
const web = [pods('web', 2), service('web', '10.96.60.1')];

describe('kube-ipvs0', () => {
  it('IPVS binds every ClusterIP to kube-ipvs0 as a /32', () => {
    const { output } = run(web);
    expect(output.hostDevices.map((d) => [d.name, d.kind, d.state, d.flags])).toEqual([
      ['kube-ipvs0', 'dummy', 'DOWN', ['BROADCAST', 'NOARP']],
    ]);
    const bound = output.hostAddresses.map((a) => `${a.ip}/${a.prefix} ${a.scope} ${a.device}`);
    expect(bound).toEqual(
      expect.arrayContaining([
        '10.96.0.1/32 global kube-ipvs0',
        '10.96.0.10/32 global kube-ipvs0',
        '10.96.60.1/32 global kube-ipvs0',
      ]),
    );
    expect(output.ipsets.find((s) => s.name === 'KUBE-IPVS-IPS')?.members).toEqual(
      [...output.hostAddresses.map((a) => a.ip)].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })),
    );
  });

  it('does not bind an ExternalIP the node already has', () => {
    const { output } = run([
      pods('web', 1),
      service('web', '10.96.60.2', '  externalIPs: [192.168.1.10]\n  ports: [{port: 80, targetPort: 8080}]'),
    ]);
    expect(output.hostAddresses.map((a) => a.ip)).not.toContain('192.168.1.10');
    expect(output.ipvs?.virtualServers.some((vs) => vs.ip === '192.168.1.10' && vs.port === 80)).toBe(true);
  });

  it('sets the IPVS sysctls', () => {
    expect(run([]).output.sysctls).toMatchObject({
      'net.ipv4.vs.conntrack': '1',
      'net.ipv4.ip_forward': '1',
    });
  });
});

describe('virtual servers', () => {
  it.each([
    ['rr (the default)', ''],
    ['lc', 'lc'],
    ['dh', 'dh'],
    ['sh', 'sh'],
    ['sed', 'sed'],
    ['nq', 'nq'],
    ['wrr', 'wrr'],
    ['wlc', 'wlc'],
  ])('IPVS scheduler from kube-proxy config: %s', (_, scheduler) => {
    const config =
      scheduler === '' ? [] : [kubeProxyConfigMap(`mode: ipvs\nipvs:\n  scheduler: ${scheduler}`)];
    const { output } = run([...web, ...config]);
    const vs = output.ipvs?.virtualServers.find((v) => v.ip === '10.96.60.1');
    expect(vs?.scheduler).toBe(scheduler === '' ? 'rr' : scheduler);
  });

  it('ClientIP affinity maps to IPVS persistence with the affinity timeout', () => {
    const { output } = run([
      pods('web', 1),
      service('web', '10.96.60.3', '  sessionAffinity: ClientIP\n  ports: [{port: 80, targetPort: 8080}]'),
    ]);
    const lines = renderIpvsadm(output.ipvs ?? { virtualServers: [] }).map((l) => l.text);
    expect(lines).toContain('TCP  10.96.60.3:80 rr persistent 10800');
  });

  it('a Service without endpoints keeps a virtual server with no real servers', () => {
    const { output } = run([service('ghost', '10.96.60.4')]);
    expect(output.ipvs?.virtualServers.find((vs) => vs.ip === '10.96.60.4')?.realServers).toEqual([]);
  });

  it('a NodePort listens on every node address (InternalIP and the CNI’s), not on kube-ipvs0', () => {
    const { output } = run([
      pods('np', 1),
      service(
        'np',
        '10.96.60.5',
        '  type: NodePort\n  ports: [{port: 80, targetPort: 8080, nodePort: 30100}]',
      ),
    ]);
    const listeners = output.ipvs?.virtualServers.filter((vs) => vs.port === 30100).map((vs) => vs.ip);
    expect(listeners).toEqual(['192.168.1.10', '10.244.0.1', '10.244.0.0']);
    expect(output.ipsets.find((s) => s.name === 'KUBE-NODE-PORT-TCP')?.members).toEqual(['30100']);
  });

  it('local endpoints go into KUBE-LOOP-BACK for hairpin masquerade', () => {
    const { output } = run(web, 'worker-1');
    expect(output.ipsets.find((s) => s.name === 'KUBE-LOOP-BACK')?.members).toEqual([
      '10.244.1.2,tcp:8080,10.244.1.2',
      '10.244.1.3,tcp:8080,10.244.1.3',
    ]);
  });

  it('masquerades off-cluster ClusterIP traffic through the KUBE-CLUSTER-IP set', () => {
    expect(saveLines(run(web).ruleset)).toContain(
      '-A KUBE-SERVICES ! -s 10.244.0.0/16 -m comment --comment "Kubernetes service cluster ip + port for masquerade purpose" -m set --match-set KUBE-CLUSTER-IP dst,dst -j KUBE-MARK-MASQ',
    );
  });
});

describe('ipvsadm -Ln', () => {
  const vs = (
    ip: string,
    port: number,
    protocol: IpvsVirtualServer['protocol'] = 'TCP',
  ): IpvsVirtualServer => ({
    protocol,
    ip: ip as IPv4,
    port: port as Port,
    scheduler: 'rr',
    realServers: [
      { ip: '10.244.1.3' as IPv4, port: 8080 as Port, forward: 'Masq', weight: 1 },
      { ip: '10.244.1.10' as IPv4, port: 8080 as Port, forward: 'Masq', weight: 1 },
    ],
    service: 'default/web',
  });

  it('prints the real layout, columns padded, trailing spaces included', () => {
    expect(renderIpvsadm({ virtualServers: [vs('10.96.0.5', 80)] }).map((l) => l.text)).toEqual([
      'IP Virtual Server version 1.2.1 (size=4096)',
      'Prot LocalAddress:Port Scheduler Flags',
      '  -> RemoteAddress:Port           Forward Weight ActiveConn InActConn',
      'TCP  10.96.0.5:80 rr',
      '  -> 10.244.1.3:8080              Masq    1      0          0         ',
      '  -> 10.244.1.10:8080             Masq    1      0          0         ',
    ]);
  });

  it('sorts TCP before UDP, then by address as ipvsadm’s C comparator does (192.168.x before 10.x)', () => {
    const lines = renderIpvsadm({
      virtualServers: [
        vs('10.96.0.10', 53, 'UDP'),
        vs('10.96.0.1', 443),
        vs('192.168.1.10', 30080),
        vs('10.96.0.10', 53),
      ],
    })
      .map((l) => l.text)
      .filter((t) => /^(TCP|UDP)/.test(t));
    expect(lines).toEqual([
      'TCP  192.168.1.10:30080 rr',
      'TCP  10.96.0.1:443 rr',
      'TCP  10.96.0.10:53 rr',
      'UDP  10.96.0.10:53 rr',
    ]);
  });

  it('links each service and destination line to its entry', () => {
    const v = vs('10.96.0.5', 80);
    const refs = renderIpvsadm({ virtualServers: [v] }).map((l) => l.refs);
    const first = v.realServers[0];
    if (!first) throw new Error('no real server');
    expect(refs.slice(3)).toEqual([
      [ipvsVirtualServerId(v)],
      [ipvsRealServerId(v, first)],
      [expect.stringContaining('10.244.1.10:8080')],
    ]);
  });
});

describe('ipset list', () => {
  it('counts the iptables rules that reference each set', () => {
    const { output, ruleset } = run(web);
    const text = renderIpsetList(output.ipsets, ruleset).map((l) => l.text);
    const at = text.indexOf('Name: KUBE-CLUSTER-IP');
    expect(text.slice(at, at + 7)).toEqual([
      'Name: KUBE-CLUSTER-IP',
      'Type: hash:ip,port',
      'Revision: 5',
      'Header: family inet hashsize 1024 maxelem 65536',
      'References: 3',
      'Number of entries: 5',
      'Members:',
    ]);
  });
});

describe('ipset list, other writers’ set types', () => {
  it('prints weave-npc’s namespace list:set and counts list membership as a reference', () => {
    const text = renderIpsetList([
      { name: 'weave-ns', type: 'list:set', members: ['weave-all-x'] },
      { name: 'weave-all-x', type: 'hash:ip', members: ['10.244.0.10'] },
    ]).map((l) => l.text);
    expect(text.slice(0, 5)).toEqual([
      'Name: weave-ns',
      'Type: list:set',
      'Revision: 3',
      'Header: size 1024',
      'References: 0',
    ]);
    expect(text).toContain('References: 1');
  });
});

describe('KUBE-IPVS-OUT-FILTER (kubernetes#119656)', () => {
  const lb = (ranges: string) =>
    service(
      'web',
      '10.96.60.1',
      `  type: LoadBalancer\n  loadBalancerSourceRanges: [${ranges}]\n  ports: [{port: 80, targetPort: 8080, nodePort: 30080}]\nstatus:\n  loadBalancer: {ingress: [{ip: 198.51.100.20}]}`,
    );
  const outFilter = (ranges: string): string[] =>
    saveLines(run([pods('web', 2), lb(ranges)]).ruleset, 'filter').filter((line) =>
      line.startsWith('-A KUBE-IPVS-OUT-FILTER'),
    );

  it('drops the node’s own connections to an LB IP whose source ranges leave the node out', () => {
    expect(outFilter('203.0.113.0/24')).toEqual([
      '-A KUBE-IPVS-OUT-FILTER -s 198.51.100.20/32 -m ipvs --vproto 6 --vaddr 198.51.100.20 --vport 80 -j DROP',
    ]);
  });

  it('writes nothing when a source range covers the node', () => {
    expect(outFilter('203.0.113.0/24, 192.168.1.0/24')).toEqual([]);
  });

  it('matches only packets IPVS scheduled for that virtual service', () => {
    const { ruleset } = run([pods('web', 2), lb('203.0.113.0/24')]);
    const filter = ruleset.tables.find((table) => table.name === 'filter');
    if (!filter) throw new Error('no filter table');
    const lbIP = ip('198.51.100.20');
    const packet: PacketView = {
      src: lbIP,
      dst: ip('10.244.1.10'),
      protocol: 'tcp',
      sport: 40000,
      dport: 8080,
      outInterface: 'eth0',
      mark: 0,
      conntrack: { state: 'NEW', snat: false, dnat: false },
      ipvs: { vaddr: lbIP, vport: 80, direction: 'ORIGINAL', method: 'MASQ' },
    };
    const lookups = {
      addressType: () => 'UNICAST' as const,
      ipsetContains: () => false,
      recentLastSeen: () => undefined,
    };
    expect(walkTable(filter, 'OUTPUT', packet, lookups).verdict.kind).toBe('drop');
    const { ipvs: _ipvs, ...plain } = packet;
    expect(walkTable(filter, 'OUTPUT', plain, lookups).verdict.kind).toBe('policy');
  });
});
