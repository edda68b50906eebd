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

  it('rejects a missing --from as a usage error', () => {
    expect(() => run(SEED, '--to', '10.0.0.1:80')).toThrow(UsageError);
  });
});
