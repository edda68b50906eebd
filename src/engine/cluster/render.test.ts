import { describe, expect, it } from 'vitest';
import { renderClusterText, renderTable, summarizeCluster } from './render.ts';
import { build, deployment } from './testkit.ts';

describe('rendering the model', () => {
  it('pads columns like kubectl', () => {
    expect(
      renderTable(
        ['NAME', 'IP'],
        [
          ['a', '10.0.0.1'],
          ['longer', '-'],
        ],
      ),
    ).toBe('NAME     IP\na        10.0.0.1\nlonger   -');
  });

  const c = build(`${deployment('web', { replicas: 2 })}---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {type: NodePort, selector: {app: web}, ports: [{port: 80, nodePort: 30080}]}
`);
  const text = renderClusterText(c);

  it('shows nodes with their IPs and pod ranges', () => {
    expect(text).toContain(
      'master     control-plane   192.168.1.10   10.244.0.0/24   node-role.kubernetes.io/control-plane:NoSchedule',
    );
    expect(text).toContain('worker-1   worker          192.168.1.11   10.244.1.0/24   <none>');
  });

  it('shows Services with their IPs, ports and endpoints', () => {
    const line = text.split('\n').find((l) => l.startsWith('default       web '));
    expect(line).toMatch(
      /NodePort\s+10\.\d+\.\d+\.\d+\s+<none>\s+80:30080\/TCP\s+10\.244\.1\.2:80,10\.244\.1\.3:80$/,
    );
    expect(text).toMatch(
      /kube-system\s+kube-dns\s+ClusterIP\s+10\.96\.0\.10\s+<none>\s+53\/UDP,53\/TCP,9153\/TCP/,
    );
  });

  it('shows pods with IPs, nodes and owners, and the DNS records', () => {
    expect(text).toMatch(/default\s+web-\S+\s+true\s+Running\s+10\.244\.1\.2\s+worker-1\s+Deployment\/web/);
    expect(text).toContain('kubernetes.default.svc.cluster.local. 30 IN A 10.96.0.1');
  });

  it('summarises the same content as JSON-friendly data', () => {
    const s = summarizeCluster(c);
    expect(s.nodes[0]).toEqual({
      name: 'master',
      role: 'control-plane',
      ip: '192.168.1.10',
      podCIDRs: ['10.244.0.0/24'],
    });
    expect(s.services.find((x) => x.service === 'default/web')).toMatchObject({
      type: 'NodePort',
      ports: '80:30080/TCP',
      endpoints: ['10.244.1.2:80', '10.244.1.3:80'],
    });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
