/**
 * Ingresses and the classes that route them. An Ingress is served when its class (explicit
 * `ingressClassName`, the legacy `kubernetes.io/ingress.class` annotation, or the default IngressClass)
 * names a controller that runs here — ingress-nginx, whether the manifests bring it or packetwalk adds it.
 * Otherwise nothing answers for its hosts, and PW116/PW117 say why.
 */
import { parsePort } from '../net/port.ts';
import { toServiceRef } from './ids.ts';
import type { Inputs, Source } from './inputs.ts';
import { toLabels } from './labels.ts';
import { pointer, type Reporter } from './report.ts';
import { INGRESS_NGINX_CONTROLLER } from './system.ts';
import type {
  IngressBackendModel,
  IngressClassModel,
  IngressModel,
  IngressRuleModel,
  PodModel,
  ServiceModel,
  ServiceRef,
} from './types.ts';
import { selectPods, type PodIndex } from './selection.ts';

const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';

export function buildIngressClasses(inputs: Inputs): IngressClassModel[] {
  return inputs.byKind.IngressClass.map((s) => ({
    name: s.name,
    controller: s.data.spec?.controller ?? '',
    isDefault: s.data.metadata?.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true',
    provenance: s.provenance,
  }));
}

/**
 * The Service in front of a running ingress-nginx controller: one that selects controller pods and
 * carries port 80 (the admission webhook Service does not).
 */
export function ingressNginxService(
  services: readonly ServiceModel[],
  index: PodIndex,
): ServiceRef | undefined {
  const isController = (p: PodModel): boolean =>
    p.labels['app.kubernetes.io/name'] === 'ingress-nginx' &&
    p.labels['app.kubernetes.io/component'] !== 'admission-webhook';
  const candidates = services.filter(
    (s) =>
      s.selector !== undefined &&
      s.ports.some((p) => p.port === 80) &&
      selectPods(index, s.namespace, s.selector).some(isController),
  );
  const preferred =
    candidates.find((s) => s.type === 'LoadBalancer') ??
    candidates.find((s) => s.type === 'NodePort') ??
    candidates[0];
  return preferred?.ref;
}

function backend(
  namespace: string,
  value:
    | {
        readonly service?: {
          readonly name: string;
          readonly port?: { readonly name?: string; readonly number?: number };
        };
      }
    | undefined,
): IngressBackendModel | undefined {
  const svc = value?.service;
  if (svc === undefined) return undefined;
  const ref = toServiceRef(namespace, svc.name);
  const port = parsePort(svc.port?.number) ?? svc.port?.name;
  return ref === undefined || port === undefined ? undefined : { service: ref, port };
}

export function buildIngresses(
  inputs: Inputs,
  classes: readonly IngressClassModel[],
  services: readonly ServiceModel[],
  controllerService: ServiceRef | undefined,
  report: Reporter,
): IngressModel[] {
  const defaultClass = classes.filter((c) => c.isDefault).sort((a, b) => (a.name < b.name ? -1 : 1))[0];
  const known = new Set<string>(services.map((s) => s.ref));
  return inputs.byKind.Ingress.map((s: Source<'Ingress'>): IngressModel => {
    const spec = s.data.spec ?? {};
    const where = { provenance: s.provenance, positions: s.positions };
    const annotated = toLabels(s.data.metadata?.annotations)['kubernetes.io/ingress.class'];
    const className = spec.ingressClassName ?? annotated ?? defaultClass?.name;
    const cls = className === undefined ? undefined : classes.find((c) => c.name === className);
    const served = cls?.controller === INGRESS_NGINX_CONTROLLER && controllerService !== undefined;
    if (className === undefined) {
      report.report('PW117', 'warning', { ...where, pointer: '/spec' }, { name: `${s.namespace}/${s.name}` });
    } else if (!served) {
      report.report(
        'PW116',
        'warning',
        { ...where, pointer: '/spec/ingressClassName' },
        {
          name: `${s.namespace}/${s.name}`,
          className,
          controller: cls?.controller ?? '',
        },
      );
    }
    const check = (b: IngressBackendModel | undefined, at: string): void => {
      if (b !== undefined && !known.has(b.service))
        report.report(
          'PW134',
          'warning',
          { ...where, pointer: at },
          { name: `${s.namespace}/${s.name}`, service: b.service },
        );
    };
    const rules: IngressRuleModel[] = (spec.rules ?? []).map((r, i) => ({
      ...(r.host === undefined || r.host === '' ? {} : { host: r.host }),
      paths: (r.http?.paths ?? []).map((p, k) => {
        const b = backend(s.namespace, p.backend);
        check(b, pointer('spec', 'rules', i, 'http', 'paths', k, 'backend', 'service', 'name'));
        return { path: p.path ?? '/', pathType: p.pathType, ...(b === undefined ? {} : { backend: b }) };
      }),
    }));
    const defaultBackend = backend(s.namespace, spec.defaultBackend);
    check(defaultBackend, '/spec/defaultBackend/service/name');
    return {
      ref: `${s.namespace}/${s.name}`,
      name: s.name,
      namespace: s.namespace,
      ...(className === undefined ? {} : { className }),
      ...(cls === undefined ? {} : { controller: cls.controller }),
      ...(served ? { servedBy: controllerService } : {}),
      rules,
      ...(defaultBackend === undefined ? {} : { defaultBackend }),
      tls: (spec.tls ?? []).map((t) => ({
        hosts: t.hosts ?? [],
        ...(t.secretName === undefined ? {} : { secretName: t.secretName }),
      })),
      annotations: toLabels(s.data.metadata?.annotations),
      provenance: s.provenance,
    };
  });
}
