/**
 * kube-proxy on one node, in the mode the cluster configures: iptables writes the node's ruleset; IPVS writes
 * iptables rules plus virtual servers, ipsets and kube-ipvs0; nftables writes its own table and no iptables
 * rule; `none` (Cilium's kube-proxy replacement) writes nothing.
 */
import type { Address, Device, IpSet, IpvsState } from '../types.ts';
import type { NodeBuildContext } from '../context.ts';
import { assertNever } from '../netfilter/assertNever.ts';
import { kubeProxyNodeConfig, type KubeProxyHostOptions, type KubeProxyNodeConfig } from './config.ts';
import { buildKubeProxyIptables } from './iptables/build.ts';
import { buildKubeProxyIpvs } from './ipvs/build.ts';
import { buildKubeProxyNftables } from './nftables/build.ts';
import type { NftRuleset } from './nftables/model.ts';
import { servicePortsForNode } from './servicePorts.ts';

/** What kube-proxy leaves on a node besides the iptables rules it wrote into `ctx.rules`. */
export interface KubeProxyOutput {
  /** IPVS mode's sets (empty otherwise). */
  readonly ipsets: readonly IpSet[];
  /** IPVS mode's virtual servers. */
  readonly ipvs?: IpvsState;
  /** nftables mode's `ip kube-proxy` table. */
  readonly nftables?: NftRuleset;
  /** Devices kube-proxy creates in the host namespace (IPVS: kube-ipvs0, with a placeholder index). */
  readonly hostDevices: readonly Device[];
  /** Addresses it binds there (IPVS: every virtual IP on kube-ipvs0, as /32). */
  readonly hostAddresses: readonly Address[];
  /** Host sysctls it sets, dotted (`net.ipv4.conf.all.route_localnet`). */
  readonly sysctls: Readonly<Record<string, string>>;
}

const NOTHING: KubeProxyOutput = { ipsets: [], hostDevices: [], hostAddresses: [], sysctls: {} };

/** `route_localnet` lets 127.0.0.1 reach a DNAT target: iptables mode sets it for localhost NodePorts. */
function iptablesSysctls(cfg: KubeProxyNodeConfig): Record<string, string> {
  return cfg.localhostNodePorts ? { 'net.ipv4.conf.all.route_localnet': '1' } : {};
}

/** What IPVS mode's `NewProxier` sets (conn_reuse_mode is left alone on kernels ≥ 5.9; strictARP is off). */
const IPVS_SYSCTLS: Readonly<Record<string, string>> = {
  'net.ipv4.vs.conntrack': '1',
  'net.ipv4.vs.expire_nodest_conn': '1',
  'net.ipv4.vs.expire_quiescent_template': '1',
  'net.ipv4.ip_forward': '1',
};

/**
 * Runs kube-proxy's first full sync on `ctx.node`: rules go into `ctx.rules` (after kubelet's chains, before
 * the CNI's), everything else is returned.
 */
export function applyKubeProxy(ctx: NodeBuildContext, options: KubeProxyHostOptions = {}): KubeProxyOutput {
  const mode = ctx.cluster.settings.kubeProxy.mode;
  if (mode === 'none') return NOTHING;
  const cfg = kubeProxyNodeConfig(ctx.cluster, ctx.node, options);
  const servicePorts = servicePortsForNode(ctx.cluster, ctx.node);
  switch (mode) {
    case 'iptables':
      buildKubeProxyIptables(ctx.rules, cfg, servicePorts);
      return { ...NOTHING, sysctls: iptablesSysctls(cfg) };
    case 'ipvs': {
      const result = buildKubeProxyIpvs(ctx.rules, cfg, servicePorts);
      return {
        ipsets: result.ipsets,
        ipvs: result.ipvs,
        hostDevices: [result.device],
        hostAddresses: result.addresses,
        sysctls: IPVS_SYSCTLS,
      };
    }
    case 'nftables':
      return { ...NOTHING, nftables: buildKubeProxyNftables(cfg, servicePorts) };
    default:
      return assertNever(mode);
  }
}
