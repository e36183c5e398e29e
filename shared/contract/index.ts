import type { z } from 'zod';
import type { ApiResult } from '../result';
import { adminContract } from './admin';
import { assessmentContract } from './assessment';
import { assessmentTrendContract } from './assessment-trend';
import { calendarContract } from './calendar';
import { communitiesContract } from './communities';
import { demoContract } from './demo';
import { complaintsContract } from './complaints';
import { completenessContract } from './completeness';
import { correctionsContract } from './corrections';
import { documentsContract } from './documents';
import { employersContract } from './employers';
import { employmentContract } from './employment';
import { jobsContract } from './jobs';
import { packagesContract } from './packages';
import { ledgersContract } from './ledgers';
import { ledgerImportContract } from './ledger-import';
import { noticeContract } from './notice';
import { populationContract } from './population';
import { recognitionsContract } from './recognitions';
import { registryContract } from './registry';
import { servicesContract } from './services';
import { standardsContract } from './standards';
import { streetContract } from './street';
import { systemContract } from './system';
import { workbookContract } from './workbook';
import { worklistContract } from './worklist';
import { worklistDispositionsContract } from './worklist-dispositions';

/**
 * What a caller must be allowed to do to call a method; checked in one place (electron/services/authorize):
 * `public` — no sign-in needed (the sign-in screen's own methods); `self` — any signed-in user (their own password);
 * `read`, `write`; `export` — a named list leaves the app; `reveal` — a full ID or phone number is shown; `admin`.
 */
export type Access = 'public' | 'self' | 'read' | 'write' | 'export' | 'reveal' | 'admin';

export interface MethodContract {
  input: z.ZodType;
  output: z.ZodType;
  access: Access;
}

/** Every method of the API, by name. Both transports and the preload are derived from this table. */
export const contract = {
  ...systemContract,
  ...communitiesContract,
  ...jobsContract,
  ...workbookContract,
  ...demoContract,
  ...registryContract,
  ...employmentContract,
  ...servicesContract,
  ...recognitionsContract,
  ...complaintsContract,
  ...employersContract,
  ...populationContract,
  ...calendarContract,
  ...completenessContract,
  ...worklistContract,
  ...worklistDispositionsContract,
  ...standardsContract,
  ...assessmentContract,
  ...assessmentTrendContract,
  ...packagesContract,
  ...streetContract,
  ...noticeContract,
  ...documentsContract,
  ...ledgersContract,
  ...ledgerImportContract,
  ...adminContract,
  ...correctionsContract,
} as const satisfies Record<string, MethodContract>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const methodNames = Object.keys(contract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** The API as the renderer sees it: one named async function per method. */
export type DeskApi = { [M in MethodName]: (input: MethodInput<M>) => Promise<ApiResult<MethodOutput<M>>> };

/** The IPC channel of a method: fixed per method, never chosen by the page. */
export function channelOf(method: MethodName): string {
  return `desk:${method}`;
}
