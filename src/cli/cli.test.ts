import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = 'src/cli/__fixtures__';

/** Run the real bin/packetwalk from the repository root, as a person would. */
function packetwalk(...args: string[]) {
  const result = spawnSync(process.execPath, ['bin/packetwalk', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('packetwalk (the command line)', () => {
  beforeAll(() => {
    // The first run may build dist-cli/packetwalk.mjs; the tests below then start quickly.
    expect(packetwalk('--help').status).toBe(0);
  }, 180_000);

  it('checks a good file: exit 0, printing only infos and warnings', () => {
    const { status, stdout, stderr } = packetwalk('check', `${fixtures}/good.yaml`);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      `${fixtures}/good.yaml:29:7: info PW008 ServiceAccount "web" is kept but not simulated: it does not change how packets move here\n`,
    );
    expect(status).toBe(0);
  });

  it('checks a bad file: exit 1 and the error at its line and column', () => {
    const { status, stdout } = packetwalk('check', `${fixtures}/bad.yaml`);
    expect(stdout).toBe(
      `${fixtures}/bad.yaml:8:1: error PW001 YAML syntax error: Sequence item without - indicator\n`,
    );
    expect(status).toBe(1);
  });

  it('prints JSON with --format json', () => {
    const { status, stdout } = packetwalk(
      'check',
      '--format',
      'json',
      `${fixtures}/bad.yaml`,
      `${fixtures}/good.yaml`,
    );
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      diagnostics: [
        {
          file: `${fixtures}/bad.yaml`,
          line: 8,
          column: 1,
          endLine: 8,
          endColumn: 2,
          severity: 'error',
          code: 'PW001',
          message: 'YAML syntax error: Sequence item without - indicator',
          params: { detail: 'Sequence item without - indicator', yamlCode: 'MISSING_CHAR' },
        },
        expect.objectContaining({
          file: `${fixtures}/good.yaml`,
          line: 29,
          column: 7,
          code: 'PW008',
          severity: 'info',
        }),
      ],
    });
  });

  it('walks a directory for *.yaml, *.yml and *.json, sorted, skipping hidden directories and other files', () => {
    const { status, stdout } = packetwalk('check', '-f', 'json', `${fixtures}/tree`);
    const diagnostics = (
      JSON.parse(stdout) as { diagnostics: { file: string; line: number; column: number; code: string }[] }
    ).diagnostics;
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`)).toEqual([
      `${fixtures}/tree/a/c.json:5:33 PW006`,
      `${fixtures}/tree/b.yml:6:7 PW008`,
    ]);
    expect(status).toBe(1);
  });

  it('fails with one line and exit 2 when a file is missing', () => {
    const { status, stdout, stderr } = packetwalk(
      'check',
      `${fixtures}/good.yaml`,
      `${fixtures}/missing.yaml`,
    );
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `packetwalk check: cannot read ${fixtures}/missing.yaml: no such file or directory\n`,
    );
    expect(status).toBe(2);
  });

  it.each(['trace', 'reach'])('says %s is not available yet, exit 2', (command) => {
    const { status, stdout, stderr } = packetwalk(
      command,
      `${fixtures}/good.yaml`,
      '--from',
      'a',
      '--to',
      'b:80',
    );
    expect(stdout).toBe('');
    expect(stderr).toBe(`packetwalk ${command}: not available yet in this version\n`);
    expect(status).toBe(2);
  });

  it('checks the cluster the manifests build: a Service selecting no pod is reported with the nearest labels', () => {
    const { status, stdout } = packetwalk('check', `${fixtures}/selector-typo.yaml`);
    expect(stdout).toMatch(/^src\/cli\/__fixtures__\/selector-typo\.yaml:\d+:\d+: warning PW101 /m);
    expect(stdout).toContain('app=web');
    expect(status).toBe(0);
  });

  it('prints the cluster model: nodes, pods with IPs, Services with ClusterIPs and endpoints, DNS records', () => {
    const { status, stdout, stderr } = packetwalk('model', `${fixtures}/good.yaml`);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^master\s+control-plane\s+192\.168\.1\.10\s+10\.244\.0\.0\/24/m);
    expect(stdout).toMatch(/^worker-1\s+worker\s+192\.168\.1\.11\s+10\.244\.1\.0\/24/m);
    expect(stdout).toMatch(/kube-dns\s+ClusterIP\s+10\.96\.0\.10/);
    expect(stdout).toContain('kube-dns.kube-system.svc.cluster.local. 30 IN A 10.96.0.10');
  });

  it('prints the cluster model as JSON', () => {
    const { status, stdout } = packetwalk('model', `${fixtures}/good.yaml`, '--format', 'json');
    expect(status).toBe(0);
    const model = JSON.parse(stdout) as { nodes: { name: string }[] };
    expect(model.nodes.map((n) => n.name)).toEqual(['master', 'worker-1']);
  });

  it("prints a node's iptables-save with the Service's real chains", () => {
    const { status, stdout, stderr } = packetwalk('rules', `${fixtures}/good.yaml`, '--node', 'worker-1');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^# Generated by iptables-save v1\.8\.10 \(nf_tables\) on \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/m,
    );
    // kube-dns:dns has the hash REFERENCE.md verifies against real clusters.
    expect(stdout).toContain(
      '-A KUBE-SERVICES -d 10.96.0.10/32 -p udp -m comment --comment "kube-system/kube-dns:dns cluster IP" -m udp --dport 53 -j KUBE-SVC-TCOU7JCQXEZGVUNU',
    );
    expect(stdout).toContain(
      '-A FLANNEL-FWD -s 10.244.0.0/16 -m comment --comment "flanneld forward" -j ACCEPT',
    );
  });

  it("prints a node's routes: ip addr, ip route, ip neigh, bridge fdb", () => {
    const { status, stdout } = packetwalk(
      'rules',
      `${fixtures}/good.yaml`,
      '--node',
      'worker-1',
      '--format',
      'routes',
    );
    expect(status).toBe(0);
    expect(stdout).toContain('10.244.0.0/24 via 10.244.0.0 dev flannel.1 onlink');
    expect(stdout).toContain('10.244.1.0/24 dev cni0 proto kernel scope link src 10.244.1.1');
    expect(stdout).toMatch(/^[0-9a-f:]{17} dev flannel\.1 dst 192\.168\.1\.10 self permanent$/m);
  });

  it.each([
    {
      name: 'an unknown node',
      args: ['--node', 'nope'],
      message: 'no node "nope" in this cluster (nodes: master, worker-1)',
    },
    {
      name: 'a view the node does not have',
      args: ['--node', 'master', '--format', 'ipvsadm'],
      message: 'node "master" has no ipvsadm view (kube-proxy mode iptables, CNI flannel)',
    },
  ])('rules: $name is an input error, exit 2', ({ args, message }) => {
    const { status, stderr } = packetwalk('rules', `${fixtures}/good.yaml`, ...args);
    expect(stderr).toBe(`packetwalk rules: ${message}\n`);
    expect(status).toBe(2);
  });

  it.each([
    { name: 'an unknown command', args: ['frobnicate'], first: 'packetwalk: unknown command "frobnicate"' },
    {
      name: 'an unknown flag',
      args: ['check', '--colour', 'x.yaml'],
      first: 'packetwalk check: unknown option "--colour"',
    },
    {
      name: 'an unknown format',
      args: ['check', '--format', 'xml', 'x.yaml'],
      first: 'packetwalk check: unknown format "xml" (use text or json)',
    },
    { name: 'no files', args: ['check'], first: 'packetwalk check: no files or directories given' },
    { name: 'no command', args: [], first: 'usage: packetwalk <command> [options] <files|dirs...>' },
  ])('prints usage to stderr and exits 2 for $name', ({ args, first }) => {
    const { status, stdout, stderr } = packetwalk(...args);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(first);
    expect(stderr).toContain('usage: packetwalk');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(status).toBe(2);
  });

  it.each([
    { args: ['--help'], shows: 'Commands:' },
    { args: ['help', 'check'], shows: 'usage: packetwalk check <files|dirs...> [--format text|json]' },
    { args: ['check', '--help'], shows: 'usage: packetwalk check <files|dirs...> [--format text|json]' },
  ])('prints usage for $args on stdout, exit 0', ({ args, shows }) => {
    const { status, stdout, stderr } = packetwalk(...args);
    expect(stdout).toContain(shows);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
