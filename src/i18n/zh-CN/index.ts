import type { Catalogue } from '../index.ts';
import { ui } from './ui.ts';
import { diag } from './diag.ts';
import { diagCluster } from './diagCluster.ts';
import { walk } from './walk.ts';

export const zhCN: Catalogue = { ...ui, ...diag, ...diagCluster, ...walk };
