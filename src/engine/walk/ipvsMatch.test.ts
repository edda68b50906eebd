import { describe, expect, it } from 'vitest';
import { clusterFromYaml, pods, service, twoNodeCluster } from '../dataplane/kubeproxy/testkit.ts';
import { createDataplane } from '../index.ts';
import { trace } from './trace.ts';

describe('xt_ipvs sees the connections IPVS scheduled', () => {
  it('KUBE-IPVS-OUT-FILTER drops the node’s own connection to an LB IP its source ranges leave out', () => {
    const lb = service(
      'web',
      '10.96.60.1',
      `  type: LoadBalancer\n  loadBalancerSourceRanges: [203.0.113.0/24]\n  ports: [{port: 80, targetPort: 8080, nodePort: 30080}]\nstatus:\n  loadBalancer: {ingress: [{ip: 198.51.100.20}]}`,
    );
    const cluster = clusterFromYaml(twoNodeCluster('ipvs'), pods('web', 2), lb);
    const t = trace(cluster, createDataplane(cluster), {
      from: 'node/master',
      to: '198.51.100.20:80',
      protocol: 'tcp',
      seed: 1,
    });
    expect(t.verdict).toBe('dropped');
    const last = t.steps.at(-1);
    expect(last?.decider?.path).toContain('KUBE-IPVS-OUT-FILTER');
    expect(last?.decider?.text).toContain('-m ipvs --vproto 6 --vaddr 198.51.100.20 --vport 80 -j DROP');
  });
});
