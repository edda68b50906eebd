import type { MessageKey } from '../../i18n/index.ts';
import type { MessageParams } from '../../engine/diagnostics.ts';
import type { WalkStepRef } from './walkMatches.ts';

/**
 * The message key and parameters naming a step of the walk, as the walk panel numbers them (1-based within
 * its leg): `long` for titles and screen readers ("reply step 3"), `mark` for the compact line mark ("R3").
 */
export function stepLabel(
  ref: WalkStepRef,
  form: 'long' | 'mark',
): { key: MessageKey; params: MessageParams } {
  const prefix = form === 'long' ? 'nodePanel.step' : 'nodePanel.mark';
  const n = ref.index + 1;
  if (ref.leg.startsWith('dns:')) {
    return { key: `${prefix}.dns`, params: { n, query: Number(ref.leg.slice(4)) + 1 } };
  }
  const leg = ref.leg as 'forward' | 'reply' | 'upstream' | 'upstream-reply';
  return { key: `${prefix}.${leg}`, params: { n } };
}
