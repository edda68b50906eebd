import { describe, expect, it } from 'vitest';
import { build, deployment, diagnostics, endpointsOf, podsOf, service } from './testkit.ts';

const INGRESS = (spec: string): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec: ${spec}\n---\n`;

describe('system components', () => {
  const c = build(deployment('web'));

  it('the kubernetes Service: https 443 → 6443 on the control-plane node, not local to any node', () => {
    const s = service(c, 'default/kubernetes');
    expect([s.clusterIP, s.selector, s.ports, s.provenance]).toEqual([
      '10.96.0.1',
      undefined,
      [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
      { from: 'system', component: 'kube-apiserver' },
    ]);
    expect(endpointsOf(c, 'default/kubernetes')).toEqual(['192.168.1.10:6443/TCP']);
    expect(
      c.endpointSlices.find((x) => x.service === 'default/kubernetes')?.endpoints[0]?.nodeName,
    ).toBeUndefined();
  });

  it('CoreDNS: a 2-replica coredns Deployment labelled k8s-app=kube-dns behind kube-dns (dns 53/UDP, dns-tcp 53/TCP, metrics 9153/TCP)', () => {
    const dns = podsOf(c, 'kube-system', 'coredns-');
    expect(dns).toHaveLength(2);
    expect(dns.every((p) => p.labels['k8s-app'] === 'kube-dns' && p.dnsPolicy === 'Default')).toBe(true);
    expect(service(c, 'kube-system/kube-dns').ports.map((p) => [p.name, p.port, p.protocol])).toEqual([
      ['dns', 53, 'UDP'],
      ['dns-tcp', 53, 'TCP'],
      ['metrics', 9153, 'TCP'],
    ]);
    expect(endpointsOf(c, 'kube-system/kube-dns')).toEqual([
      '10.244.0.2:53/UDP',
      '10.244.0.2:53/TCP',
      '10.244.0.2:9153/TCP',
      '10.244.0.3:53/UDP',
      '10.244.0.3:53/TCP',
      '10.244.0.3:9153/TCP',
    ]);
  });

  it('adds no ingress controller when there is no Ingress', () => {
    expect(c.services.some((s) => s.namespace === 'ingress-nginx')).toBe(false);
    expect(c.ingressClasses).toEqual([]);
  });

  it('is not added again when the manifests carry it', () => {
    const own =
      build(`${deployment('coredns', { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, replicas: 1 })}---
apiVersion: v1
kind: Service
metadata: {name: kube-dns, namespace: kube-system}
spec: {clusterIP: 10.96.0.10, selector: {k8s-app: kube-dns}, ports: [{name: dns, port: 53, protocol: UDP}]}
`);
    expect(podsOf(own, 'kube-system', 'coredns-')).toHaveLength(1);
    expect(service(own, 'kube-system/kube-dns').ports).toHaveLength(1);
    expect(service(own, 'kube-system/kube-dns').provenance.from).toBe('manifest');
  });

  it('an Ingress brings ingress-nginx: a controller Deployment behind a LoadBalancer Service, and IngressClass nginx', () => {
    const w = build(
      deployment('web') +
        '---\n' +
        INGRESS(
          '{rules: [{host: shop.example, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]}',
        ) +
        'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n',
    );
    const ctl = service(w, 'ingress-nginx/ingress-nginx-controller');
    expect([
      ctl.type,
      ctl.externalTrafficPolicy,
      ctl.ports.map((p) => [p.name, p.port, p.targetPort]),
    ]).toEqual([
      'LoadBalancer',
      'Local',
      [
        ['http', 80, 'http'],
        ['https', 443, 'https'],
      ],
    ]);
    expect(podsOf(w, 'ingress-nginx', 'ingress-nginx-controller-')).toHaveLength(1);
    expect(w.ingressClasses).toEqual([
      {
        name: 'nginx',
        controller: 'k8s.io/ingress-nginx',
        isDefault: true,
        provenance: { from: 'system', component: 'ingress-nginx' },
      },
    ]);
    expect(w.ingresses[0]).toMatchObject({
      className: 'nginx',
      servedBy: 'ingress-nginx/ingress-nginx-controller',
    });
    expect(w.namespaces.map((n) => n.name)).toContain('ingress-nginx');
    expect(w.diagnostics).toEqual([]);
  });
});

describe('namespaces', () => {
  it('every namespace carries kubernetes.io/metadata.name; undeclared ones are created with PW119 (info)', () => {
    const c = build(
      `apiVersion: v1\nkind: Namespace\nmetadata: {name: shop, labels: {team: a}}\n---\n${deployment('api', { namespace: 'billing' })}`,
    );
    expect(c.namespaces.map((n) => [n.name, n.labels])).toEqual([
      ['billing', { 'kubernetes.io/metadata.name': 'billing' }],
      ['default', { 'kubernetes.io/metadata.name': 'default' }],
      ['kube-node-lease', { 'kubernetes.io/metadata.name': 'kube-node-lease' }],
      ['kube-public', { 'kubernetes.io/metadata.name': 'kube-public' }],
      ['kube-system', { 'kubernetes.io/metadata.name': 'kube-system' }],
      ['shop', { team: 'a', 'kubernetes.io/metadata.name': 'shop' }],
    ]);
    expect(diagnostics(c, 'PW119').map((d) => [d.severity, d.params])).toEqual([
      ['info', { namespace: 'billing' }],
    ]);
    expect(c.namespaces[0]?.provenance).toMatchObject({
      from: 'implied',
      objectId: 'Deployment/billing/api',
    });
  });
});
