/** What a CNI generator hands back for one node, besides what it wrote into the host namespace and ruleset. */
import type { IpSet, NetNamespace } from '../types.ts';
import type { CiliumState } from './cilium/types.ts';

export interface CniNodeResult {
  /** One namespace per pod sandbox on the node, in cluster pod order. */
  readonly pods: readonly NetNamespace[];
  /** Host-wide sysctls the plugin relies on (`net.bridge.bridge-nf-call-iptables`). */
  readonly sysctls: Readonly<Record<string, string>>;
  /** Files a person would look at: `/run/flannel/subnet.env`, the CNI conflist. */
  readonly files: Readonly<Record<string, string>>;
  /** The plugin's ipsets (weave's `weaver-no-masq-local` and weave-npc's sets). */
  readonly ipsets?: readonly IpSet[];
  /** Cilium's agent state (service map, endpoints, ipcache); only with Cilium. */
  readonly cilium?: CiliumState;
}
