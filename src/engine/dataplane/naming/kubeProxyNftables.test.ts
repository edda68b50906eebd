import { describe, expect, it } from 'vitest';
import {
  nftAffinitySetName,
  nftEndpointChainName,
  nftExternalChainName,
  nftFirewallChainName,
  nftHashAndTruncate,
  nftLocalChainName,
  nftServiceChainName,
} from './kubeProxyNftables.ts';

// REFERENCE.md §3: ULMVA6XW, 5OJB2KTY, 42NFTM6N (upstream TestOverallNFTablesRules).
describe('kube-proxy nftables names (REFERENCE §3)', () => {
  it('names the service chain service-<H>-ns/svc/proto/port', () => {
    expect(nftServiceChainName('ns1', 'svc1', 'tcp', 'p80')).toBe('service-ULMVA6XW-ns1/svc1/tcp/p80');
    expect(nftServiceChainName('ns2', 'svc2', 'tcp', 'p80')).toBe('service-42NFTM6N-ns2/svc2/tcp/p80');
  });

  it('names the endpoint chain endpoint-<H>-…__ip/port', () => {
    expect(nftEndpointChainName('ns1', 'svc1', 'tcp', 'p80', '10.180.0.1', 80)).toBe(
      'endpoint-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80',
    );
  });

  it('shares the hash between service, local, external and firewall chains', () => {
    expect(nftLocalChainName('ns1', 'svc1', 'TCP', 'p80')).toBe('local-ULMVA6XW-ns1/svc1/tcp/p80');
    expect(nftExternalChainName('ns1', 'svc1', 'tcp', 'p80')).toBe('external-ULMVA6XW-ns1/svc1/tcp/p80');
    expect(nftFirewallChainName('ns1', 'svc1', 'tcp', 'p80')).toBe('firewall-ULMVA6XW-ns1/svc1/tcp/p80');
  });

  it('names the affinity set after the endpoint chain base', () => {
    expect(nftAffinitySetName('ns1', 'svc1', 'tcp', 'p80', '10.180.0.1', 80)).toBe(
      'affinity-5OJB2KTY-ns1/svc1/tcp/p80__10.180.0.1/80',
    );
  });

  it('leaves the port segment empty for an unnamed port (upstream formats %s/%s/%s/%s)', () => {
    expect(nftServiceChainName('ns1', 'svc1', 'tcp', '')).toBe('service-6KJ5P52A-ns1/svc1/tcp/');
  });

  it('turns IPv6 colons into dots, since nftables names cannot contain colons', () => {
    expect(nftEndpointChainName('ns1', 'svc1', 'tcp', 'p80', 'fd00::1', 80)).toBe(
      'endpoint-MDGHXLRU-ns1/svc1/tcp/p80__fd00..1/80',
    );
  });

  it('truncates names longer than 240 characters with "..."', () => {
    const long = nftHashAndTruncate('x'.repeat(300));
    expect(long).toHaveLength(240);
    expect(long.endsWith('...')).toBe(true);
  });
});
