/**
 * The real kubeadm + Flannel node of REFERENCE.md §1.9 (API server 172.31.7.91:6443, CoreDNS 10.244.0.2/.3,
 * kubernetes 10.96.0.1, kube-dns 10.96.0.10), written as manifests and run through the real manifest loader,
 * cluster builder, kubelet and kube-proxy generators. What kubelet and kube-proxy write must match the real dump
 * line for line.
 */
import { describe, expect, it } from 'vitest';
import natExcerpt from './__fixtures__/reference-1.9-nat-excerpt.txt?raw';
import wholeSave from '../netfilter/__fixtures__/kubeadm-flannel-node.iptables-save.txt?raw';
import kubeProxyRestore from '../netfilter/__fixtures__/kubeadm-flannel-node.kube-proxy-restore.txt?raw';
import { renderIptablesRestore } from '../netfilter/renderRestore.ts';
import { clusterFromYaml, lines, runNode, saveLines } from './testkit.ts';

const CLUSTER = `apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata: {name: kubeadm-flannel}
spec:
  podCIDR: 10.244.0.0/16
  serviceCIDR: 10.96.0.0/12
  cni: {plugin: flannel, mode: vxlan}
  kubeProxy: {mode: iptables}
  nodes:
    - {name: master, ip: 172.31.7.91, role: control-plane}`;

/** kube-dns with only its `dns` port: the two service ports the hand-built netfilter fixture holds. */
const KUBE_DNS_DNS_ONLY = `apiVersion: v1
kind: Service
metadata: {name: kube-dns, namespace: kube-system, labels: {k8s-app: kube-dns}}
spec:
  clusterIP: 10.96.0.10
  selector: {k8s-app: kube-dns}
  ports: [{name: dns, port: 53, protocol: UDP, targetPort: 53}]`;

/** The real node had no nfacct counters (its KUBE-FORWARD INVALID rule has no `-m nfacct`). */
const REAL_NODE = { nfacct: false } as const;

const chainOf = (line: string): string => line.split(' ')[1] ?? '';

describe('REFERENCE §1.9: the real kubeadm + Flannel node, from manifests', () => {
  const cluster = clusterFromYaml(CLUSTER);
  const { ruleset } = runNode(cluster, 'master', REAL_NODE);
  const nat = saveLines(ruleset, 'nat');

  it('builds the cluster without diagnostics', () => {
    expect(cluster.diagnostics).toEqual([]);
  });

  it('reproduces the real nat excerpt line for line, in order', () => {
    const excerpt = lines(natExcerpt);
    const chains = new Set(excerpt.map(chainOf));
    // The excerpt leaves out kube-dns:dns-tcp and kube-dns:metrics and KUBE-SEP-YIL6JZP7A3QYXJU2's rules.
    const omitted =
      /kube-dns:dns-tcp|kube-dns:metrics|KUBE-SVC-ERIFXISQEP7F7OF4|KUBE-SVC-JD5MR3NA4I4DYORP|-A KUBE-SEP-YIL6JZP7A3QYXJU2 /;
    const shown = nat.filter(
      (line) => line.startsWith('-A ') && chains.has(chainOf(line)) && !omitted.test(line),
    );
    expect(shown).toEqual(excerpt);
  });
});

describe('the same node with kube-dns:dns only, against the whole hand-built dump', () => {
  const cluster = clusterFromYaml(CLUSTER, KUBE_DNS_DNS_ONLY);
  const { ruleset } = runNode(cluster, 'master', REAL_NODE);

  it('matches every line kubelet and kube-proxy own (the flannel lines are the CNI’s)', () => {
    const notFlannel = (line: string): boolean => !/FLANNEL-/.test(line);
    const expected = lines(wholeSave).filter(notFlannel);
    expect(saveLines(ruleset)).toEqual(expected);
  });

  it('writes the restore batch kube-proxy writes, in its own spelling and order', () => {
    const restore = renderIptablesRestore(ruleset, { tables: ['filter', 'nat'], installedBy: 'kube-proxy' });
    expect(restore.map((line) => line.text)).toEqual(lines(kubeProxyRestore));
  });
});
