import { describe, expect, it } from 'vitest';
import { loadFolder } from '../../engine/walk/testkit.ts';
import { destinationSuggestions, ingressUrls, sourceSuggestions } from './suggestions.ts';

describe('picker suggestions', () => {
  it('cross-node Service scenario: Services by short name, DNS name and ref; pods, nodes and external', () => {
    const cluster = loadFolder('scenarios/cross-node-service');
    const to = destinationSuggestions(cluster);
    expect(to).toEqual(
      expect.arrayContaining(['web:80', 'web.default.svc.cluster.local:80', 'svc/default/web:80']),
    );
    expect(new Set(to).size).toBe(to.length);
    const from = sourceSuggestions(cluster);
    expect(from).toEqual(expect.arrayContaining(['client', 'node/worker-1', 'external']));
  });

  it('Ingress fixture: the routed host and path as a URL', () => {
    const cluster = loadFolder('engine/walk/__fixtures__/ingress');
    expect(ingressUrls(cluster)).toContain('http://shop.example.com/');
    expect(destinationSuggestions(cluster)).toContain('http://shop.example.com/');
  });
});
