/**
 * Public manifests nobody on this project wrote (/work/shared/realworld, beside the repository in CI):
 * they must load with no error and give sensible pods, IPs and endpoints.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifests } from '../manifest/load.ts';
import { buildCluster } from './build.ts';
import { endpointsOf, service } from './testkit.ts';

const ROOT = path.resolve(process.cwd(), '../shared/realworld');

function load(dir: string) {
  const full = path.join(ROOT, dir);
  const files = readdirSync(full)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(path.join(full, f), 'utf8') }));
  return buildCluster(loadManifests(files));
}

describe.skipIf(!existsSync(ROOT))('real-world manifests', () => {
  it('the guestbook: 6 pods on the worker, every Service with endpoints, no errors', () => {
    const c = load('guestbook');
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const pods = c.pods.filter((p) => p.namespace === 'default');
    expect(pods.map((p) => p.workload?.name).sort()).toEqual([
      'frontend',
      'frontend',
      'frontend',
      'redis-master',
      'redis-replica',
      'redis-replica',
    ]);
    expect(
      pods.every((p) => p.node === 'worker-1' && p.ip?.startsWith('10.244.1.') === true && p.ready),
    ).toBe(true);
    expect(endpointsOf(c, 'default/frontend')).toHaveLength(3);
    expect(endpointsOf(c, 'default/redis-master')).toHaveLength(1);
    expect(endpointsOf(c, 'default/redis-replica')).toHaveLength(2);
    expect(service(c, 'default/frontend').type).toBe('NodePort');
  });

  it('Online Boutique: 12 services with endpoints on their target ports, a load balancer, and policies flagged as unenforced', () => {
    const c = load('online-boutique');
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(c.pods.filter((p) => p.namespace === 'default')).toHaveLength(12);
    const app = c.services.filter((s) => s.namespace === 'default' && s.name !== 'kubernetes');
    expect(app).toHaveLength(12);
    for (const s of app) expect(endpointsOf(c, s.ref).length).toBeGreaterThan(0);
    expect(endpointsOf(c, 'default/frontend-external')[0]).toMatch(/^10\.244\.1\.\d+:8080\/TCP$/);
    expect(c.loadBalancers.map((lb) => [lb.service, lb.ips])).toEqual([
      ['default/frontend-external', ['198.51.100.1']],
    ]);
    expect(c.networkPolicies).toHaveLength(13);
    expect(new Set(c.diagnostics.map((d) => d.code))).toEqual(new Set(['PW118']));
  });
});
