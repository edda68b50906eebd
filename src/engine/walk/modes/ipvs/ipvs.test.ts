import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderIpvsadm } from '../../../dataplane/kubeproxy/ipvs/renderIpvsadm.ts';
import type { NodeDataplane } from '../../../dataplane/types.ts';
import { clusterDoc, draws, podsYaml, serviceYaml, testCluster } from '../testkit.ts';
import { ipvsDecider } from './decider.ts';
import { emptyIpvsState, ipvsAnswersIcmp, ipvsLookup } from './lookup.ts';
import { wrrCycle } from './schedulers.ts';
import type { IpvsDecision, IpvsPacket, IpvsSchedulerState } from './types.ts';

function ipvsCluster(scheduler: string) {
  return testCluster(
    clusterDoc({ kubeProxy: `{mode: ipvs, scheduler: ${scheduler}}` }),
    podsYaml('web', 3, 'worker-1'),
    serviceYaml('web', '10.96.100.10', 'web'),
    serviceYaml(
      'sticky',
      '10.96.100.11',
      'web',
      '  sessionAffinity: ClientIP\n  ports: [{port: 8080, targetPort: 8080}]',
    ),
    serviceYaml('nobody', '10.96.100.12', 'nobody'),
  );
}

const rr = ipvsCluster('rr');
const node = rr.node('worker-1');
const realServerIPs = (
  node.ipvs?.virtualServers.find((vs) => vs.ip === '10.96.100.10')?.realServers ?? []
).map((rs) => rs.ip);

const to = (dst: string, dport: number, src = '10.244.1.50'): IpvsPacket => ({
  src,
  dst,
  dport,
  protocol: 'tcp',
  sport: 40000,
});

/** Sends `packets` in turn through one node, threading the scheduler state; returns the real server IPs. */
function sequence(on: NodeDataplane, packets: readonly IpvsPacket[], draw: () => number): string[] {
  let state: IpvsSchedulerState = emptyIpvsState;
  return packets.map((packet) => {
    const decision = ipvsLookup(on, packet, draw, state);
    if (decision?.kind !== 'forward') throw new Error('expected a real server');
    state = decision.state;
    return decision.realServer.ip;
  });
}

const forward = (decision: IpvsDecision | undefined) => {
  if (decision?.kind !== 'forward') throw new Error(`expected forward, got ${decision?.kind}`);
  return decision;
};

describe('IPVS evaluator', () => {
  it('IPVS rr picks real servers in turn from the seeded offset', () => {
    const picks = sequence(
      node,
      Array.from({ length: 4 }, () => to('10.96.100.10', 80)),
      draws(0.5),
    );
    expect(picks).toEqual([realServerIPs[1], realServerIPs[2], realServerIPs[0], realServerIPs[1]]);
  });

  it('IPVS rr visits every real server once in n connections, whatever the seed', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (seed) => {
        const picks = sequence(
          node,
          Array.from({ length: 3 }, () => to('10.96.100.10', 80)),
          draws(seed),
        );
        return new Set(picks).size === 3;
      }),
    );
  });

  it('IPVS forwards with Masq: the decision is a DNAT to the real server', () => {
    const decision = forward(ipvsLookup(node, to('10.96.100.10', 80), draws(0)));
    expect(decision.dnat).toEqual({ address: realServerIPs[0], port: 8080 });
    expect(decision.choice).toBe('scheduler');
    expect(decision.approximated).toBe(false);
  });

  it('IPVS ClientIP persistence keeps the same real server for one source', () => {
    let state: IpvsSchedulerState = emptyIpvsState;
    const seen: string[] = [];
    for (const draw of [0.1, 0.5, 0.9, 0.3]) {
      const decision = forward(ipvsLookup(node, to('10.96.100.11', 8080, '10.244.1.50'), draws(draw), state));
      state = decision.state;
      seen.push(decision.realServer.ip);
      if (seen.length > 1) expect(decision.choice).toBe('persistence');
    }
    expect(new Set(seen).size).toBe(1);
    const other = forward(ipvsLookup(node, to('10.96.100.11', 8080, '10.244.1.51'), draws(0), state));
    expect(other.choice).toBe('scheduler');
  });

  it('IPVS virtual server without real servers answers ICMP port unreachable and drops', () => {
    const decision = ipvsLookup(node, to('10.96.100.12', 80), draws(0));
    expect(decision?.kind).toBe('no-real-server');
    if (decision?.kind === 'no-real-server') expect(decision.response).toBe('icmp-port-unreachable');
  });

  it('IPVS has no virtual server for another port, or for ICMP', () => {
    expect(ipvsLookup(node, to('10.96.100.10', 81), draws(0))).toBeUndefined();
    expect(ipvsLookup(node, { ...to('10.96.100.10', 80), protocol: 'icmp' }, draws(0))).toBeUndefined();
  });

  it('IPVS decision ids are the refs of the ipvsadm -Ln lines', () => {
    const decision = forward(ipvsLookup(node, to('10.96.100.10', 80), draws(0)));
    const lines = renderIpvsadm(node.ipvs ?? { virtualServers: [] });
    expect(lines.find((line) => line.refs.includes(decision.vsId))?.text).toBe('TCP  10.96.100.10:80 rr');
    expect(lines.find((line) => line.refs.includes(decision.rsId))?.text).toContain(
      `-> ${realServerIPs[0]}:8080`,
    );
    expect(ipvsDecider(decision).refs).toEqual([decision.vsId, decision.rsId]);
  });

  it('IPVS ClusterIP answers ping: the VIP is a local address on kube-ipvs0', () => {
    expect(ipvsAnswersIcmp(node, '10.96.100.10')).toEqual({
      device: 'kube-ipvs0',
      address: '10.96.100.10',
      virtualAddress: true,
    });
    expect(ipvsAnswersIcmp(node, '10.96.200.200')).toBeUndefined();
  });

  it('IPVS sh sends one source to the same real server every time', () => {
    const sh = ipvsCluster('sh').node('worker-1');
    expect(sh.ipvs?.virtualServers[0]?.scheduler).toBe('sh');
    fc.assert(
      fc.property(fc.ipV4(), (src) => {
        const a = forward(ipvsLookup(sh, to('10.96.100.10', 80, src), draws(0)));
        const b = forward(ipvsLookup(sh, to('10.96.100.10', 80, src), draws(0.99), a.state));
        return a.realServer.ip === b.realServer.ip;
      }),
    );
  });

  it('IPVS dh sends every source to the same real server for one destination', () => {
    const dh = ipvsCluster('dh').node('worker-1');
    expect(dh.ipvs?.virtualServers[0]?.scheduler).toBe('dh');
    const picks = ['10.244.1.50', '10.244.0.7', '203.0.113.7'].map(
      (src) => forward(ipvsLookup(dh, to('10.96.100.10', 80, src), draws(0))).realServer.ip,
    );
    expect(new Set(picks).size).toBe(1);
  });

  it('IPVS lc and wlc with all connections idle pick the first, then the least loaded', () => {
    for (const scheduler of ['lc', 'wlc', 'sed', 'nq']) {
      const on = ipvsCluster(scheduler).node('worker-1');
      const picks = sequence(
        on,
        Array.from({ length: 3 }, () => to('10.96.100.10', 80)),
        draws(0.7),
      );
      expect(picks, scheduler).toEqual(realServerIPs);
    }
  });

  it('IPVS wrr follows the kernel weighted cycle', () => {
    expect(wrrCycle([4, 3, 2])).toEqual([0, 0, 1, 0, 1, 2, 0, 1, 2]);
    expect(wrrCycle([1, 1, 1])).toEqual([0, 1, 2]);
    expect(wrrCycle([0, 2])).toEqual([1]);
  });

  it('IPVS approximates schedulers it does not reproduce and says so', () => {
    const lblc = ipvsCluster('lblc').node('worker-1');
    expect(forward(ipvsLookup(lblc, to('10.96.100.10', 80), draws(0))).approximated).toBe(true);
  });
});
