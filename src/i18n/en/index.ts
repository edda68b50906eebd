import { ui } from './ui.ts';
import { diag } from './diag.ts';
import { diagCluster } from './diagCluster.ts';
import { walk } from './walk.ts';

/** English is the reference catalogue: its keys are the message keys. */
export const en = { ...ui, ...diag, ...diagCluster, ...walk } as const;
