/**
 * Calico workload endpoints: the pods Felix polices, with the interface it names their chains after and the
 * label set its selectors (and so its ipsets) are evaluated against — the pod's labels, Calico's own
 * (`projectcalico.org/namespace`, `…/orchestrator`, `…/serviceaccount`), and the labels inherited from the
 * namespace profile (`pcns.<label>`, `pcns.projectcalico.org/name`) and service-account profile (`pcsa.…`).
 */
import type { Cluster, IPv4, Labels, PodModel } from '../../../cluster/types.ts';
import { calicoInterfaceName } from '../../naming/calico.ts';
import { namespaceLabels } from '../../../policy/peers.ts';
import {
  LABEL_NAME,
  LABEL_NAMESPACE,
  LABEL_ORCHESTRATOR,
  LABEL_SERVICE_ACCOUNT,
  NAMESPACE_LABEL_PREFIX,
  SERVICE_ACCOUNT_LABEL_PREFIX,
} from './convert.ts';

/**
 * The service account every pod is taken to run as. The cluster model does not carry
 * `spec.serviceAccountName`; `default` is what the API server fills in when a pod names none.
 */
export const ASSUMED_SERVICE_ACCOUNT = 'default';

export interface CalicoWorkload {
  readonly pod: PodModel;
  readonly ip: IPv4;
  /** Host-side veth, `cali` + 11 hex of sha1(`<ns>.<pod>`). */
  readonly iface: string;
  /** Profile ids in Felix's order: namespace, then service account. */
  readonly profiles: readonly string[];
  /** Labels as Felix's label index sees them (see the file comment). */
  readonly labels: Labels;
}

/**
 * Whether Calico has a workload endpoint for the pod: not hostNetwork, scheduled, with an IP, and not
 * finished (libcalico-go `IsReadyCalicoPod`, `IsFinished`).
 */
export function isCalicoWorkload(pod: PodModel): pod is PodModel & { readonly ip: IPv4 } {
  return (
    !pod.hostNetwork &&
    pod.node !== undefined &&
    pod.ip !== undefined &&
    pod.phase !== 'Succeeded' &&
    pod.phase !== 'Failed'
  );
}

function workloadLabels(cluster: Cluster, pod: PodModel): Labels {
  const labels: Record<string, string> = { ...pod.labels };
  for (const [key, value] of Object.entries(namespaceLabels(cluster, pod.namespace))) {
    labels[NAMESPACE_LABEL_PREFIX + key] = value;
  }
  labels[NAMESPACE_LABEL_PREFIX + LABEL_NAME] = pod.namespace;
  labels[SERVICE_ACCOUNT_LABEL_PREFIX + LABEL_NAME] = ASSUMED_SERVICE_ACCOUNT;
  labels[LABEL_NAMESPACE] = pod.namespace;
  labels[LABEL_ORCHESTRATOR] = 'k8s';
  labels[LABEL_SERVICE_ACCOUNT] = ASSUMED_SERVICE_ACCOUNT;
  return labels;
}

/** Every workload endpoint of the cluster (ipset members come from all nodes), in pod order. */
export function calicoWorkloads(cluster: Cluster): readonly CalicoWorkload[] {
  return cluster.pods.filter(isCalicoWorkload).map((pod) => ({
    pod,
    ip: pod.ip,
    iface: calicoInterfaceName(pod.namespace, pod.name),
    profiles: [`kns.${pod.namespace}`, `ksa.${pod.namespace}.${ASSUMED_SERVICE_ACCOUNT}`],
    labels: workloadLabels(cluster, pod),
  }));
}
