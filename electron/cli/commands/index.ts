import type { Command } from '../command';
import { assessCommand } from './assess-command';
import { auditCommand } from './audit-command';
import { backupCommand, restoreCommand } from './backup-command';
import { userCommand } from './user-command';
import { calendarCommand } from './calendar-command';
import { checkCommand } from './check-command';
import { demoCommand, demoWorkbookCommand } from './demo-command';
import { exportPackageCommand } from './export-package-command';
import { exportNoticeCommand } from './export-notice-command';
import { exportWorkbookCommand } from './export-workbook-command';
import { importPackageCommand } from './import-package-command';
import { importWorkbookCommand } from './import-workbook-command';
import { importLedgerCommand } from './import-ledger-command';
import { infoCommand } from './info-command';
import { initCommand } from './init-command';
import { verifyPackageCommand } from './verify-package-command';
import { exportLedgerCommand, ledgerCommand } from './ledger-command';
import { worklistCommand } from './worklist-command';

/** Every CLI command; later issues add theirs here. */
export const commands: Command[] = [initCommand, infoCommand, checkCommand, importWorkbookCommand, exportWorkbookCommand, demoCommand, demoWorkbookCommand, calendarCommand, assessCommand, worklistCommand, exportPackageCommand, verifyPackageCommand, importPackageCommand, ledgerCommand, exportLedgerCommand, importLedgerCommand, exportNoticeCommand, userCommand, backupCommand, restoreCommand, auditCommand];
