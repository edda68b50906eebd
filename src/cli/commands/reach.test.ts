/**
 * `packetwalk reach` through the real bin/packetwalk, as a person runs it: the text matrix, the JSON
 * contract `{port, protocol, matrix}`, the options and their errors.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

function packetwalk(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/packetwalk', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const pod = (ns: string, name: string, ip: string, node: string) => `apiVersion: v1
kind: Pod
metadata: {name: ${name}, namespace: ${ns}, labels: {pod: ${name}}}
spec:
  nodeName: ${node}
  containers: [{name: c, image: agnhost, ports: [{name: serve-80-tcp, containerPort: 80}]}]
status: {podIP: ${ip}}
`;

/** x/a and y/a; x isolates ingress to pods of its own namespace (e2e "should deny ingress from pods on other namespaces"). */
const manifests = (plugin: string) =>
  [
    `apiVersion: packetwalk.dev/v1alpha1\nkind: Cluster\nmetadata: {name: reach}\nspec:\n  cni: {plugin: ${plugin}, mode: vxlan}\n  nodes: [{name: master, ip: 192.168.1.10, role: control-plane}, {name: worker-1, ip: 192.168.1.11}]\n`,
    'apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n',
    'apiVersion: v1\nkind: Namespace\nmetadata: {name: y}\n',
    pod('x', 'a', '10.244.0.10', 'master'),
    pod('y', 'a', '10.244.1.10', 'worker-1'),
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny-other-ns, namespace: x}\nspec:\n  podSelector: {}\n  ingress:\n  - from: [{podSelector: {}}]\n',
  ].join('---\n');

describe('packetwalk reach', () => {
  let dir = '';
  let calico = '';
  let flannel = '';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'packetwalk-reach-'));
    calico = join(dir, 'calico.yaml');
    flannel = join(dir, 'flannel.yaml');
    writeFileSync(calico, manifests('calico'));
    writeFileSync(flannel, manifests('flannel'));
    expect(packetwalk('reach', '--help').status).toBe(0);
  }, 180_000);

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints exactly {port, protocol, matrix} with --format json (defaults: port 80, tcp)', () => {
    const { status, stdout, stderr } = packetwalk('reach', '--format', 'json', calico);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const out = JSON.parse(stdout) as {
      port: number;
      protocol: string;
      matrix: Record<string, Record<string, boolean>>;
    };
    expect(Object.keys(out)).toEqual(['port', 'protocol', 'matrix']);
    expect(out.port).toBe(80);
    expect(out.protocol).toBe('TCP');
    expect(out.matrix['y/a']?.['x/a']).toBe(false);
    expect(out.matrix['x/a']?.['y/a']).toBe(true);
    expect(out.matrix['x/a']?.['x/a']).toBe(true);
  });

  it('Flannel does not enforce: everything reachable', () => {
    const out = JSON.parse(packetwalk('reach', '-f', 'json', flannel).stdout) as {
      matrix: Record<string, Record<string, boolean>>;
    };
    expect(Object.values(out.matrix).flatMap((row) => Object.values(row))).not.toContain(false);
  });

  it('prints a matrix: rows from, numbered columns to, "." allowed and "X" denied', () => {
    const { status, stdout } = packetwalk('reach', '--port', '80', '--protocol', 'tcp', calico);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('TCP/80 pod to pod, CNI calico vxlan, NetworkPolicy enforced (1 policy)');
    const xa = lines.find((l) => / x\/a /.test(l)) ?? '';
    const ya = lines.find((l) => / y\/a /.test(l)) ?? '';
    const column = (line: string, header: string, n: number) => line.charAt(header.indexOf(String(n)));
    const header = lines.find((l) => l.startsWith('from \\ to')) ?? '';
    const numberOf = (line: string) => Number(line.trim().split(' ')[0]);
    expect(column(ya, header, numberOf(xa))).toBe('X');
    expect(column(xa, header, numberOf(ya))).toBe('.');
    expect(stdout).toContain('. = allowed   X = denied   (rows: from, columns: to)');
  });

  it.each([
    [['--port', '0'], '--port must be a number from 1 to 65535, not "0"'],
    [['--port', 'http'], '--port must be a number from 1 to 65535, not "http"'],
    [['--protocol', 'icmp'], '--protocol must be tcp or udp, not "icmp"'],
  ])('rejects %j with a usage error (exit 2)', (args, message) => {
    const { status, stderr } = packetwalk('reach', ...args, calico);
    expect(status).toBe(2);
    expect(stderr).toContain(`packetwalk reach: ${message}`);
  });

  it('asks about UDP with --protocol udp', () => {
    const out = JSON.parse(
      packetwalk('reach', '--protocol', 'UDP', '-p', '53', '-f', 'json', calico).stdout,
    ) as {
      port: number;
      protocol: string;
    };
    expect([out.port, out.protocol]).toEqual([53, 'UDP']);
  });
});
