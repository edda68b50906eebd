import type { Catalogue } from '../index.ts';
import { ui } from './ui.ts';
import { diag } from './diag.ts';
import { diagCluster } from './diagCluster.ts';
import { walk } from './walk.ts';
import { dnsIngress } from './dnsIngress.ts';

export const zhCN: Catalogue = { ...ui, ...diag, ...diagCluster, ...walk, ...dnsIngress };
