/**
 * kube-proxy iptables mode, behaviour by behaviour (REFERENCE.md §1), each from a cluster written as YAML and
 * checked in the kernel's own spelling (iptables-save).
 */
import { describe, expect, it } from 'vitest';
import type { KubeProxyHostOptions } from '../config.ts';
import { clusterFromYaml, pods, runNode, saveLines, service, twoNodeCluster } from '../testkit.ts';

const IPT = twoNodeCluster('iptables');

/** The `-A` lines (nat and filter) of `node` for a cluster made of `docs`. */
function rules(docs: readonly string[], node = 'master', options: KubeProxyHostOptions = {}): string[] {
  const { ruleset } = runNode(clusterFromYaml(IPT, ...docs), node, options);
  return saveLines(ruleset).filter((line) => line.startsWith('-A '));
}

const chain = (lines: readonly string[], name: string): string[] =>
  lines.filter((line) => line.startsWith(`-A ${name} `));

describe('capture rules and filter verdicts', () => {
  it('service with no endpoints rejects in filter KUBE-SERVICES and writes no nat chains', () => {
    const lines = rules([service('ghost', '10.96.50.1')]);
    expect(lines).toContain(
      '-A KUBE-SERVICES -d 10.96.50.1/32 -p tcp -m comment --comment "default/ghost has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
    );
    expect(lines.filter((line) => line.includes('default/ghost') && !line.includes('REJECT'))).toEqual([]);
  });

  it('NodePort without endpoints rejects in KUBE-EXTERNAL-SERVICES for local destinations', () => {
    const lines = rules([
      service(
        'ghost',
        '10.96.50.1',
        '  type: NodePort\n  ports: [{port: 80, targetPort: 8080, nodePort: 30001}]',
      ),
    ]);
    expect(chain(lines, 'KUBE-EXTERNAL-SERVICES')).toEqual([
      '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/ghost has no endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30001 -j REJECT --reject-with icmp-port-unreachable',
    ]);
  });

  it('eTP Local without local endpoints drops in KUBE-EXTERNAL-SERVICES but still short-circuits pods', () => {
    const docs = [
      pods('api', 1, 'worker-1'),
      service(
        'api',
        '10.96.50.2',
        '  type: NodePort\n  externalTrafficPolicy: Local\n  ports: [{port: 80, targetPort: 8080, nodePort: 30002}]',
      ),
    ];
    const master = rules(docs, 'master');
    expect(chain(master, 'KUBE-EXTERNAL-SERVICES')).toEqual([
      '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/api has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30002 -j DROP',
    ]);
    const ext = master.filter((line) => line.startsWith('-A KUBE-EXT-'));
    expect(ext.map((line) => line.replace(/KUBE-(EXT|SVC)-\w+/g, 'KUBE-$1-X'))).toEqual([
      '-A KUBE-EXT-X -s 10.244.0.0/16 -m comment --comment "pod traffic for default/api external destinations" -j KUBE-SVC-X',
      '-A KUBE-EXT-X -m comment --comment "masquerade LOCAL traffic for default/api external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ',
      '-A KUBE-EXT-X -m comment --comment "route LOCAL traffic for default/api external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-X',
    ]);
    const worker = rules(docs, 'worker-1');
    expect(chain(worker, 'KUBE-EXTERNAL-SERVICES')).toEqual([]);
    expect(worker.some((line) => /^-A KUBE-EXT-\w+ -j KUBE-SVL-/.test(line))).toBe(true);
  });

  it('iTP Local without local endpoints drops in filter KUBE-SERVICES', () => {
    const docs = [
      pods('cache', 1, 'worker-1'),
      service(
        'cache',
        '10.96.50.3',
        '  internalTrafficPolicy: Local\n  ports: [{port: 80, targetPort: 8080}]',
      ),
    ];
    expect(chain(rules(docs, 'master'), 'KUBE-SERVICES')).toContain(
      '-A KUBE-SERVICES -d 10.96.50.3/32 -p tcp -m comment --comment "default/cache has no local endpoints" -m tcp --dport 80 -j DROP',
    );
    expect(chain(rules(docs, 'worker-1'), 'KUBE-SERVICES')).toContainEqual(
      expect.stringMatching(
        /^-A KUBE-SERVICES -d 10\.96\.50\.3\/32 -p tcp -m comment --comment "default\/cache cluster IP" -m tcp --dport 80 -j KUBE-SVL-\w{16}$/,
      ),
    );
  });

  it('the health check node port is accepted in filter KUBE-NODEPORTS on every node', () => {
    const docs = [
      pods('lb', 1),
      service(
        'lb',
        '10.96.50.4',
        '  type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 32100\n  ports: [{port: 80, targetPort: 8080, nodePort: 30004}]',
      ),
    ];
    for (const node of ['master', 'worker-1']) {
      expect(chain(rules(docs, node), 'KUBE-NODEPORTS')).toContain(
        '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/lb health check node port" -m tcp --dport 32100 -j ACCEPT',
      );
    }
  });
});

describe('load balancing', () => {
  it('three endpoints give probabilities 0.33333333349 then 0.50000000000, the last unconditional', () => {
    const svc = rules([pods('web', 3), service('web', '10.96.50.5')]).filter((line) =>
      line.includes('default/web -> '),
    );
    expect(svc.map((line) => /--probability (\S+)/.exec(line)?.[1] ?? 'none')).toEqual([
      '0.33333333349',
      '0.50000000000',
      'none',
    ]);
  });

  it('ClientIP affinity adds recent rcheck rules before the cascade and recent set in each KUBE-SEP', () => {
    const lines = rules([
      pods('web', 2),
      service(
        'web',
        '10.96.50.6',
        '  sessionAffinity: ClientIP\n  sessionAffinityConfig: {clientIP: {timeoutSeconds: 600}}\n  ports: [{port: 80, targetPort: 8080}]',
      ),
    ]);
    const svc = lines.filter((line) => line.includes('default/web -> '));
    expect(
      svc.map((line) =>
        line.includes('--rcheck') ? 'rcheck' : line.includes('statistic') ? 'statistic' : 'last',
      ),
    ).toEqual(['rcheck', 'rcheck', 'statistic', 'last']);
    expect(svc[0]).toMatch(
      /-m recent --rcheck --seconds 600 --reap --name (KUBE-SEP-\w+) --mask 255\.255\.255\.255 --rsource -j \1$/,
    );
    const dnat = lines.filter((line) => line.includes('"default/web"') && line.includes('-j DNAT'));
    expect(dnat).toHaveLength(2);
    expect(
      dnat.every((line) =>
        /-m recent --set --name KUBE-SEP-\w+ --mask 255\.255\.255\.255 --rsource -m tcp -j DNAT/.test(line),
      ),
    ).toBe(true);
  });

  it('serving-terminating endpoints are used when no endpoint is ready', () => {
    const slice = `apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: drain-1, labels: {kubernetes.io/service-name: drain}}
addressType: IPv4
ports: [{port: 8080, protocol: TCP}]
endpoints:
  - {addresses: [10.244.1.50], conditions: {ready: false, serving: true, terminating: true}}
  - {addresses: [10.244.1.51], conditions: {ready: false, serving: false, terminating: true}}`;
    const svc = `apiVersion: v1
kind: Service
metadata: {name: drain}
spec: {clusterIP: 10.96.50.7, ports: [{port: 80, targetPort: 8080}]}`;
    const lines = rules([svc, slice]);
    expect(lines.filter((line) => line.includes('default/drain') && line.includes('-j DNAT'))).toEqual([
      expect.stringContaining('--to-destination 10.244.1.50:8080'),
    ]);
  });
});

describe('LoadBalancer source ranges', () => {
  const lb = (ranges: string): string[] => [
    pods('lb', 1),
    service(
      'lb',
      '10.96.50.10',
      `  type: LoadBalancer\n  loadBalancerSourceRanges: [${ranges}]\n  ports: [{port: 443, targetPort: 8080, nodePort: 30010}]`,
    ) + '\nstatus: {loadBalancer: {ingress: [{ip: 198.51.100.20}]}}',
  ];

  it('KUBE-FW allows each range, then leaves the rest to KUBE-PROXY-FIREWALL', () => {
    const fw = rules(lb('203.0.113.0/24')).filter((line) => line.startsWith('-A KUBE-FW-'));
    expect(fw.map((line) => line.replace(/KUBE-(FW|EXT)-\w+/g, 'KUBE-$1-X'))).toEqual([
      '-A KUBE-FW-X -s 203.0.113.0/24 -m comment --comment "default/lb loadbalancer IP" -j KUBE-EXT-X',
      '-A KUBE-FW-X -m comment --comment "other traffic to default/lb will be dropped by KUBE-PROXY-FIREWALL"',
    ]);
  });

  it('a range containing the node IP also allows the LoadBalancer IP as source', () => {
    const fw = rules(lb('192.168.1.0/24')).filter((line) => line.startsWith('-A KUBE-FW-'));
    expect(fw[1]).toMatch(
      /^-A KUBE-FW-\w+ -s 198\.51\.100\.20\/32 -m comment --comment "default\/lb loadbalancer IP" -j KUBE-EXT-\w+$/,
    );
  });

  it('nodeports bypass loadBalancerSourceRanges', () => {
    const nodePorts = chain(rules(lb('203.0.113.0/24')), 'KUBE-NODEPORTS');
    expect(nodePorts.every((line) => /-j KUBE-EXT-/.test(line))).toBe(true);
  });
});

describe('what kube-proxy ignores', () => {
  it('headless and ExternalName services get no rules', () => {
    const headless = `apiVersion: v1
kind: Service
metadata: {name: db}
spec: {clusterIP: None, selector: {app: db}, ports: [{port: 5432}]}`;
    const external = `apiVersion: v1
kind: Service
metadata: {name: ext}
spec: {type: ExternalName, externalName: example.com}`;
    const lines = rules([pods('db', 1), headless, external]);
    expect(lines.filter((line) => /default\/(db|ext)/.test(line))).toEqual([]);
  });

  it('kube-proxy mode none (Cilium replacement) writes nothing, kubelet still does', () => {
    const { ruleset, output } = runNode(clusterFromYaml(twoNodeCluster('none')), 'master');
    expect(output).toEqual({ ipsets: [], hostDevices: [], hostAddresses: [], sysctls: {} });
    expect(
      saveLines(ruleset).filter(
        (line) => line.includes('KUBE-') && !/KUBELET|IPTABLES-HINT|KUBE-FIREWALL/.test(line),
      ),
    ).toEqual([]);
  });
});
