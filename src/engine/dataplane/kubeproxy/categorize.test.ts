/** `CategorizeEndpoints` (pkg/proxy/topology.go), table-driven like upstream's TestCategorizeEndpoints. */
import { describe, expect, it } from 'vitest';
import type { IPv4, ServiceModel } from '../../cluster/types.ts';
import { categorizeEndpoints } from './categorize.ts';
import type { KubeProxyEndpoint, ServicePortInfo } from './servicePorts.ts';

type Conditions = 'ready' | 'serving-terminating' | 'terminating';

function ep(last: number, conditions: Conditions, local: boolean): KubeProxyEndpoint {
  const ip = `10.244.0.${last}` as IPv4;
  return {
    ip,
    port: 80,
    key: `${ip}:80`,
    ready: conditions === 'ready',
    serving: conditions !== 'terminating',
    terminating: conditions !== 'ready',
    local,
  };
}

function port(
  policy: { iTP?: 'Local'; eTP?: 'Local'; external?: boolean },
  endpoints: KubeProxyEndpoint[],
): ServicePortInfo {
  const externallyAccessible = policy.external ?? false;
  return {
    service: {} as unknown as ServiceModel,
    namespace: 'ns',
    name: 'svc',
    portName: '',
    nameString: 'ns/svc',
    protocol: 'tcp',
    clusterIP: '10.96.0.100' as IPv4,
    port: 80,
    nodePort: externallyAccessible ? 30000 : 0,
    externalIPs: [],
    loadBalancerVIPs: [],
    loadBalancerSourceRanges: [],
    healthCheckNodePort: 0,
    externallyAccessible,
    externalPolicyLocal: externallyAccessible && policy.eTP === 'Local',
    internalPolicyLocal: policy.iTP === 'Local',
    endpoints,
  };
}

const keys = (list: readonly KubeProxyEndpoint[]): string[] => list.map((e) => e.ip.split('.')[3] ?? '');

describe('categorizeEndpoints', () => {
  it.each([
    {
      name: 'Cluster policy uses every ready endpoint',
      svc: port({}, [ep(1, 'ready', true), ep(2, 'ready', false), ep(3, 'serving-terminating', false)]),
      cluster: ['1', '2'],
      local: [],
      reachable: ['1', '2'],
      any: true,
    },
    {
      name: 'Cluster policy falls back to serving-terminating endpoints when none is ready',
      svc: port({}, [ep(1, 'serving-terminating', false), ep(2, 'terminating', false)]),
      cluster: ['1'],
      local: [],
      reachable: ['1'],
      any: true,
    },
    {
      name: 'no usable endpoint at all',
      svc: port({}, [ep(1, 'terminating', true)]),
      cluster: [],
      local: [],
      reachable: [],
      any: false,
    },
    {
      name: 'internalTrafficPolicy Local uses only this node’s ready endpoints',
      svc: port({ iTP: 'Local' }, [ep(1, 'ready', true), ep(2, 'ready', false)]),
      cluster: [],
      local: ['1'],
      reachable: ['1'],
      any: true,
    },
    {
      name: 'internalTrafficPolicy Local with endpoints only elsewhere still has endpoints',
      svc: port({ iTP: 'Local' }, [ep(2, 'ready', false)]),
      cluster: [],
      local: [],
      reachable: [],
      any: true,
    },
    {
      name: 'externalTrafficPolicy Local keeps the cluster list for the short circuit',
      svc: port({ eTP: 'Local', external: true }, [ep(1, 'ready', true), ep(2, 'ready', false)]),
      cluster: ['1', '2'],
      local: ['1'],
      reachable: ['1', '2'],
      any: true,
    },
    {
      name: 'Local falls back to local serving-terminating endpoints, merged with the cluster list',
      svc: port({ eTP: 'Local', external: true }, [
        ep(1, 'serving-terminating', true),
        ep(2, 'ready', false),
      ]),
      cluster: ['2'],
      local: ['1'],
      reachable: ['2', '1'],
      any: true,
    },
  ])('$name', ({ svc, cluster, local, reachable, any }) => {
    const result = categorizeEndpoints(svc);
    expect(keys(result.clusterEndpoints)).toEqual(cluster);
    expect(keys(result.localEndpoints)).toEqual(local);
    expect(keys(result.allReachableEndpoints)).toEqual(reachable);
    expect(result.hasAnyEndpoints).toBe(any);
  });
});
