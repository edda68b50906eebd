import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en/index.ts';
import { zhCN } from '../../i18n/zh-CN/index.ts';
import { zhTW } from '../../i18n/zh-TW/index.ts';
import { GLOSSARY_IDS, linkTerms } from './terms.ts';

const terms = (text: string) =>
  linkTerms(text).flatMap((s) => (s.term === undefined ? [] : [[s.text, s.term]]));

describe('glossary linking', () => {
  it('links the terms of a DNAT explanation and keeps the text whole', () => {
    const text =
      'PREROUTING, nat table: KUBE-SEP-VQGOCFX4X6FWJPNR rewrites the destination (DNAT) (path PREROUTING → KUBE-SERVICES → KUBE-SVC-CDGGSHYLG3RE2FKL)';
    expect(terms(text)).toEqual([
      ['PREROUTING', 'hook'],
      ['KUBE-SEP-VQGOCFX4X6FWJPNR', 'kube-sep'],
      ['DNAT', 'dnat'],
      ['KUBE-SERVICES', 'kube-services'],
      ['KUBE-SVC-CDGGSHYLG3RE2FKL', 'kube-svc'],
    ]);
    expect(
      linkTerms(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  it('links each term once, prefers the longer phrase, and respects word edges', () => {
    expect(terms('a veth pair: veth and vethae86a283; SNAT not DNATed')).toEqual([
      ['veth pair', 'veth'],
      ['SNAT', 'snat'],
    ]);
  });

  it('finds the Chinese words the zh catalogues use', () => {
    expect(terms('帧交给网桥 cni0')).toEqual([['网桥', 'bridge']]);
    expect(terms('封包經過網橋')).toEqual([['網橋', 'bridge']]);
  });
});

describe('glossary catalogues', () => {
  it.each([
    ['en', en],
    ['zh-CN', zhCN],
    ['zh-TW', zhTW],
  ] as const)('%s has a term and a definition for every entry', (_locale, catalogue) => {
    const texts = catalogue as Readonly<Record<string, string>>;
    for (const id of GLOSSARY_IDS) {
      expect(texts[`glossary.${id}.term`], id).toBeTruthy();
      expect(texts[`glossary.${id}.text`]?.length, id).toBeGreaterThan(40);
    }
  });

  it('covers the terms a learner meets', () => {
    expect(GLOSSARY_IDS.length).toBeGreaterThanOrEqual(30);
  });
});
