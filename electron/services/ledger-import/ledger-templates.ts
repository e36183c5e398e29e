/**
 * Named mapping templates (settings key `ledgerImport.templates`): saved from a preview, reapplied automatically to
 * a file whose header reads the same. Saving and deleting are audited.
 */
import { z } from 'zod';
import { nowIso } from '../../../shared/clock';
import { LedgerTemplate } from '../../../shared/contract/ledger-import';
import type { LedgerKind } from '../../../shared/domain/ledger-import/ledger-fields';
import { headerSignature } from '../../../shared/domain/ledger-import/ledger-fields';
import type { DeskDatabase } from '../../../db/open-database';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { readSetting, writeSetting } from '../../../db/repositories/system/settings-repo';
import type { CallerContext } from '../context';

const KEY = 'ledgerImport.templates';
const Stored = z.array(LedgerTemplate);

export function listTemplates(db: DeskDatabase): LedgerTemplate[] {
  const text = readSetting(db, KEY);
  if (text === null) return [];
  try {
    const parsed = Stored.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** The template saved for this header, if any (the latest saved wins). */
export function templateFor(db: DeskDatabase, headers: readonly string[]): LedgerTemplate | null {
  const signature = headerSignature(headers);
  const found = listTemplates(db).filter((t) => headerSignature(t.headers) === signature);
  return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0] ?? null;
}

/** Saves (or replaces, by name) a template; call inside the caller's transaction or alone. */
export function saveTemplate(db: DeskDatabase, ctx: CallerContext, input: { name: string; kind: LedgerKind; headers: string[]; mapping: Record<string, string | null> }): LedgerTemplate[] {
  const before = listTemplates(db);
  const template = LedgerTemplate.parse({ ...input, savedAt: nowIso() });
  const after = [...before.filter((t) => t.name !== input.name), template];
  writeSetting(db, KEY, JSON.stringify(after));
  recordAudit(db, { username: ctx.username, action: before.some((t) => t.name === input.name) ? 'update' : 'create', entity: 'ledger-import-template', entityKey: input.name, after: template });
  return after;
}

export function deleteTemplate(db: DeskDatabase, ctx: CallerContext, name: string): LedgerTemplate[] {
  const before = listTemplates(db);
  const gone = before.find((t) => t.name === name);
  if (!gone) return before;
  const after = before.filter((t) => t.name !== name);
  writeSetting(db, KEY, JSON.stringify(after));
  recordAudit(db, { username: ctx.username, action: 'update', entity: 'ledger-import-template', entityKey: name, before: gone, after: null });
  return after;
}
