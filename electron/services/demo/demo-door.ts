/**
 * demo.open / demo.exit (shared/contract/demo.ts) and what the demo refuses: the runtime supplies the switch
 * (electron/services/runtime/desk-runtime.ts). The automatic backups are always of the office's database; a manual
 * backup made on the demo says so (its file name, and the demo street's name inside it).
 */
import { AppError } from '../../../shared/app-error';
import type { DemoExited } from '../../../shared/contract/demo';
import type { CallerContext } from '../context';
import type { Handler } from '../handlers';

export interface DemoDoor {
  /** Starts the job that makes demo.sqlite afresh and switches to it. */
  open(ctx: CallerContext, size: 'small' | 'large'): { jobId: string };
  /** Back to the office's database. */
  exit(): DemoExited;
}

type DemoDoorHandlers = {
  'demo.open': Handler<'demo.open'>;
  'demo.exit': Handler<'demo.exit'>;
};

export function demoDoorHandlers(door: DemoDoor, onDemo: boolean): DemoDoorHandlers {
  return {
    'demo.open': (ctx, input) => door.open(ctx, input.size ?? 'small'),
    'demo.exit': () => {
      if (!onDemo) throw new AppError('REJECTED', '现在打开的就是本所数据，不在演示中');
      return door.exit();
    },
  };
}
