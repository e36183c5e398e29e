/**
 * The print settings reach the ledgers' prints (issue [prints] items 5 and 7): printed 身份证号码 are masked with the
 * rule of 打印设置, and 制表人 is the default preparer of 街道信息.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StreetDetails } from '../../../shared/contract/street';
import { maskIdNumberWith } from '../../../shared/domain/privacy/masking';
import { ledgerOutputSpec } from '../../../electron/services/ledgers/ledger-output';
import { ledgerPrintHtml } from '../../../electron/services/ledgers/ledger-print';
import { kitRuntime, StreetKit } from '../assessment/street-kit';
import type { KitRuntime } from '../assessment/street-kit';

const TODAY = '2026-11-20';
let runtime: KitRuntime;
let idNumber: string;

const request = { kind: 'unemployed' as const, asOf: TODAY, communityId: null, query: '', filters: {}, sort: null, orientation: 'landscape' as const };

beforeAll(async () => {
  runtime = await kitRuntime(TODAY);
  const kit = new StreetKit(runtime);
  const person = kit.single(kit.community('金山社区'));
  kit.refresh();
  idNumber = runtime.db.sqlite.prepare('SELECT id_number FROM persons WHERE id = ?').pluck().get(person) as string;
});
afterAll(() => runtime.dispose());

describe('ledger prints follow the print settings', () => {
  it('mask ID numbers with the default rule, then with the one saved in 打印设置', async () => {
    const before = ledgerPrintHtml(ledgerOutputSpec(runtime.db, runtime.caller(), request, TODAY));
    expect(before).toContain(maskIdNumberWith(idNumber, { keepStart: 6, keepEnd: 4 }));
    expect(before).not.toContain(idNumber);
    const saved = await runtime.call('printSettings.set', {
      masking: { idNumber: { keepStart: 3, keepEnd: 2 }, phone: { keepStart: 3, keepEnd: 4 } },
      notice: { standardId: 'chongqing-2007', starStandardId: 'jilin-stars' },
    });
    expect(saved.ok).toBe(true);
    const after = ledgerPrintHtml(ledgerOutputSpec(runtime.db, runtime.caller(), request, TODAY));
    expect(after).toContain(`${idNumber.slice(0, 3)}${'*'.repeat(13)}${idNumber.slice(-2)}`);
    expect(after).not.toContain(maskIdNumberWith(idNumber, { keepStart: 6, keepEnd: 4 }));
  });

  it('print the default 制表人 of 街道信息, else the clerk', async () => {
    expect(ledgerOutputSpec(runtime.db, runtime.caller(), request, TODAY).preparedBy).toBe(runtime.caller().displayName);
    const details = await runtime.call('street.details', {});
    if (!details.ok) throw new Error(details.error.message);
    const version = (details.value as StreetDetails).version;
    const saved = await runtime.call('street.saveDetails', { version, name: '解放路街道', complaintPhone: null, complaintMailbox: null, preparer: '王会计', address: null });
    expect(saved.ok).toBe(true);
    expect(ledgerOutputSpec(runtime.db, runtime.caller(), request, TODAY).preparedBy).toBe('王会计');
  });
});
