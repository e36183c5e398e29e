import { todayIso } from '../../../../shared/clock';

/** Today, or the archive date when the person has left (迁出): the default of a dialog's date about them. */
export function latestDateFor(archivedOn: string | null): string {
  const today = todayIso();
  return archivedOn !== null && archivedOn < today ? archivedOn : today;
}
