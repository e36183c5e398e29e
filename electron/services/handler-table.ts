import { join } from 'node:path';
import type { DeskDatabase } from '../../db/open-database';
import { adminHandlers } from './admin/admin-handlers';
import type { Sessions } from './admin/sessions';
import type { BackupWriteIo } from './backup/backup-file';
import { assessmentHandlers } from './assessment/assessment-handlers';
import { assessmentTrendHandlers } from './assessment/trend-handlers';
import { calendarHandlers } from './calendar/calendar-handlers';
import { createCommunity, editCommunity, listCommunities, setCommunityPlatform } from './communities/communities-service';
import { completenessHandlers } from './completeness/completeness-handlers';
import { correctionsHandlers } from './corrections/corrections-handlers';
import { complaintsHandlers } from './complaints/complaints-handlers';
import { demoHandlers, demoWorkbookHandlers } from './demo/demo-handlers';
import type { DemoDoor } from './demo/demo-door';
import { demoDoorHandlers } from './demo/demo-door';
import { employersHandlers } from './employers/employers-handlers';
import { employmentHandlers } from './employment/employment-handlers';
import { documentsHandlers } from './documents/documents-handlers';
import type { FileRegistry } from './files/file-registry';
import type { HandlerTable } from './handlers';
import type { JobRegistry } from './jobs/job-registry';
import { packageHandlers } from './packages/package-handlers';
import { ledgerHandlers } from './ledgers/ledger-handlers';
import { ledgerImportHandlers } from './ledger-import/ledger-import-handlers';
import { noticeHandlers } from './notice/notice-handlers';
import { populationHandlers } from './population/population-handlers';
import { populationSettingsHandlers } from './population/settings-handlers';
import { assistanceHandlers } from './recognitions/assistance-handlers';
import { recognitionsHandlers } from './recognitions/recognitions-handlers';
import { registryHandlers } from './registry/registry-handlers';
import { servicesHandlers } from './services/services-handlers';
import { checkDatabase, setupStreet, systemInfo, systemStatus } from './system/system-service';
import { streetHandlers } from './street/street-handlers';
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
  /** [admin] who is signed in at each door, the clock the lock and idle times are measured by, the migrations (restore). */
  sessions: Sessions;
  clock(): number;
  migrationsDir: string;
  backupIo?: BackupWriteIo;
  /** 载入演示 / 退出演示: the runtime switches between the office's database and the demo's (demo-door.ts). */
  demo: DemoDoor;
}

/** The API's implementation: one entry per contract method. */
export function createHandlerTable(deps: HandlerDeps): HandlerTable {
  const { db, info } = deps;
  return {
    'system.status': (ctx) => systemStatus(db, info, ctx, deps.today()),
    'system.setupStreet': (ctx, input) => setupStreet(db, ctx, input),
    'system.info': () => systemInfo(db, info),
    'system.check': () => checkDatabase(db),
    'communities.list': () => listCommunities(db),
    'communities.create': (ctx, input) => createCommunity(db, ctx, input),
    'communities.update': (ctx, input) => editCommunity(db, ctx, input),
    'communities.setPlatform': (ctx, input) => setCommunityPlatform(db, ctx, input),
    'jobs.get': (_ctx, input) => deps.jobs.get(input.id),
    'jobs.cancel': (_ctx, input) => deps.jobs.cancel(input.id),
    ...registryHandlers(db, deps.today),
    ...employmentHandlers(db, deps.today),
    ...correctionsHandlers(db, deps.today),
    ...servicesHandlers(db, deps.today),
    ...recognitionsHandlers(db, deps.today),
    ...complaintsHandlers(db, deps.today),
    ...employersHandlers(db, deps.today),
    ...populationHandlers(db),
    ...populationSettingsHandlers({ db, jobs: deps.jobs }),
    ...calendarHandlers({ db, files: deps.files, today: deps.today }),
    ...assistanceHandlers(db, deps.today),
    ...completenessHandlers(db),
    ...worklistHandlers({ db, today: deps.today, files: deps.files, outputDir: join(deps.tempDir, 'exports') }),
    ...assessmentHandlers({ db, files: deps.files, today: deps.today }),
    ...assessmentTrendHandlers({ db, today: deps.today }),
    ...demoHandlers({ db, jobs: deps.jobs, today: deps.today }),
    ...demoWorkbookHandlers({ files: deps.files, jobs: deps.jobs, today: deps.today }),
    ...streetHandlers(db),
    ...noticeHandlers({ db, files: deps.files, outputDir: join(deps.tempDir, 'exports'), today: deps.today }),
    ...documentsHandlers(db, deps.today),
    ...adminHandlers({ db, sessions: deps.sessions, clock: deps.clock, files: deps.files, dataDir: info.dataDir, tempDir: deps.tempDir, migrationsDir: deps.migrationsDir, backupIo: deps.backupIo, demo: info.demo === true }),
    ...workbookHandlers({ db, files: deps.files, jobs: deps.jobs, today: deps.today, outputDir: join(deps.tempDir, 'exports') }),
    ...packageHandlers({ db, files: deps.files, jobs: deps.jobs, today: deps.today, tempDir: deps.tempDir, outputDir: join(deps.tempDir, 'exports') }),
    ...ledgerHandlers({ db, files: deps.files, jobs: deps.jobs, today: deps.today, outputDir: join(deps.tempDir, 'exports') }),
    ...demoDoorHandlers(deps.demo, info.demo === true),
    ...ledgerImportHandlers({ db, files: deps.files, jobs: deps.jobs, today: deps.today, outputDir: join(deps.tempDir, 'exports') }),
  };
}
