/** A node's Linux networking as the kernel holds it and as iproute2 prints it. */
export type { LinuxLine, LinuxRef } from './lines.ts';
export { linuxLinesToText } from './lines.ts';
export { renderIpAddr, type IpAddrOptions } from './renderIpAddr.ts';
export { renderIpRoute, formatRoute } from './renderIpRoute.ts';
export {
  renderIpNeigh,
  renderBridgeFdb,
  formatNeighbour,
  formatFdb,
  type DeviceFilter,
} from './renderIpNeigh.ts';
export { renderRoutesView, renderNamespaceView, netnsNameOf } from './renderRoutesView.ts';
export { deviceMac, toMac } from './mac.ts';
export { bridgeVethName, sandboxNetnsName, sandboxId } from './names.ts';
