import type { diagCluster as en } from '../en/diagCluster.ts';

export const diagCluster: Readonly<Record<keyof typeof en, string>> = {
  'diag.PW101': 'Service "{name}" 的選擇器是 {selector}，但沒有任何 Pod 帶有這些標籤',
};
