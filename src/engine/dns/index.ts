/** Name resolution: the pod's stub resolver (search list, ndots) and CoreDNS's answers (REFERENCE.md §8). */
export * from './types.ts';
export { candidateNames, ndotsOf, resolve, resolverQueries, type ResolverOptions } from './resolver.ts';
export { coreDnsAnswer } from './coredns.ts';
export { UPSTREAM_HOSTS, upstreamAnswer } from './upstream.ts';
