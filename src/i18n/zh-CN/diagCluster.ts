import type { diagCluster as en } from '../en/diagCluster.ts';

export const diagCluster: Readonly<Record<keyof typeof en, string>> = {
  'diag.PW101': 'Service "{name}" 的选择器是 {selector}，但没有任何 Pod 带有这些标签',
};
