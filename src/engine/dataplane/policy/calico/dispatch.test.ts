/** The workload dispatch tree (felix/rules/dispatch.go), shown as Felix renders its rules. */
import { describe, expect, it } from 'vitest';
import { workloadDispatchChains } from './dispatch.ts';
import { felixRuleText } from './felixRule.ts';

const render = (ifaces: string[]) =>
  workloadDispatchChains(ifaces).map((chain) => ({
    name: chain.name,
    rules: chain.rules.map(felixRuleText),
  }));

const UNKNOWN = '-m comment --comment "Unknown interface" --jump DROP';

describe('workload dispatch chains', () => {
  it('drops everything when the node has no workloads', () => {
    expect(render([])).toEqual([
      { name: 'cali-from-wl-dispatch', rules: [UNKNOWN] },
      { name: 'cali-to-wl-dispatch', rules: [UNKNOWN] },
    ]);
  });

  it('sends each interface to its chain, sorted, and splits shared prefixes into child chains', () => {
    const [fromChild, fromRoot] = render(['cali5b', 'cali12', 'cali5a']);
    expect(fromChild).toEqual({
      name: 'cali-from-wl-dispatch-5',
      rules: [
        '--in-interface cali5a --goto cali-fw-cali5a',
        '--in-interface cali5b --goto cali-fw-cali5b',
        UNKNOWN,
      ],
    });
    expect(fromRoot).toEqual({
      name: 'cali-from-wl-dispatch',
      rules: [
        '--in-interface cali12 --goto cali-fw-cali12',
        '--in-interface cali5+ --goto cali-from-wl-dispatch-5',
        UNKNOWN,
      ],
    });
  });

  it('dispatches by output interface to the cali-tw- chains', () => {
    const toRoot = render(['cali95aa86cbb2a']).find((chain) => chain.name === 'cali-to-wl-dispatch');
    expect(toRoot?.rules).toEqual([
      '--out-interface cali95aa86cbb2a --goto cali-tw-cali95aa86cbb2a',
      UNKNOWN,
    ]);
  });
});
