/**
 * Runs the cluster's CNI on one node: the plugin's daemon and its CNI binary, for every pod sandbox there.
 * Each generator writes its devices, addresses, routes, neighbours and FDB into the host namespace builder and
 * its own chains into the node's ruleset, and hands back the pod namespaces, sysctls and files.
 */
import { assertNever } from '../netfilter/assertNever.ts';
import type { NodeBuildContext } from '../context.ts';
import type { NetnsBuilder } from '../linux/netnsBuilder.ts';
import { applyCanal } from './canal/index.ts';
import { applyCalico } from './calico/index.ts';
import { applyCilium } from './cilium/index.ts';
import { applyFlannel } from './flannel/index.ts';
import type { CniClusterState } from './prepare.ts';
import type { CniNodeResult } from './types.ts';
import { applyWeave } from './weave/index.ts';

export function applyCni(ctx: NodeBuildContext, host: NetnsBuilder, shared: CniClusterState): CniNodeResult {
  const cni = ctx.cluster.settings.cni;
  switch (cni.plugin) {
    case 'flannel':
      return applyFlannel(ctx, host, shared, cni.mode);
    case 'canal':
      return applyCanal(ctx, host, shared, cni.mode);
    case 'calico':
      return applyCalico(ctx, host, shared, cni);
    case 'cilium':
      return applyCilium(ctx, host, shared, cni.mode);
    case 'weave':
      return applyWeave(ctx, host, shared, cni.mode);
    default:
      return assertNever(cni);
  }
}
