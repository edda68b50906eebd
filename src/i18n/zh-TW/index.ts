import type { Catalogue } from '../index.ts';
import { ui } from './ui.ts';
import { diag } from './diag.ts';
import { diagCluster } from './diagCluster.ts';

export const zhTW: Catalogue = { ...ui, ...diag, ...diagCluster };
