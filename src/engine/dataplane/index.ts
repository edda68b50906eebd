/**
 * The dataplane stage: `buildDataplane(cluster)` and what reads its result — the Linux views (`ip addr`,
 * `ip route`, `ip neigh`, `bridge fdb`, and all four as `packetwalk rules --format routes`), Cilium's
 * `cilium-dbg service list`, and the types. Netfilter, kube-proxy and policy renderers live in their folders.
 */
export {
  buildDataplane,
  createDataplane,
  applyPolicyAgents,
  type DataplaneOptions,
  type LazyDataplane,
  type PolicyOutput,
} from './build.ts';
export {
  renderNodeViews,
  nodeViewText,
  NODE_VIEW_KINDS,
  type NodeView,
  type NodeViewKind,
  type NodeViewLine,
} from './views.ts';
export type * from './types.ts';
export type { NodeBuildContext } from './context.ts';
export * from './linux/index.ts';
export type * from './cni/cilium/types.ts';
export { renderCiliumServiceList, type CiliumServiceLine } from './cni/cilium/render.ts';
