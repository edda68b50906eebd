import { describe, expect, it } from 'vitest';
import {
  endpointChainName,
  portProtoHash,
  serviceChainName,
  serviceExternalChainName,
  serviceFirewallChainName,
  serviceLocalChainName,
} from './kubeProxyIptables.ts';
import { joinHostPort, servicePortNameString } from './servicePort.ts';

describe('servicePortNameString', () => {
  it('adds the port name when the port is named', () => {
    expect(servicePortNameString('kube-system', 'kube-dns', 'dns')).toBe('kube-system/kube-dns:dns');
  });
  it('is just namespace/name for an unnamed port', () => {
    expect(servicePortNameString('default', 'nginx', '')).toBe('default/nginx');
  });
});

describe('joinHostPort', () => {
  it('joins IPv4 with a colon', () => expect(joinHostPort('10.180.0.1', 80)).toBe('10.180.0.1:80'));
  it('brackets IPv6', () => expect(joinHostPort('fd00::1', 80)).toBe('[fd00::1]:80'));
});

// REFERENCE.md §1.1, every verified row.
describe('kube-proxy iptables chain names (REFERENCE §1.1)', () => {
  it.each([
    ['ns1', 'svc1', 'p80', 'tcp', 'KUBE-SVC-XPGD46QRK7WJZT7O'],
    ['default', 'kubernetes', 'https', 'tcp', 'KUBE-SVC-NPX46M4PTMTKRN6Y'],
    ['kube-system', 'kube-dns', 'dns', 'udp', 'KUBE-SVC-TCOU7JCQXEZGVUNU'],
    ['kube-system', 'kube-dns', 'dns-tcp', 'tcp', 'KUBE-SVC-ERIFXISQEP7F7OF4'],
    ['kube-system', 'kube-dns', 'metrics', 'tcp', 'KUBE-SVC-JD5MR3NA4I4DYORP'],
    ['default', 'nginx', '', 'tcp', 'KUBE-SVC-2CMXP7HKUVJN7L6M'],
  ] as const)('%s/%s port %j %s -> %s', (ns, name, port, proto, expected) => {
    expect(serviceChainName(servicePortNameString(ns, name, port), proto)).toBe(expected);
  });

  it.each([
    ['ns1', 'svc1', 'p80', 'tcp', '10.180.0.1', 80, 'KUBE-SEP-SXIVWICOYRO3J4NJ'],
    ['kube-system', 'kube-dns', 'dns-tcp', 'tcp', '10.244.0.2', 53, 'KUBE-SEP-IT2ZTR26TO4XFPTO'],
    ['default', 'kubernetes', 'https', 'tcp', '172.31.7.91', 6443, 'KUBE-SEP-Z256WNARC5DJQIZM'],
    // From the real dump in REFERENCE §1.9.
    ['kube-system', 'kube-dns', 'dns', 'udp', '10.244.0.2', 53, 'KUBE-SEP-YIL6JZP7A3QYXJU2'],
    ['kube-system', 'kube-dns', 'dns', 'udp', '10.244.0.3', 53, 'KUBE-SEP-6E7XQMQ4RAYOWTTM'],
  ] as const)('endpoint %s/%s:%s %s %s:%d -> %s', (ns, name, port, proto, ip, epPort, expected) => {
    expect(endpointChainName(servicePortNameString(ns, name, port), proto, ip, epPort)).toBe(expected);
  });

  it('accepts the API spelling of the protocol', () => {
    expect(serviceChainName('default/kubernetes:https', 'TCP')).toBe('KUBE-SVC-NPX46M4PTMTKRN6Y');
  });

  it('gives SVC, SVL, EXT and FW the same 16-character suffix', () => {
    const hash = portProtoHash('ns1/svc1:p80', 'tcp');
    expect(hash).toBe('XPGD46QRK7WJZT7O');
    expect(serviceLocalChainName('ns1/svc1:p80', 'tcp')).toBe(`KUBE-SVL-${hash}`);
    expect(serviceExternalChainName('ns1/svc1:p80', 'tcp')).toBe(`KUBE-EXT-${hash}`);
    expect(serviceFirewallChainName('ns1/svc1:p80', 'tcp')).toBe(`KUBE-FW-${hash}`);
  });

  it('keeps every chain name within 28 characters', () => {
    expect(serviceFirewallChainName('a/b:c', 'sctp').length).toBeLessThanOrEqual(28);
    expect(endpointChainName('a/b:c', 'sctp', 'fd00::1', 65535).length).toBeLessThanOrEqual(28);
  });
});
