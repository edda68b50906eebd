import { describe, expect, it } from 'vitest';
import { build, deployment, diagnostics } from './testkit.ts';

const WEB = `${deployment('web')}---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n---\n`;
const INGRESS = (spec: string): string =>
  `apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: shop}\nspec: ${spec}\n---\n`;
const RULE =
  '[{host: shop.example, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}}]';

describe('Ingress', () => {
  it('an Ingress without a class is served by the default class (nginx, which packetwalk adds)', () => {
    const c = build(WEB + INGRESS(`{rules: ${RULE}}`));
    expect(c.ingresses[0]).toMatchObject({
      ref: 'default/shop',
      className: 'nginx',
      controller: 'k8s.io/ingress-nginx',
      servedBy: 'ingress-nginx/ingress-nginx-controller',
      rules: [
        {
          host: 'shop.example',
          paths: [{ path: '/', pathType: 'Prefix', backend: { service: 'default/web', port: 80 } }],
        },
      ],
    });
  });

  it('an ingressClassName no IngressClass or controller serves is PW116', () => {
    const c = build(WEB + INGRESS(`{ingressClassName: traefik, rules: ${RULE}}`));
    expect(diagnostics(c, 'PW116')[0]).toMatchObject({
      severity: 'warning',
      params: { name: 'default/shop', className: 'traefik', controller: '' },
    });
    expect(c.ingresses[0]?.servedBy).toBeUndefined();
  });

  it('an IngressClass whose controller does not run here is PW116 too', () => {
    const c = build(
      WEB +
        INGRESS(`{ingressClassName: traefik, rules: ${RULE}}`) +
        'apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: {name: traefik}\nspec: {controller: traefik.io/ingress-controller}\n',
    );
    expect(diagnostics(c, 'PW116')[0]?.params).toEqual({
      name: 'default/shop',
      className: 'traefik',
      controller: 'traefik.io/ingress-controller',
    });
  });

  it('with an own ingress-nginx and no default class, a class-less Ingress is PW117', () => {
    const own = deployment('ingress-nginx-controller', {
      namespace: 'ingress-nginx',
      labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' },
    });
    const c = build(WEB + INGRESS(`{rules: ${RULE}}`) + own);
    expect(diagnostics(c, 'PW117')[0]?.params).toEqual({ name: 'default/shop' });
    expect(c.services.some((s) => s.name === 'ingress-nginx-controller')).toBe(false);
  });

  it('a backend Service that does not exist is PW134', () => {
    const c = build(WEB + INGRESS(`{rules: ${RULE.replace('name: web', 'name: missing')}}`));
    expect(diagnostics(c, 'PW134')[0]?.params).toEqual({ name: 'default/shop', service: 'default/missing' });
  });
});
