/** L7 routing through the Ingress controller (ingress-nginx), as its generated nginx.conf routes. */
export * from './types.ts';
export { routeIngress } from './route.ts';
