/**
 * Built-in scenarios: manifests as data, loaded by the app (`/?scenario=<id>`), walked by the unit tests and
 * opened by the end-to-end tests. A scenario is a folder of YAML files; its title is `scenario.<id>.title`.
 */
import type { SourceFile } from '../engine/manifest/types.ts';
import { isMessageKey, type MessageKey } from '../i18n/index.ts';

/** The walk a scenario opens with: what its lesson is about. */
export interface ScenarioWalk {
  readonly from: string;
  readonly to: string;
  readonly protocol: 'tcp' | 'udp' | 'icmp';
}

export interface Scenario {
  readonly id: string;
  readonly titleKey: MessageKey;
  readonly files: readonly SourceFile[];
  readonly walk: ScenarioWalk;
}

const WALKS: Readonly<Record<ScenarioId, ScenarioWalk>> = {
  // The seed articles' central example: DNS, then DNAT to a backend on the other node through VXLAN.
  'cross-node-service': { from: 'client', to: 'web:80', protocol: 'tcp' },
  // The policy admits the frontend; try the CoreDNS pod or another source to see the drop.
  'calico-policy': { from: 'shop/frontend', to: 'db.shop:5432', protocol: 'tcp' },
  // External client to a NodePort with externalTrafficPolicy: Local, through IPVS.
  'ipvs-nodeport': { from: 'external', to: '192.168.1.11:30080', protocol: 'tcp' },
};

/** Display order; the first is what a first visit opens. */
export const SCENARIO_ORDER = ['cross-node-service', 'calico-policy', 'ipvs-nodeport'] as const;
export type ScenarioId = (typeof SCENARIO_ORDER)[number];
export const DEFAULT_SCENARIO: ScenarioId = 'cross-node-service';

const raw = import.meta.glob<string>('./*/*.yaml', { query: '?raw', import: 'default', eager: true });

function filesOf(id: string): SourceFile[] {
  const prefix = `./${id}/`;
  return Object.entries(raw)
    .filter(([path]) => path.startsWith(prefix))
    .map(([path, text]) => ({ name: path.slice(prefix.length), text }))
    .sort((a, b) =>
      a.name === 'cluster.yaml' ? -1 : b.name === 'cluster.yaml' ? 1 : a.name.localeCompare(b.name),
    );
}

function titleKeyOf(id: string): MessageKey {
  const key = `scenario.${id}.title`;
  if (!isMessageKey(key)) throw new Error(`scenario ${id} has no title in the message catalogues`);
  return key;
}

export const SCENARIOS: readonly Scenario[] = SCENARIO_ORDER.map((id) => ({
  id,
  titleKey: titleKeyOf(id),
  files: filesOf(id),
  walk: WALKS[id],
}));

export function isScenarioId(value: unknown): value is ScenarioId {
  return typeof value === 'string' && (SCENARIO_ORDER as readonly string[]).includes(value);
}

export function scenarioById(id: ScenarioId): Scenario {
  const found = SCENARIOS.find((s) => s.id === id);
  if (!found) throw new Error(`scenario ${id} has no files`);
  return found;
}
