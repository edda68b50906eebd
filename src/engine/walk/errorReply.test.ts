import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, createDataplane } from '../index.ts';
import { stepsOf, walkIn } from './testkit.ts';
import { trace } from './trace.ts';
import type { L4Protocol, Trace } from './types.ts';

const FLANNEL = 'scenarios/cross-node-service';
const NODEPORT = 'engine/walk/__fixtures__/nodeport';

/** Services in front of the web pods on ports their containers do not listen on. */
const CLOSED = `---
apiVersion: v1
kind: Service
metadata: {name: web-closed, namespace: default}
spec:
  selector: {app: web}
  ports:
    - {name: tcp, port: 80, targetPort: 9999, protocol: TCP}
    - {name: udp, port: 53, targetPort: 5353, protocol: UDP}
`;

function walkWithClosedService(to: string, protocol: L4Protocol): Trace {
  const dir = new URL(`../../${FLANNEL}/`, import.meta.url).pathname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  const cluster = analyze([...files, { name: 'closed.yaml', text: CLOSED }]).cluster;
  return trace(cluster, createDataplane(cluster), { from: 'client', to, protocol, seed: 1 });
}

function serviceIp(t: Trace): string | undefined {
  return stepsOf(t.steps, 'socket-send')[0]?.packet.dst;
}

describe('the answer to a failed connection is walked back to the client', () => {
  it('connection refused: the RST comes back from the Service IP', () => {
    const t = walkWithClosedService('svc/default/web-closed:80', 'tcp');
    expect(t).toMatchObject({ verdict: 'refused', reason: 'no-listener' });
    const back = t.reply?.steps ?? [];
    expect(t.reply?.verdict).toBe('delivered');
    expect(back[0]).toMatchObject({ kind: 'socket-send', explain: { key: 'walk.socket-send.reset' } });
    expect(back[0]?.packet).toMatchObject({ sport: 9999, flags: 'R.' });
    expect(stepsOf(back, 'conntrack').map((s) => s.explain.key)).toContain('walk.conntrack.reverseNat');
    const last = back.at(-1);
    expect(last?.explain.key).toBe('walk.deliver.reset');
    expect(last?.packet).toMatchObject({ src: serviceIp(t), sport: 80, dst: '10.244.1.2', flags: 'R.' });
  });

  it('connection refused over UDP: the ICMP port unreachable quotes the Service address by the time it arrives', () => {
    const t = walkWithClosedService('svc/default/web-closed:53', 'udp');
    expect(t.verdict).toBe('refused');
    const last = t.reply?.steps.at(-1);
    expect(last?.explain.key).toBe('walk.deliver.icmpError');
    expect(last?.packet).toMatchObject({ src: serviceIp(t), dst: '10.244.1.2', protocol: 'icmp' });
    expect(last?.packet.payload).toMatchObject({
      kind: 'icmp-error',
      quoted: { protocol: 'udp', src: '10.244.1.2', dst: serviceIp(t), dport: 53 },
    });
  });

  it("no endpoints: the REJECT's ICMP port unreachable reaches the client", () => {
    const t = walkIn(NODEPORT, 'web', 'svc/default/empty:80');
    expect(t).toMatchObject({ verdict: 'rejected', reason: 'no-endpoints' });
    const rejecting = t.steps.at(-1);
    const back = t.reply?.steps ?? [];
    expect(t.reply?.verdict).toBe('delivered');
    expect(back[0]).toMatchObject({ kind: 'socket-send', explain: { key: 'walk.socket-send.icmpError' } });
    expect(back[0]?.at).toMatchObject({ node: rejecting?.at.node, netns: 'host' });
    const last = back.at(-1);
    expect(last?.explain.key).toBe('walk.deliver.icmpError');
    expect(last?.packet).toMatchObject({
      protocol: 'icmp',
      flags: 'port-unreachable',
      dst: rejecting?.packet.src,
    });
    expect(last?.packet.payload).toMatchObject({
      kind: 'icmp-error',
      quoted: { protocol: 'tcp', dst: rejecting?.packet.dst, dport: 80 },
    });
  });
});
