import { describe, expect, it } from 'vitest';
import { build, deployment, diagnostics, endpointsOf, service } from './testkit.ts';

const SERVICE = (spec: string, name = 'web', ns = 'default'): string =>
  `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}, namespace: ${ns}}\nspec: ${spec}\n---\n`;

const POD = (name: string, labels: string, status = '', extra = ''): string => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, labels: ${labels}${extra}}
spec: {nodeName: worker-1, containers: [{name: c, image: x, ports: [{name: http, containerPort: 8080}]}]}
${status}---
`;

describe('EndpointSlices derived from a selector', () => {
  it('ready, serving and terminating follow the pod: Ready, not Ready, and being deleted', () => {
    const c = build(
      SERVICE('{selector: {app: web}, ports: [{port: 80, targetPort: http}]}') +
        POD(
          'ready',
          '{app: web}',
          'status: {phase: Running, podIP: 10.244.1.10, conditions: [{type: Ready, status: "True"}]}\n',
        ) +
        POD(
          'unready',
          '{app: web}',
          'status: {phase: Running, podIP: 10.244.1.11, conditions: [{type: Ready, status: "False"}]}\n',
        ) +
        POD(
          'leaving',
          '{app: web}',
          'status: {phase: Running, podIP: 10.244.1.12, conditions: [{type: Ready, status: "True"}]}\n',
          ', deletionTimestamp: "2024-01-01T00:00:00Z"',
        ) +
        POD('done', '{app: web}', 'status: {phase: Succeeded, podIP: 10.244.1.13}\n'),
    );
    const slices = c.endpointSlices.filter((s) => s.service === 'default/web');
    expect(slices).toHaveLength(1);
    expect(slices[0]?.managedBy).toBe('endpointslice-controller.k8s.io');
    expect(slices[0]?.ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
    expect(slices[0]?.endpoints.map((e) => [e.addresses[0], e.conditions, e.nodeName, e.targetRef])).toEqual([
      ['10.244.1.10', { ready: true, serving: true, terminating: false }, 'worker-1', 'default/ready'],
      ['10.244.1.11', { ready: false, serving: false, terminating: false }, 'worker-1', 'default/unready'],
      ['10.244.1.12', { ready: false, serving: true, terminating: true }, 'worker-1', 'default/leaving'],
    ]);
  });

  it('publishNotReadyAddresses makes every endpoint ready', () => {
    const c = build(
      SERVICE('{publishNotReadyAddresses: true, selector: {app: web}, ports: [{port: 80}]}') +
        POD(
          'unready',
          '{app: web}',
          'status: {phase: Running, podIP: 10.244.1.11, conditions: [{type: Ready, status: "False"}]}\n',
        ),
    );
    expect(endpointsOf(c, 'default/web')).toEqual(['10.244.1.11:80/TCP']);
  });

  it('a named targetPort resolves per pod, by name and protocol; pods that resolve it differently get separate slices', () => {
    const c = build(
      SERVICE('{selector: {app: web}, ports: [{name: web, port: 80, targetPort: http}]}') +
        POD('a', '{app: web}') +
        'apiVersion: v1\nkind: Pod\nmetadata: {name: b, labels: {app: web}}\nspec: {nodeName: worker-1, containers: [{name: c, image: x, ports: [{name: http, containerPort: 9000}]}]}\n',
    );
    const slices = c.endpointSlices.filter((s) => s.service === 'default/web');
    expect(slices.map((s) => [s.ports, s.endpoints.map((e) => e.targetRef)])).toEqual(
      expect.arrayContaining([
        [[{ name: 'web', port: 8080, protocol: 'TCP' }], ['default/a']],
        [[{ name: 'web', port: 9000, protocol: 'TCP' }], ['default/b']],
      ]),
    );
    expect(slices).toHaveLength(2);
  });

  it('a targetPort name no container declares is PW113, and the endpoints carry no port for it', () => {
    const c = build(
      SERVICE('{selector: {app: web}, ports: [{name: web, port: 80, targetPort: web-port}]}') +
        POD('a', '{app: web}'),
    );
    expect(diagnostics(c, 'PW113')[0]).toMatchObject({
      severity: 'warning',
      params: { name: 'web', port: 'web', targetPort: 'web-port', protocol: 'TCP' },
    });
    expect(c.endpointSlices.find((s) => s.service === 'default/web')?.ports).toEqual([]);
  });

  it('a named port declared with another protocol is PW114', () => {
    const c = build(
      SERVICE('{selector: {app: web}, ports: [{name: web, port: 80, protocol: UDP, targetPort: http}]}') +
        POD('a', '{app: web}'),
    );
    expect(diagnostics(c, 'PW114')[0]?.params).toEqual({
      name: 'web',
      port: 'web',
      targetPort: 'http',
      protocol: 'UDP',
      containerProtocol: 'TCP',
    });
  });

  it('a numeric targetPort no selected container declares is PW115, listing what they do declare', () => {
    const c = build(
      SERVICE('{selector: {app: web}, ports: [{port: 80, targetPort: 80}]}') + POD('a', '{app: web}'),
    );
    expect(diagnostics(c, 'PW115')[0]?.params).toEqual({
      name: 'web',
      port: '80',
      targetPort: '80',
      protocol: 'TCP',
      declared: '8080/TCP',
    });
    expect(endpointsOf(c, 'default/web')).toEqual(['10.244.1.2:80/TCP']);
  });

  it("a selector that matches no pod is PW101, with the nearest pod's labels (PW120)", () => {
    const c = build(
      SERVICE('{selector: {app: web, tier: frontend}, ports: [{port: 80}]}') +
        POD('a', '{app: web, tier: front}') +
        POD('b', '{app: api}'),
    );
    expect(diagnostics(c, 'PW101')[0]).toMatchObject({
      severity: 'warning',
      params: { name: 'web', namespace: 'default', selector: 'app=web,tier=frontend' },
    });
    expect(diagnostics(c, 'PW120')[0]?.params).toEqual({
      name: 'web',
      pod: 'default/a',
      missing: 'tier=frontend',
      has: 'tier=front',
    });
    expect(c.endpointSlices.filter((s) => s.service === 'default/web').map((s) => s.endpoints)).toEqual([[]]);
  });

  it('a misspelt selector value names the pod whose value is closest in spelling (PW120)', () => {
    const c = build(
      SERVICE('{selector: {app: wbe}, ports: [{port: 80}]}') +
        POD('client', '{app: client}') +
        POD('web', '{app: web}'),
    );
    expect(diagnostics(c, 'PW120')[0]?.params).toEqual({
      name: 'web',
      pod: 'default/web',
      missing: 'app=wbe',
      has: 'app=web',
    });
  });

  it('pods with the labels in another namespace: PW121 explains that a Service selects in its own namespace only', () => {
    const c = build(
      SERVICE('{selector: {app: api}, ports: [{port: 80}]}', 'api', 'front') +
        deployment('api', { namespace: 'back', labels: { app: 'api' } }),
    );
    expect(diagnostics(c, 'PW121')[0]?.params).toEqual({
      name: 'api',
      namespace: 'front',
      otherNamespace: 'back',
    });
  });
});

describe('EndpointSlices from the manifests', () => {
  it('a Service without a selector takes the EndpointSlices written for it, as given', () => {
    const c = build(`${SERVICE('{ports: [{name: pg, port: 5432}]}', 'db')}apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: db-1
  labels: {kubernetes.io/service-name: db}
addressType: IPv4
ports: [{name: pg, port: 5432, protocol: TCP}]
endpoints:
- addresses: [192.168.1.50]
  conditions: {ready: true}
- addresses: [192.168.1.51]
  conditions: {ready: false}
  nodeName: worker-1
`);
    const s = service(c, 'default/db');
    expect([s.selector, s.endpointSource]).toEqual([undefined, 'manifest']);
    const slice = c.endpointSlices.find((x) => x.service === 'default/db');
    expect(slice).toMatchObject({
      name: 'db-1',
      managedBy: 'manifest',
      ports: [{ name: 'pg', port: 5432, protocol: 'TCP' }],
    });
    expect(slice?.endpoints).toEqual([
      { addresses: ['192.168.1.50'], conditions: { ready: true, serving: true, terminating: false } },
      {
        addresses: ['192.168.1.51'],
        conditions: { ready: false, serving: true, terminating: false },
        nodeName: 'worker-1',
      },
    ]);
    expect(endpointsOf(c, 'default/db')).toEqual(['192.168.1.50:5432/TCP']);
  });

  it('an endpoint without nodeName is not local to any node', () => {
    const c =
      build(`${SERVICE('{type: LoadBalancer, externalTrafficPolicy: Local, ports: [{port: 80}]}', 'ext')}apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: ext-1, labels: {kubernetes.io/service-name: ext}}
addressType: IPv4
ports: [{port: 80}]
endpoints: [{addresses: [10.0.9.9]}]
`);
    expect(c.endpointSlices.find((s) => s.service === 'default/ext')?.endpoints[0]?.nodeName).toBeUndefined();
    expect(c.loadBalancers[0]?.healthyNodes).toEqual([]);
  });

  it('legacy Endpoints are mirrored into a slice for a selector-less Service', () => {
    const c = build(`${SERVICE('{ports: [{port: 3306}]}', 'mysql')}apiVersion: v1
kind: Endpoints
metadata: {name: mysql}
subsets:
- addresses: [{ip: 10.10.0.5}]
  notReadyAddresses: [{ip: 10.10.0.6}]
  ports: [{port: 3306}]
`);
    const slice = c.endpointSlices.find((s) => s.service === 'default/mysql');
    expect(slice?.managedBy).toBe('endpointslicemirroring-controller.k8s.io');
    expect(slice?.name).toMatch(/^mysql-[a-z0-9]{5}$/);
    expect(endpointsOf(c, 'default/mysql')).toEqual(['10.10.0.5:3306/TCP']);
  });

  it('a Service with no selector and no endpoints is PW130 (info)', () => {
    const c = build(SERVICE('{ports: [{port: 80}]}', 'lonely'));
    expect(diagnostics(c, 'PW130')[0]).toMatchObject({
      severity: 'info',
      params: { name: 'default/lonely' },
    });
    expect(service(c, 'default/lonely').endpointSource).toBe('none');
  });

  it('an EndpointSlice for a Service that does not exist is PW129 and left out', () => {
    const c = build(
      'apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: x-1, labels: {kubernetes.io/service-name: x}}\naddressType: IPv4\nendpoints: [{addresses: [10.0.0.1]}]\n',
    );
    expect(diagnostics(c, 'PW129')[0]?.params).toEqual({ name: 'default/x-1', service: 'x' });
    expect(c.endpointSlices.some((s) => s.name === 'x-1')).toBe(false);
  });

  it('controller-managed slices in a dump are taken instead of deriving new ones', () => {
    const c = build(`${SERVICE('{selector: {app: web}, ports: [{port: 80}]}')}${deployment('web')}---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: web-abcde
  labels: {kubernetes.io/service-name: web, endpointslice.kubernetes.io/managed-by: endpointslice-controller.k8s.io}
addressType: IPv4
ports: [{port: 80, protocol: TCP}]
endpoints: [{addresses: [10.244.1.77], conditions: {ready: true}, nodeName: worker-1}]
`);
    expect(c.endpointSlices.filter((s) => s.service === 'default/web').map((s) => s.name)).toEqual([
      'web-abcde',
    ]);
    expect(endpointsOf(c, 'default/web')).toEqual(['10.244.1.77:80/TCP']);
  });
});
