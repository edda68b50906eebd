import type { Catalogue } from '../index.ts';
import { ui } from './ui.ts';
import { diag } from './diag.ts';
import { diagCluster } from './diagCluster.ts';
import { walk } from './walk.ts';
import { dnsIngress } from './dnsIngress.ts';
import { canvas } from './canvas.ts';
import { playback } from './playback.ts';
import { inspector } from './inspector.ts';
import { glossary } from './glossary.ts';

export const zhTW: Catalogue = {
  ...ui,
  ...diag,
  ...diagCluster,
  ...walk,
  ...dnsIngress,
  ...canvas,
  ...playback,
  ...inspector,
  ...glossary,
};
