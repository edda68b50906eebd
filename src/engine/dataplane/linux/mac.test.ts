import { describe, expect, it } from 'vitest';
import { deviceMac, toMac } from './mac.ts';
import { bridgeVethName, sandboxId, sandboxNetnsName } from './names.ts';

describe('deviceMac', () => {
  it.each(['n1/eth0', 'n1/cni0', 'n2/flannel.1', 'worker-1/vethdeadbeef'])(
    '%s gets a locally administered unicast MAC, the same every time',
    (seed) => {
      const mac = deviceMac(seed);
      expect(mac).toMatch(/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/);
      const first = parseInt(mac.slice(0, 2), 16);
      expect(first & 0x01).toBe(0);
      expect(first & 0x02).toBe(2);
      expect(deviceMac(seed)).toBe(mac);
    },
  );

  it('differs between devices', () => {
    expect(deviceMac('n1/cni0')).not.toBe(deviceMac('n2/cni0'));
  });
});

describe('toMac', () => {
  it('lower-cases a valid MAC and refuses anything else', () => {
    expect(toMac('EE:EE:EE:EE:EE:EE')).toBe('ee:ee:ee:ee:ee:ee');
    expect(() => toMac('ee:ee:ee')).toThrow();
  });
});

describe('names a real node picks at random, made reproducible', () => {
  it('the bridge plugin host veth is veth + 8 hex digits', () => {
    expect(bridgeVethName('n1', 'default/web')).toMatch(/^veth[0-9a-f]{8}$/);
    expect(bridgeVethName('n1', 'default/web')).toBe(bridgeVethName('n1', 'default/web'));
    expect(bridgeVethName('n1', 'default/web')).not.toBe(bridgeVethName('n1', 'default/db'));
  });

  it('a sandbox netns is cni- + a version-4 UUID', () => {
    expect(sandboxNetnsName('n1', 'default/web')).toMatch(
      /^cni-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('a sandbox ID is 64 hex digits', () => {
    expect(sandboxId('n1', 'default/web')).toMatch(/^[0-9a-f]{64}$/);
  });
});
