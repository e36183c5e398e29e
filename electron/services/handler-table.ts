import { join } from 'node:path';
import type { DeskDatabase } from '../../db/open-database';
import { assessmentHandlers } from './assessment/assessment-handlers';
import { assessmentTrendHandlers } from './assessment/trend-handlers';
import { assistanceHandlers } from './assistance/assistance-handlers';
import { calendarHandlers } from './calendar/calendar-handlers';
import { createCommunity, editCommunity, listCommunities } from './communities/communities-service';
import { completenessHandlers } from './completeness/completeness-handlers';
import { documentsHandlers } from './documents/documents-handlers';
import type { FileRegistry } from './files/file-registry';
import type { HandlerTable } from './handlers';
import { historyHandlers } from './history/history-handlers';
import type { JobRegistry } from './jobs/job-registry';
import { ledgerHandlers } from './ledgers/ledger-handlers';
import { noticeHandlers } from './notice/notice-handlers';
import { populationHandlers } from './population/population-handlers';
import { populationSettingsHandlers } from './population/settings-handlers';
import { registryHandlers } from './registry/registry-handlers';
import { streetHandlers } from './street/street-handlers';
import { setupStreet, systemStatus } from './system/system-service';
import type { RuntimeInfo } from './system/system-service';
import { workbookHandlers } from './workbook/workbook-handlers';
import { worklistHandlers } from './worklist/worklist-handlers';

export interface HandlerDeps {
  db: DeskDatabase;
  info: RuntimeInfo;
  files: FileRegistry;
  jobs: JobRegistry;
  tempDir: string;
  today(): string;
}

/** The API's implementation: one entry per contract method. */
export function createHandlerTable(deps: HandlerDeps): HandlerTable {
  const { db, info } = deps;
  return {
    'system.status': (ctx) => systemStatus(db, info, ctx, deps.today()),
    'system.setupStreet': (ctx, input) => setupStreet(db, ctx, input),
    'communities.list': () => listCommunities(db),
    'communities.create': (ctx, input) => createCommunity(db, ctx, input),
    'communities.update': (ctx, input) => editCommunity(db, ctx, input),
    'jobs.get': (_ctx, input) => deps.jobs.get(input.id),
    ...registryHandlers(db, deps.today),
    ...historyHandlers(db, deps.today),
    ...populationHandlers(db),
    ...populationSettingsHandlers({ db, jobs: deps.jobs }),
    ...calendarHandlers({ db, files: deps.files, today: deps.today }),
    ...assistanceHandlers(db, deps.today),
    ...completenessHandlers(db),
    ...worklistHandlers(db),
    ...assessmentHandlers({ db, files: deps.files, today: deps.today }),
    ...assessmentTrendHandlers({ db, today: deps.today }),
    ...streetHandlers(db),
    ...noticeHandlers(db, deps.today),
    ...documentsHandlers(db, deps.today),
    ...workbookHandlers({ db, files: deps.files, jobs: deps.jobs, today: deps.today, outputDir: join(deps.tempDir, 'exports') }),
    ...ledgerHandlers({ db, files: deps.files, jobs: deps.jobs, today: deps.today, outputDir: join(deps.tempDir, 'exports') }),
  };
}
