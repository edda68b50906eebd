import { describe, expect, it } from 'vitest';
import { buildDataplane } from '../../build.ts';
import { renderIptablesSave } from '../../netfilter/renderSave.ts';
import { ciliumLxcName } from '../../naming/cilium.ts';
import { sandboxId } from '../../linux/names.ts';
import {
  clusterFrom,
  clusterYaml,
  neighOf,
  podNs,
  podYaml,
  routesOf,
  ruleLines,
  runCni,
} from '../testkit.ts';
import { renderCiliumServiceList } from './render.ts';

const NODES = [
  { name: 'n1', ip: '192.168.1.10', role: 'control-plane' as const },
  { name: 'n2', ip: '192.168.1.11' },
  { name: 'n3', ip: '10.0.5.20' },
];

const WEB = `${podYaml('web', 'n2')}---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: default}
spec:
  type: NodePort
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 80, nodePort: 30080, protocol: TCP}]
`;

function cilium(mode: 'vxlan' | 'geneve' | 'native', kubeProxy = 'none') {
  return clusterFrom(
    clusterYaml({ cni: `{plugin: cilium, mode: ${mode}}`, kubeProxy, nodes: NODES, extra: WEB }),
  );
}

describe('cilium devices and routes', () => {
  it('tunnel mode routes every pod CIDR via cilium_host, remote ones with the tunnel MTU', () => {
    const run = runCni(cilium('vxlan'), 'n2');
    expect(routesOf(run.host)).toEqual([
      'default via 192.168.1.1 dev eth0 proto static',
      '10.244.0.0/24 via 10.244.1.1 dev cilium_host proto kernel src 10.244.1.1 mtu 1450',
      '10.244.1.0/24 via 10.244.1.1 dev cilium_host proto kernel src 10.244.1.1',
      '10.244.1.1 dev cilium_host proto kernel scope link',
      '10.244.2.0/24 via 10.244.1.1 dev cilium_host proto kernel src 10.244.1.1 mtu 1450',
      '192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.11',
    ]);
    expect(run.host.devices.map((d) => d.name).slice(2, 5)).toEqual([
      'cilium_net',
      'cilium_host',
      'cilium_vxlan',
    ]);
    expect(run.host.devices.find((d) => d.name === 'cilium_host')?.peer?.device).toBe('cilium_net');
    expect(run.host.devices.find((d) => d.name === 'cilium_vxlan')?.tunnel).toMatchObject({
      kind: 'vxlan',
      port: 8472,
    });
  });

  it('geneve mode uses cilium_geneve on 6081', () => {
    const run = runCni(cilium('geneve'), 'n2');
    expect(run.host.devices.find((d) => d.name === 'cilium_geneve')?.tunnel).toMatchObject({
      kind: 'geneve',
      port: 6081,
    });
  });

  it('native routing routes same-network peers via their node IP on eth0', () => {
    const routes = routesOf(runCni(cilium('native'), 'n2').host);
    expect(routes).toContain('10.244.0.0/24 via 192.168.1.10 dev eth0 proto kernel');
    expect(routes.some((r) => r.startsWith('10.244.2.0/24'))).toBe(false);
  });

  it('pods get /32, default via the router with the route MTU, lxc host ends', () => {
    const cluster = cilium('vxlan');
    const run = runCni(cluster, 'n2');
    const ns = podNs(run, 'default/web');
    expect(routesOf(ns)).toEqual([
      'default via 10.244.1.1 dev eth0 mtu 1450',
      '10.244.1.1 dev eth0 scope link',
    ]);
    const lxc = ciliumLxcName(sandboxId('n2', 'default/web'));
    const hostEnd = run.host.devices.find((d) => d.name === lxc);
    expect(hostEnd?.peer?.netns).toBe('pod:default/web');
    expect(neighOf(ns)).toEqual([`10.244.1.1 dev eth0 lladdr ${hostEnd?.mac} REACHABLE`]);
  });
});

describe('cilium with kube-proxy replacement', () => {
  const cluster = cilium('vxlan');
  const dataplane = buildDataplane(cluster);
  const n2 = dataplane.nodes.find((n) => n.node === 'n2');

  it('cilium replacement writes no KUBE chains for services', () => {
    const text = renderIptablesSave(n2?.ruleset ?? { family: 'ipv4', tables: [] }, { date: 'x' }).map(
      (l) => l.text,
    );
    expect(text.filter((l) => /KUBE-(SVC|SEP|SERVICES|NODEPORTS|POSTROUTING|MARK-MASQ)/.test(l))).toEqual([]);
    expect(text).toContain(
      '-A POSTROUTING -m comment --comment "cilium-feeder: CILIUM_POST_nat" -j CILIUM_POST_nat',
    );
  });

  it('the CNI itself writes only CILIUM_ chains', () => {
    const lines = ruleLines(runCni(cluster, 'n2').ruleset);
    expect(lines.every((l) => /CILIUM_/.test(l))).toBe(true);
    expect(lines).toContain(
      '-A CILIUM_POST_nat -s 10.244.1.0/24 ! -d 10.244.0.0/16 ! -o cilium_+ -m comment --comment "cilium masquerade non-cluster" -j MASQUERADE',
    );
  });

  it('puts ClusterIP, NodePort (node IP and 0.0.0.0) frontends in the service map', () => {
    const web = cluster.pods.find((p) => p.ref === 'default/web');
    const svc = cluster.services.find((s) => s.ref === 'default/web');
    const entries = n2?.cilium?.services.filter((s) => s.service === 'default/web') ?? [];
    expect(entries.map((e) => `${e.type} ${e.frontend.ip}:${e.frontend.port}`)).toEqual([
      `ClusterIP ${svc?.clusterIP}:80`,
      'NodePort 192.168.1.11:30080',
      'NodePort 0.0.0.0:30080',
    ]);
    expect(entries[0]?.backends).toEqual([
      { ip: web?.ip, port: 80, protocol: 'TCP', state: 'active', pod: 'default/web', node: 'n2' },
    ]);
  });

  it('renders cilium-dbg service list with a padded table sorted by frontend', () => {
    const rows = renderCiliumServiceList(n2?.cilium?.services ?? []).map((l) => l.text);
    expect(rows[0]).toMatch(/^Frontend {2,}Service Type {2,}Backend {3,}$/);
    expect(
      rows.some((r) =>
        /^0\.0\.0\.0:30080\/TCP +NodePort +1 => 10\.244\.1\.\d+:80\/TCP \(active\) +$/.test(r),
      ),
    ).toBe(true);
    const widths = new Set(rows.map((r) => r.length));
    expect(widths.size).toBe(1);
  });

  it('gives each local pod an endpoint with its identity, and shares identities cluster-wide', () => {
    const endpoint = n2?.cilium?.endpoints.find((e) => e.pod === 'default/web');
    expect(endpoint?.interface).toBe(ciliumLxcName(sandboxId('n2', 'default/web')));
    const identity = n2?.cilium?.identities.find((i) => i.id === endpoint?.identity);
    expect(identity?.labels).toContain('k8s:app=web');
    expect(identity?.labels).toContain('k8s:io.kubernetes.pod.namespace=default');
    const n1 = dataplane.nodes.find((n) => n.node === 'n1');
    expect(n1?.cilium?.identities).toEqual(n2?.cilium?.identities);
  });

  it('ipcache maps pods to identities and remote pods to their node', () => {
    const web = cluster.pods.find((p) => p.ref === 'default/web');
    const n1 = dataplane.nodes.find((n) => n.node === 'n1');
    const entry = n1?.cilium?.ipcache.pods.find((e) => e.prefix === `${web?.ip}/32`);
    expect(entry?.tunnelEndpoint).toBe('192.168.1.11');
    expect(n1?.cilium?.ipcache.nodes).toContainEqual({ prefix: '192.168.1.11/32', identity: 6 });
    expect(n1?.cilium?.ipcache.nodes).toContainEqual({ prefix: '192.168.1.10/32', identity: 1 });
  });
});

describe('cilium next to kube-proxy', () => {
  it('keeps only ClusterIP frontends and kube-proxy keeps its chains', () => {
    const dataplane = buildDataplane(cilium('vxlan', 'iptables'));
    const n2 = dataplane.nodes.find((n) => n.node === 'n2');
    expect(n2?.cilium?.kubeProxyReplacement).toBe(false);
    expect(new Set(n2?.cilium?.services.map((s) => s.type))).toEqual(new Set(['ClusterIP']));
    const text = renderIptablesSave(n2?.ruleset ?? { family: 'ipv4', tables: [] }, { date: 'x' }).map(
      (l) => l.text,
    );
    expect(text.some((l) => l.startsWith('-A KUBE-SERVICES'))).toBe(true);
  });
});
