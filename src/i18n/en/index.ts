import { ui } from './ui.ts';
import { diag } from './diag.ts';
import { diagCluster } from './diagCluster.ts';
import { walk } from './walk.ts';
import { dnsIngress } from './dnsIngress.ts';

/** English is the reference catalogue: its keys are the message keys. */
export const en = { ...ui, ...diag, ...diagCluster, ...walk, ...dnsIngress } as const;
