/**
 * A dated kind of record (registrations, services, complaints, spells, dated wishes) as its owner lets other domains
 * ask about its dates in SQL, without naming its table: whether any is dated on or before `$asOf`, and the earliest
 * date.
 */
export interface DatedRecordsSql {
  /** SQL condition: a record is dated on or before `$asOf`. */
  anyOnOrBeforeSql: string;
  /** SQL query of one row, one column `d`: the earliest date, null when there is none. */
  earliestSql: string;
}

/** For the owner of `table`, whose records are dated by `column`. */
export function datedRecordsSql(table: string, column: string): DatedRecordsSql {
  return {
    anyOnOrBeforeSql: `EXISTS (SELECT 1 FROM ${table} WHERE ${column} <= $asOf)`,
    earliestSql: `SELECT MIN(${column}) AS d FROM ${table}`,
  };
}
