import { describe, expect, it } from 'vitest';
import { editClusterDocument } from './clusterDocument.ts';

const CLUSTER = `# My lab cluster
apiVersion: packetwalk.dev/v1alpha1
kind: Cluster
metadata:
  name: lab
spec:
  cni:
    plugin: flannel   # the default overlay
    mode: vxlan
  kubeProxy:
    mode: iptables
  nodes:
    - {name: master, ip: 192.168.1.10, role: control-plane}
`;

const APP = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports: [{port: 80}]
`;

describe('editing the Cluster document from the toolbar', () => {
  it('changes the kube-proxy mode in place, keeping comments and the rest of the file', () => {
    const files = [{ name: 'cluster.yaml', text: CLUSTER }];
    const [out] = editClusterDocument(files, [{ path: ['kubeProxy', 'mode'], value: 'ipvs' }]);
    expect(out?.text).toBe(CLUSTER.replace('    mode: iptables', '    mode: ipvs'));
  });

  it('switches the CNI plugin and mode together', () => {
    const files = [{ name: 'cluster.yaml', text: CLUSTER }];
    const [out] = editClusterDocument(files, [
      { path: ['cni', 'plugin'], value: 'calico' },
      { path: ['cni', 'mode'], value: 'ipip' },
    ]);
    expect(out?.text).toContain('plugin: calico   # the default overlay');
    expect(out?.text).toContain('    mode: ipip\n');
    expect(out?.text).toContain('# My lab cluster');
  });

  it('finds the Cluster document among others in a multi-document file and leaves the others untouched', () => {
    const text = `${APP}---\n${CLUSTER}---\n${APP}`;
    const [out] = editClusterDocument(
      [{ name: 'all.yaml', text }],
      [{ path: ['kubeProxy', 'mode'], value: 'nftables' }],
    );
    expect(out?.text).toBe(`${APP}---\n${CLUSTER.replace('mode: iptables', 'mode: nftables')}---\n${APP}`);
  });

  it('edits the file that holds the Cluster document, not the first one', () => {
    const files = [
      { name: 'app.yaml', text: APP },
      { name: 'cluster.yaml', text: CLUSTER },
    ];
    const out = editClusterDocument(files, [{ path: ['kubeProxy', 'mode'], value: 'ipvs' }]);
    expect(out[0]).toBe(files[0]);
    expect(out[1]?.text).toContain('mode: ipvs');
  });

  it('adds a Cluster document at the top of the first file when there is none', () => {
    const files = [{ name: 'app.yaml', text: APP }];
    const [out] = editClusterDocument(files, [{ path: ['kubeProxy', 'mode'], value: 'ipvs' }]);
    expect(out?.text).toBe(
      `apiVersion: packetwalk.dev/v1alpha1\nkind: Cluster\nmetadata:\n  name: packetwalk\nspec:\n  kubeProxy:\n    mode: ipvs\n---\n${APP}`,
    );
  });

  it('returns the same files when the value is already set', () => {
    const files = [{ name: 'cluster.yaml', text: CLUSTER }];
    expect(editClusterDocument(files, [{ path: ['kubeProxy', 'mode'], value: 'iptables' }])).toBe(files);
  });

  it('ignores a Cluster document of another API group (Cluster API) and adds its own', () => {
    const capi = 'apiVersion: cluster.x-k8s.io/v1beta1\nkind: Cluster\nmetadata:\n  name: capi\n';
    const [out] = editClusterDocument(
      [{ name: 'a.yaml', text: capi }],
      [{ path: ['cni', 'plugin'], value: 'cilium' }],
    );
    expect(out?.text.endsWith(`---\n${capi}`)).toBe(true);
    expect(out?.text).toContain('apiVersion: packetwalk.dev/v1alpha1');
  });
});
