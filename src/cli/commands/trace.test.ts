import { describe, expect, it } from 'vitest';
import { UsageError } from '../io.ts';
import { traceCommand } from './trace.ts';

function run(...args: string[]): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const status = traceCommand.run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  if (typeof status !== 'number') throw new Error('trace runs synchronously');
  return { status, stdout, stderr };
}

const SEED = 'src/scenarios/cross-node-service';

describe('packetwalk trace', () => {
  it('prints the JSON contract: verdict, destination, flat steps with packet and outer, reply', () => {
    const { status, stdout } = run(
      SEED,
      '--from',
      'client',
      '--to',
      'svc/default/web:80',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as {
      verdict: string;
      destination: { pod: string; port: number };
      dns: unknown[];
      steps: {
        kind: string;
        node: string | null;
        rule: string | null;
        packet: { outer: { vni: number } | null };
      }[];
      reply: { verdict: string };
    };
    expect(json.verdict).toBe('delivered');
    expect(json.destination.pod).toMatch(/^default\/web-/);
    expect(json.dns).toEqual([]);
    expect(json.steps.find((s) => s.kind === 'encap')?.packet.outer?.vni).toBe(1);
    expect(json.steps[json.steps.length - 1]?.kind).toBe('deliver');
    expect(json.reply.verdict).toBe('delivered');
  });

  it('prints a readable hop list, the same for the same seed', () => {
    const a = run(SEED, '--from', 'client', '--to', 'svc/default/web:80', '--seed', '3');
    const b = run(SEED, '--from', 'client', '--to', 'svc/default/web:80', '--seed', '3');
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('flannel.1 wraps the frame in VXLAN');
    expect(a.stdout).toContain('conntrack -L:');
  });

  it('walks --connections 3 from one client in one session and lists where each went (JSON)', () => {
    const { status, stdout } = run(
      SEED,
      '--from',
      'client',
      '--to',
      'svc/default/web:80',
      '--connections',
      '3',
      '--seed',
      '5',
      '--format',
      'json',
    );
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as {
      verdict: string;
      destination: { pod: string };
      steps: unknown[];
      connections: { seed: number; destination: { pod: string } | null; verdict: string }[];
    };
    expect(json.connections.map((c) => c.seed)).toEqual([5, 6, 7]);
    expect(json.connections.every((c) => c.verdict === 'delivered')).toBe(true);
    expect(json.connections.every((c) => /^default\/web-/.test(c.destination?.pod ?? ''))).toBe(true);
    // The first connection is the full trace printed above the list.
    expect(json.connections[0]?.destination?.pod).toBe(json.destination.pod);
    expect(json.steps.length).toBeGreaterThan(0);
  });

  it('prints one line per connection after the hop list (text), and nothing extra for one', () => {
    const one = run(SEED, '--from', 'client', '--to', 'svc/default/web:80');
    const three = run(SEED, '--from', 'client', '--to', 'svc/default/web:80', '--connections', '3');
    expect(three.stdout.startsWith(one.stdout)).toBe(true);
    const lines = three.stdout.slice(one.stdout.length).trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((l) => /seed (\d+)/.exec(l)?.[1])).toEqual(['1', '2', '3']);
    expect(one.stdout).not.toContain('connections from');
  });

  it('rejects --connections 0 as a usage error', () => {
    expect(() => run(SEED, '--from', 'client', '--to', '10.0.0.1:80', '--connections', '0')).toThrow(
      UsageError,
    );
  });

  it('rejects a missing --from as a usage error', () => {
    expect(() => run(SEED, '--to', '10.0.0.1:80')).toThrow(UsageError);
  });
});
