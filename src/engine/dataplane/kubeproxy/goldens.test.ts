/**
 * Golden output for a small cluster of our own (`__fixtures__/small-cluster.yaml`: a three-endpoint cascade,
 * ClientIP affinity, a Service without endpoints, NodePort and LoadBalancer with externalTrafficPolicy Local,
 * loadBalancerSourceRanges, a health-check node port, an ExternalIP, internalTrafficPolicy Local), per node and
 * per proxy mode. master has no local endpoint for the Local-policy Services; worker-1 has them.
 *
 * Normalised only where the real tool's order is unspecified: Services are synced in namespace/name/port order
 * (kube-proxy ranges over a Go map), ipset and nft set elements are sorted (hash order), ipsets are listed in
 * `ipsetInfo` order (created from a Go map). ipvsadm sorts by itself and is not normalised.
 */
import { describe, expect, it } from 'vitest';
import yaml from './__fixtures__/small-cluster.yaml?raw';
import iptMaster from './__fixtures__/small-cluster.master.iptables-save.txt?raw';
import iptWorker from './__fixtures__/small-cluster.worker-1.iptables-save.txt?raw';
import ipvsMasterSave from './__fixtures__/small-cluster-ipvs.master.iptables-save.txt?raw';
import ipvsWorkerSave from './__fixtures__/small-cluster-ipvs.worker-1.iptables-save.txt?raw';
import ipvsMasterAdm from './__fixtures__/small-cluster-ipvs.master.ipvsadm.txt?raw';
import ipvsWorkerAdm from './__fixtures__/small-cluster-ipvs.worker-1.ipvsadm.txt?raw';
import ipvsMasterSet from './__fixtures__/small-cluster-ipvs.master.ipset.txt?raw';
import ipvsWorkerSet from './__fixtures__/small-cluster-ipvs.worker-1.ipset.txt?raw';
import nftMaster from './__fixtures__/small-cluster-nftables.master.nft.txt?raw';
import nftWorker from './__fixtures__/small-cluster-nftables.worker-1.nft.txt?raw';
import nftMasterSave from './__fixtures__/small-cluster-nftables.master.iptables-save.txt?raw';
import nftWorkerSave from './__fixtures__/small-cluster-nftables.worker-1.iptables-save.txt?raw';
import { renderIpsetList } from './ipvs/renderIpset.ts';
import { renderIpvsadm } from './ipvs/renderIpvsadm.ts';
import { renderNftListRuleset } from './nftables/render.ts';
import { clusterFromYaml, lines, runNode, saveLines } from './testkit.ts';

const inMode = (mode: string): string => yaml.replace('mode: iptables', `mode: ${mode}`);
const texts = (rendered: readonly { text: string }[]): string[] => rendered.map((line) => line.text);

describe('small cluster, kube-proxy iptables mode: full iptables-save per node', () => {
  const cluster = clusterFromYaml(yaml);
  it('builds with the diagnostics it means to have (shop/nobody selects no pod, with the nearest-label hint)', () => {
    expect(cluster.diagnostics.map((d) => d.code)).toEqual(['PW101', 'PW120']);
  });

  it.each([
    ['master', iptMaster],
    ['worker-1', iptWorker],
  ])('%s', (node, golden) => {
    expect(saveLines(runNode(cluster, node).ruleset)).toEqual(lines(golden));
  });
});

describe('small cluster, kube-proxy IPVS mode', () => {
  const cluster = clusterFromYaml(inMode('ipvs'));
  it.each([
    ['master', ipvsMasterSave, ipvsMasterAdm, ipvsMasterSet],
    ['worker-1', ipvsWorkerSave, ipvsWorkerAdm, ipvsWorkerSet],
  ])('%s: iptables-save, ipvsadm -Ln and ipset list', (node, save, adm, sets) => {
    const { ruleset, output } = runNode(cluster, node);
    expect(saveLines(ruleset)).toEqual(lines(save));
    expect(output.ipvs && texts(renderIpvsadm(output.ipvs))).toEqual(lines(adm));
    expect(texts(renderIpsetList(output.ipsets, ruleset))).toEqual(lines(sets));
  });
});

describe('small cluster, kube-proxy nftables mode', () => {
  const cluster = clusterFromYaml(inMode('nftables'));
  it.each([
    ['master', nftMaster, nftMasterSave],
    ['worker-1', nftWorker, nftWorkerSave],
  ])('%s: nft list ruleset, and only kubelet’s chains in iptables', (node, nft, save) => {
    const { ruleset, output } = runNode(cluster, node);
    expect(output.nftables && texts(renderNftListRuleset(output.nftables))).toEqual(lines(nft));
    expect(saveLines(ruleset)).toEqual(lines(save));
  });
});
