import type { MessageKey } from '../../i18n/index.ts';
import type { MessageParams } from '../../engine/diagnostics.ts';
import { legKind, type StepRef } from '../../state/walkSlice.ts';

/**
 * The message key and parameters naming a step of the walk, as the walk panel numbers them (1-based within
 * its leg): `long` for titles and screen readers ("reply step 3"), `mark` for the compact line mark ("R3").
 */
export function stepLabel(ref: StepRef, form: 'long' | 'mark'): { key: MessageKey; params: MessageParams } {
  const prefix = form === 'long' ? 'nodePanel.step' : 'nodePanel.mark';
  const n = ref.index + 1;
  const { kind, query } = legKind(ref.leg);
  return { key: `${prefix}.${kind}`, params: query === undefined ? { n } : { n, query } };
}
