import { describe, expect, it } from 'vitest';
import { pickSlot, staticBandSize } from './alloc.ts';
import { build, deployment, diagnostics, service } from './testkit.ts';

const svc = (spec: string, name = 'web', extra = ''): string =>
  `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\nspec: ${spec}\n${extra}---\n${deployment('web', { ports: '[{name: http, containerPort: 8080}]' })}---\n`;

describe('allocators', () => {
  it.each([
    ['a /12 Service range reserves 256 static addresses', 1048576, 16, 256, 16, 256],
    ['a /24 Service range reserves 16', 256, 16, 256, 16, 16],
    ['a /28 is too small for a static band', 16, 16, 256, 16, 0],
    ['the default NodePort range reserves 86 ports', 2768, 16, 128, 32, 86],
  ])('%s', (_name, size, min, max, step, expected) => {
    expect(staticBandSize(size, min, max, step)).toBe(expected);
  });
  it('probes past taken slots and falls back to the static band when the dynamic band is full', () => {
    const taken = new Set([5, 6, 7, 8, 9]);
    expect(pickSlot('k', 10, 5, (i) => !taken.has(i))).toBe(0);
    expect(pickSlot('k', 10, 5, () => false)).toBeUndefined();
  });
});

describe('Services', () => {
  it('an explicit clusterIP is honoured; others are allocated deterministically above the static band', () => {
    const c = build(
      svc('{clusterIP: 10.96.0.50, selector: {app: web}, ports: [{port: 80}]}') +
        'apiVersion: v1\nkind: Service\nmetadata: {name: other}\nspec: {selector: {app: web}, ports: [{port: 81}]}\n',
    );
    expect(service(c, 'default/web').clusterIP).toBe('10.96.0.50');
    const other = service(c, 'default/other').clusterIP ?? '';
    expect(other).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\./);
    expect(other.startsWith('10.96.0.')).toBe(false);
    expect(
      build(
        'apiVersion: v1\nkind: Service\nmetadata: {name: other}\nspec: {selector: {app: web}, ports: [{port: 81}]}\n',
      ).services.find((s) => s.name === 'other')?.clusterIP,
    ).toBe(other);
  });

  it('a clusterIP outside the Service CIDR is PW107 (error) but kept', () => {
    const c = build(svc('{clusterIP: 10.200.0.5, selector: {app: web}, ports: [{port: 80}]}'));
    expect(service(c, 'default/web').clusterIP).toBe('10.200.0.5');
    expect(diagnostics(c, 'PW107')[0]).toMatchObject({
      severity: 'error',
      params: { name: 'default/web', ip: '10.200.0.5', cidr: '10.96.0.0/12' },
    });
  });

  it('two Services asking for one clusterIP: the second is PW109 and gets another', () => {
    const c = build(
      svc('{clusterIP: 10.96.0.50, selector: {app: web}, ports: [{port: 80}]}') +
        'apiVersion: v1\nkind: Service\nmetadata: {name: zz}\nspec: {clusterIP: 10.96.0.50, ports: [{port: 81}]}\n',
    );
    expect(diagnostics(c, 'PW109')[0]?.params).toEqual({
      ip: '10.96.0.50',
      first: 'Service default/web',
      second: 'Service default/zz',
    });
    expect(service(c, 'default/zz').clusterIP).not.toBe('10.96.0.50');
  });

  it('a NodePort Service gets an allocated nodePort in 30000–32767, above the static band', () => {
    const c = build(svc('{type: NodePort, selector: {app: web}, ports: [{port: 80, targetPort: http}]}'));
    const np = service(c, 'default/web').ports[0]?.nodePort ?? 0;
    expect(np).toBeGreaterThanOrEqual(30086);
    expect(np).toBeLessThanOrEqual(32767);
  });

  it('an explicit nodePort outside the range is honoured with PW108 (warning)', () => {
    const c = build(svc('{type: NodePort, selector: {app: web}, ports: [{port: 80, nodePort: 8080}]}'));
    expect(service(c, 'default/web').ports[0]?.nodePort).toBe(8080);
    expect(diagnostics(c, 'PW108')[0]).toMatchObject({
      severity: 'warning',
      params: { name: 'default/web', nodePort: 8080, range: '30000-32767' },
    });
  });

  it('one nodePort on two Services is PW127', () => {
    const c = build(
      svc('{type: NodePort, selector: {app: web}, ports: [{port: 80, nodePort: 30080}]}') +
        'apiVersion: v1\nkind: Service\nmetadata: {name: b}\nspec: {type: NodePort, ports: [{port: 81, nodePort: 30080}]}\n',
    );
    expect(diagnostics(c, 'PW127')[0]?.params).toEqual({
      nodePort: 30080,
      protocol: 'TCP',
      first: 'Service default/b',
      second: 'Service default/web',
    });
  });

  it('TCP and UDP on the same service port share one allocated nodePort', () => {
    const c = build(
      svc(
        '{type: NodePort, selector: {app: web}, ports: [{name: dns, port: 53, protocol: UDP}, {name: dns-tcp, port: 53, protocol: TCP}]}',
      ),
    );
    const [udp, tcp] = service(c, 'default/web').ports;
    expect(udp?.nodePort).toBeDefined();
    expect(tcp?.nodePort).toBe(udp?.nodePort);
  });

  it('a LoadBalancer without status gets an address from 198.51.100.0/24 and a modelled cloud load balancer', () => {
    const c = build(svc('{type: LoadBalancer, selector: {app: web}, ports: [{port: 80, targetPort: http}]}'));
    const s = service(c, 'default/web');
    expect(s.loadBalancerIPs).toEqual(['198.51.100.1']);
    expect(c.loadBalancers).toEqual([
      {
        service: 'default/web',
        ips: ['198.51.100.1'],
        ipSource: 'allocated',
        ports: [{ port: 80, protocol: 'TCP', nodePort: s.ports[0]?.nodePort }],
        targetNodes: ['master', 'worker-1'],
        healthyNodes: ['master', 'worker-1'],
        sourceRanges: [],
      },
    ]);
  });

  it('externalTrafficPolicy Local gets a healthCheckNodePort and only nodes with a local endpoint pass the health check', () => {
    const c = build(
      svc(
        '{type: LoadBalancer, externalTrafficPolicy: Local, loadBalancerSourceRanges: [203.0.113.0/24], selector: {app: web}, ports: [{port: 80}]}',
      ),
    );
    const s = service(c, 'default/web');
    expect(s.externalTrafficPolicy).toBe('Local');
    expect(s.healthCheckNodePort).toBeGreaterThanOrEqual(30000);
    expect(s.loadBalancerSourceRanges).toEqual(['203.0.113.0/24']);
    expect(c.loadBalancers[0]?.healthyNodes).toEqual(['worker-1']);
    expect(c.loadBalancers[0]?.healthCheckNodePort).toBe(s.healthCheckNodePort);
  });

  it('an explicit healthCheckNodePort is honoured', () => {
    const c = build(
      svc(
        '{type: LoadBalancer, externalTrafficPolicy: Local, healthCheckNodePort: 32000, selector: {app: web}, ports: [{port: 80}]}',
      ),
    );
    expect(service(c, 'default/web').healthCheckNodePort).toBe(32000);
  });

  it('ExternalName has no clusterIP, no endpoints and a CNAME', () => {
    const c = build(
      'apiVersion: v1\nkind: Service\nmetadata: {name: ext}\nspec: {type: ExternalName, externalName: db.example.com}\n',
    );
    const s = service(c, 'default/ext');
    expect([s.type, s.clusterIP, s.externalName, s.endpointSource]).toEqual([
      'ExternalName',
      undefined,
      'db.example.com',
      'none',
    ]);
    expect(c.endpointSlices.filter((x) => x.service === 'default/ext')).toEqual([]);
  });

  it('headless (clusterIP: None) has no virtual IP', () => {
    const c = build(svc('{clusterIP: None, selector: {app: web}, ports: [{port: 80}]}'));
    expect([service(c, 'default/web').headless, service(c, 'default/web').clusterIP]).toEqual([
      true,
      undefined,
    ]);
  });

  it('externalIPs, internalTrafficPolicy and ClientIP session affinity with its timeout are carried', () => {
    const c = build(
      svc(
        '{externalIPs: [192.168.1.11], internalTrafficPolicy: Local, sessionAffinity: ClientIP, sessionAffinityConfig: {clientIP: {timeoutSeconds: 600}}, selector: {app: web}, ports: [{port: 80}]}',
      ),
    );
    const s = service(c, 'default/web');
    expect([s.externalIPs, s.internalTrafficPolicy, s.sessionAffinity]).toEqual([
      ['192.168.1.11'],
      'Local',
      { type: 'ClientIP', timeoutSeconds: 600 },
    ]);
  });

  it('ClientIP affinity without a timeout uses the 3-hour default', () => {
    const c = build(svc('{sessionAffinity: ClientIP, selector: {app: web}, ports: [{port: 80}]}'));
    expect(service(c, 'default/web').sessionAffinity).toEqual({ type: 'ClientIP', timeoutSeconds: 10800 });
  });

  it('targetPort defaults to port, and keeps a name as a name', () => {
    const c = build(
      svc(
        '{selector: {app: web}, ports: [{name: a, port: 80}, {name: b, port: 81, targetPort: http}, {name: c, port: 82, targetPort: 9000, protocol: UDP}]}',
      ),
    );
    expect(service(c, 'default/web').ports.map((p) => [p.port, p.targetPort, p.protocol])).toEqual([
      [80, 80, 'TCP'],
      [81, 'http', 'TCP'],
      [82, 9000, 'UDP'],
    ]);
  });
});
