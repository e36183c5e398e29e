/**
 * A clerk's everyday writes through the API, for the benchmarks that measure a street-wide view as it is used: the
 * clerk records something, then looks at the assessment or the worklist. Each write is a different kind (a guidance,
 * a refused referral, a new job, a wish, a phone number) and concerns a different registered unemployed person.
 */
import { PersonFields } from '../../shared/contract/registry';
import type { DeskRuntime } from '../../electron/services/runtime/desk-runtime';

export interface ClerkWrite {
  label: string;
  write(): Promise<void>;
}

async function must(runtime: DeskRuntime, method: string, input: unknown): Promise<unknown> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** Registered unemployed persons on D with no spell open (the clerk's usual subjects), spread over the street. */
function subjects(runtime: DeskRuntime, asOf: string, count: number): number[] {
  return runtime.db.sqlite
    .prepare(
      `SELECT r.person_id FROM unemployment_registrations r
        WHERE r.registered_on <= $asOf AND r.cancelled_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM employment_spells s WHERE s.person_id = r.person_id AND (s.end_date IS NULL OR s.end_date >= $asOf))
        ORDER BY r.id % 997, r.id LIMIT $count`,
    )
    .pluck()
    .all({ asOf, count }) as number[];
}

export function clerkWrites(runtime: DeskRuntime, asOf: string): ClerkWrite[] {
  const [a, b, c, d, e] = subjects(runtime, asOf, 5);
  if (e === undefined || a === undefined || b === undefined || c === undefined || d === undefined) throw new Error('the street has too few registered unemployed persons');
  return [
    { label: '职业指导', write: async () => void (await must(runtime, 'services.record', { subject: { personId: a }, date: asOf, kind: 'guidance', clerk: '李明', content: '职业指导' })) },
    { label: '推荐（拒绝）', write: async () => void (await must(runtime, 'services.record', { subject: { personId: b }, date: asOf, kind: 'referral', clerk: '李明', referralResult: 'refused' })) },
    { label: '就业', write: async () => void (await must(runtime, 'spells.add', { personId: c, startDate: asOf, endDate: null, kind: 'flexible' })) },
    { label: '就业意愿', write: async () => void (await must(runtime, 'wishes.record', { personId: d, recordedOn: asOf, hasWish: true, wishedJob: '保洁' })) },
    {
      label: '电话',
      write: async () => {
        const person = (await must(runtime, 'persons.get', { id: e })) as Record<string, unknown> & { version: number };
        const fields = Object.fromEntries(Object.keys(PersonFields.shape).map((key) => [key, person[key] ?? null]));
        await must(runtime, 'persons.update', { id: e, version: person.version, fields: { ...fields, phone: '13912345678' } });
      },
    },
  ];
}
