/**
 * Weave Net's devices on one node (weaveworks/weave `net/bridge.go`). Fast datapath (the default,
 * "bridged_fastdp"): the `weave` Linux bridge the pods attach to, an Open vSwitch kernel datapath `datapath`,
 * the veth pair `vethwe-bridge`/`vethwe-datapath` joining them, and the VXLAN vport `vxlan-6784` in the
 * datapath. Sleeve: the `weave` bridge and `vethwe-bridge`/`vethwe-pcap`, whose far end the weave router
 * process captures and carries in UDP 6783. MTU 1376 (weave's default, room for VXLAN and IPsec).
 *
 * Simplification: the datapath forwards by flows the weave router installs as it learns MACs. It is modelled
 * as a bridge whose forwarding entries send each remote pod's MAC to `vxlan-6784`, and `vxlan-6784` as a
 * VXLAN device whose FDB gives the peer node for that MAC — the same decisions, as kernel tables.
 */
import type { Port } from '../../../net/port.ts';
import type { ClusterNode } from '../../../cluster/types.ts';
import { upFlags, upState } from '../../linux/links.ts';
import { deviceMac } from '../../linux/mac.ts';
import { createVethPair, type NetnsBuilder } from '../../linux/netnsBuilder.ts';
import { UNDERLAY_DEV } from '../hostNetns.ts';

export type WeaveMode = 'fastdp' | 'sleeve';

export const WEAVE_BRIDGE = 'weave';
export const WEAVE_DATAPATH = 'datapath';
export const WEAVE_VXLAN = 'vxlan-6784';
export const WEAVE_BRIDGE_PORT = 'vethwe-bridge';
export const WEAVE_DATAPATH_PORT = 'vethwe-datapath';
export const WEAVE_PCAP_PORT = 'vethwe-pcap';
export const WEAVE_FASTDP_PORT = 6784;
export const WEAVE_SLEEVE_PORT = 6783;
export const WEAVE_MTU = 1376;
/** The ODP VXLAN vport takes the maximum MTU; the inner MTU is limited by the bridge and pods. */
const VPORT_MTU = 65535;

export function addWeaveDevices(host: NetnsBuilder, node: ClusterNode, mode: WeaveMode): void {
  const mac = (name: string): ReturnType<typeof deviceMac> => deviceMac(`${node.name}/${name}`);
  const port = (name: string, master?: string): Parameters<typeof createVethPair>[1] => ({
    name,
    mac: mac(name),
    mtu: WEAVE_MTU,
    state: upState('veth'),
    flags: upFlags('veth'),
    ...(master === undefined ? {} : { master }),
  });
  if (mode === 'fastdp') {
    host.addDevice({
      name: WEAVE_DATAPATH,
      kind: 'bridge',
      mac: mac(WEAVE_DATAPATH),
      mtu: WEAVE_MTU,
      state: 'UNKNOWN',
      flags: upFlags('bridge'),
    });
  }
  host.addDevice({
    name: WEAVE_BRIDGE,
    kind: 'bridge',
    mac: mac(WEAVE_BRIDGE),
    mtu: WEAVE_MTU,
    state: upState('bridge'),
    flags: upFlags('bridge'),
  });
  if (mode === 'fastdp') {
    createVethPair(
      host,
      port(WEAVE_DATAPATH_PORT, WEAVE_DATAPATH),
      host,
      port(WEAVE_BRIDGE_PORT, WEAVE_BRIDGE),
    );
    host.addDevice({
      name: WEAVE_VXLAN,
      kind: 'vxlan',
      mac: mac(WEAVE_VXLAN),
      mtu: VPORT_MTU,
      state: upState('vxlan'),
      flags: upFlags('vxlan'),
      master: WEAVE_DATAPATH,
      tunnel: {
        kind: 'vxlan',
        port: WEAVE_FASTDP_PORT as Port,
        local: node.internalIP,
        dev: UNDERLAY_DEV,
        learning: false,
      },
    });
  } else {
    createVethPair(host, port(WEAVE_PCAP_PORT), host, port(WEAVE_BRIDGE_PORT, WEAVE_BRIDGE));
  }
}
