/** Reading a Service object's spec: its type and ports with Kubernetes' defaults, and where its fields are. */
import type { IServicePort } from 'kubernetes-models/v1/ServicePort';
import { parsePort, parseProtocol } from '../net/port.ts';
import type { Source } from './inputs.ts';
import { pointer, type Where } from './report.ts';
import type { ServicePortModel, ServiceType } from './types.ts';

export function where(s: Source<'Service'>, ...path: (string | number)[]): Where {
  return { provenance: s.provenance, positions: s.positions, pointer: pointer(...path) };
}

export function serviceType(value: unknown): ServiceType {
  return value === 'NodePort' || value === 'LoadBalancer' || value === 'ExternalName' ? value : 'ClusterIP';
}

export function parsePorts(
  s: Source<'Service'>,
): { readonly spec: IServicePort; readonly index: number; readonly model: ServicePortModel }[] {
  return (s.data.spec?.ports ?? []).flatMap((p, index) => {
    const port = parsePort(p.port);
    if (port === undefined) return [];
    const target = p.targetPort;
    const targetPort = typeof target === 'string' && target !== '' ? target : (parsePort(target) ?? port);
    const model: ServicePortModel = {
      ...(p.name === undefined || p.name === '' ? {} : { name: p.name }),
      port,
      protocol: parseProtocol(p.protocol) ?? 'TCP',
      targetPort,
      ...(p.appProtocol === undefined ? {} : { appProtocol: p.appProtocol }),
    };
    return [{ spec: p, index, model }];
  });
}

/** `Service default/web`, for diagnostics naming an owner. */
export function serviceLabel(s: Source<'Service'>): string {
  return `Service ${s.namespace}/${s.name}`;
}
