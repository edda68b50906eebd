/**
 * Which CNI plugin the cluster runs and in what mode: from the Cluster document's `cni`, else from the CNI's
 * own configuration objects (Flannel's `net-conf.json` Backend.Type, a Calico IPPool's ipipMode/vxlanMode),
 * else Flannel VXLAN. An unknown mode falls back to the plugin's default with a PW132 warning.
 */
import { parseCidr, type Cidr } from '../net/cidr.ts';
import type { FlannelConfig, IPPoolConfig } from './config.ts';
import type { Inputs } from './inputs.ts';
import { decide, type Candidate } from './decide.ts';
import type { Reporter, Where } from './report.ts';
import type { CniPlugin, CniSettings, SettingSource } from './types.ts';

/** Each CNI plugin's modes packetwalk simulates, its default first. The editor schema and toolbar read this. */
export const CNI_MODES: {
  readonly [P in CniPlugin]: readonly Extract<CniSettings, { plugin: P }>['mode'][];
} = {
  flannel: ['vxlan', 'host-gw'],
  calico: ['ipip', 'vxlan', 'bgp'],
  cilium: ['vxlan', 'geneve', 'native'],
  weave: ['fastdp', 'sleeve'],
  canal: ['vxlan', 'host-gw'],
};

const MODES = CNI_MODES;
const PLUGINS = Object.keys(MODES) as CniPlugin[];

/** Whether the plugin enforces NetworkPolicy. Flannel alone does not (REFERENCE.md §4, §7.1.10). */
export function cniEnforcesPolicy(plugin: CniPlugin): boolean {
  switch (plugin) {
    case 'flannel':
      return false;
    case 'calico':
    case 'cilium':
    case 'weave':
    case 'canal':
      return true;
    default:
      return exhaustive(plugin);
  }
}

function exhaustive(value: never): never {
  throw new Error(`unhandled CNI plugin ${String(value)}`);
}

export interface ResolvedCni {
  readonly plugin: CniPlugin;
  readonly settings: CniSettings;
  readonly enforcesNetworkPolicy: boolean;
  readonly source: SettingSource;
}

/** Calico's mode from a pool: VXLAN or IPIP when either is Always/CrossSubnet, else plain BGP routing. */
function poolMode(pool: IPPoolConfig): {
  readonly mode: 'ipip' | 'vxlan' | 'bgp';
  readonly crossSubnet: boolean;
} {
  const { vxlanMode, ipipMode } = pool.spec;
  if (vxlanMode === 'Always' || vxlanMode === 'CrossSubnet')
    return { mode: 'vxlan', crossSubnet: vxlanMode === 'CrossSubnet' };
  if (ipipMode === 'Always' || ipipMode === 'CrossSubnet')
    return { mode: 'ipip', crossSubnet: ipipMode === 'CrossSubnet' };
  return { mode: 'bgp', crossSubnet: false };
}

function isPlugin(value: unknown): value is CniPlugin {
  return typeof value === 'string' && (PLUGINS as readonly string[]).includes(value);
}

export function resolveCni(
  inputs: Inputs,
  flannel: FlannelConfig | undefined,
  pools: readonly IPPoolConfig[],
  report: Reporter,
): ResolvedCni {
  const doc = inputs.byKind.Cluster[0];
  const docCni = doc?.data.spec?.cni;
  const docWhere = (p: string): Where | undefined =>
    doc === undefined ? undefined : { provenance: doc.provenance, positions: doc.positions, pointer: p };
  const flannelWhere: Where | undefined =
    flannel === undefined
      ? undefined
      : {
          provenance: flannel.source.provenance,
          positions: flannel.source.positions,
          pointer: '/data/net-conf.json',
        };
  const firstPool = pools[0];
  const poolWhere: Where | undefined =
    firstPool === undefined
      ? undefined
      : { provenance: firstPool.source.provenance, positions: firstPool.source.positions, pointer: '/spec' };

  let docPlugin: Candidate<CniPlugin> | undefined;
  if (docCni?.plugin !== undefined) {
    if (isPlugin(docCni.plugin))
      docPlugin = {
        source: 'cluster-document',
        label: doc?.id ?? '',
        value: docCni.plugin,
        where: docWhere('/spec/cni/plugin') as Where,
      };
    else
      report.report('PW103', 'error', docWhere('/spec/cni/plugin') as Where, {
        setting: 'cni.plugin',
        value: String(docCni.plugin),
      });
  }
  const plugin = decide<CniPlugin>(
    'cni.plugin',
    [
      docPlugin,
      flannel === undefined || flannelWhere === undefined
        ? undefined
        : { source: 'flannel-config', label: flannel.source.id, value: flannel.plugin, where: flannelWhere },
      firstPool === undefined || poolWhere === undefined
        ? undefined
        : {
            source: 'calico-ippool',
            label: firstPool.source.id,
            value: 'calico' as CniPlugin,
            where: poolWhere,
          },
    ],
    { source: 'default', label: 'default', value: 'flannel' },
    report,
  );
  const p = plugin.value;
  const defaultMode = MODES[p][0] as string;

  // The CNI's own configuration, if it is the winning plugin's.
  let configMode: Candidate<string> | undefined;
  let crossSubnet = false;
  if (
    (p === 'flannel' || p === 'canal') &&
    flannel?.backendType !== undefined &&
    flannelWhere !== undefined
  ) {
    const t = flannel.backendType.toLowerCase();
    if ((MODES[p] as readonly string[]).includes(t))
      configMode = { source: 'flannel-config', label: flannel.source.id, value: t, where: flannelWhere };
    else
      report.report('PW132', 'warning', flannelWhere, {
        plugin: p,
        mode: flannel.backendType,
        fallback: defaultMode,
      });
  }
  if (p === 'calico' && firstPool !== undefined && poolWhere !== undefined) {
    const m = poolMode(firstPool);
    configMode = { source: 'calico-ippool', label: firstPool.source.id, value: m.mode, where: poolWhere };
    crossSubnet = m.crossSubnet;
  }
  let docMode: Candidate<string> | undefined;
  if (docCni?.mode !== undefined) {
    const where = docWhere('/spec/cni/mode') as Where;
    if ((MODES[p] as readonly string[]).includes(docCni.mode))
      docMode = { source: 'cluster-document', label: doc?.id ?? '', value: docCni.mode, where };
    else
      report.report('PW132', 'warning', where, {
        plugin: p,
        mode: docCni.mode,
        fallback: configMode?.value ?? defaultMode,
      });
  }
  const mode = decide(
    'cni.mode',
    [docMode, configMode],
    { source: 'default', label: 'default', value: defaultMode },
    report,
  );
  if (mode === docMode && docMode.value !== configMode?.value) crossSubnet = false;

  const source = plugin.source !== 'default' ? plugin.source : mode.source;
  const settings = cniSettings(p, mode.value, crossSubnet, pools);
  return { plugin: p, settings, enforcesNetworkPolicy: cniEnforcesPolicy(p), source };
}

function cniSettings(
  plugin: CniPlugin,
  mode: string,
  crossSubnet: boolean,
  pools: readonly IPPoolConfig[],
): CniSettings {
  switch (plugin) {
    case 'flannel':
      return { plugin, mode: mode === 'host-gw' ? 'host-gw' : 'vxlan' };
    case 'canal':
      return { plugin, mode: mode === 'host-gw' ? 'host-gw' : 'vxlan' };
    case 'cilium':
      return { plugin, mode: mode === 'geneve' ? 'geneve' : mode === 'native' ? 'native' : 'vxlan' };
    case 'weave':
      return { plugin, mode: mode === 'sleeve' ? 'sleeve' : 'fastdp' };
    case 'calico': {
      const first = pools[0]?.spec;
      const blockSize = first?.blockSize;
      return {
        plugin,
        mode: mode === 'bgp' ? 'bgp' : mode === 'vxlan' ? 'vxlan' : 'ipip',
        crossSubnet,
        // An IPPool's natOutgoing defaults to false; the pool calico-node creates by default sets it.
        natOutgoing: first === undefined ? true : first.natOutgoing === true,
        blockSize:
          typeof blockSize === 'number' && Number.isInteger(blockSize) && blockSize >= 20 && blockSize <= 32
            ? blockSize
            : 26,
        pools: pools.flatMap((pool) => {
          const c = pool.spec.cidr === undefined ? undefined : parseCidr(pool.spec.cidr, 'mask');
          return c === undefined ? [] : [c];
        }) as Cidr[],
      };
    }
    default:
      return exhaustive(plugin);
  }
}
