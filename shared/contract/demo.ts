/**
 * The demo as its own data file (issue #14 item 4): 载入演示 generates the demo street into `demo.sqlite` in the
 * data folder and switches the app to it (the office's database is not touched); 退出演示 switches back.
 */
import { z } from 'zod';
import { Empty } from './common';
import { JobStarted } from './jobs';

export const DemoExited = z.object({ dbPath: z.string() });
export type DemoExited = z.infer<typeof DemoExited>;

export const demoContract = {
  /** A job: its result is DemoLoaded (shared/contract/workbook.ts); the app is on the demo database when it is done. */
  'demo.open': { input: z.strictObject({ size: z.enum(['small', 'large']).optional() }), output: JobStarted, access: 'admin' },
  'demo.exit': { input: Empty, output: DemoExited, access: 'read' },
} as const;
