/**
 * Street-wide reads kept between requests while the tables they read are unchanged.
 *
 * The assessment, the worklist and the completeness views each read the street set-based (all persons, spells,
 * wishes, registrations, services): a few hundred milliseconds on a big street. A clerk's write usually touches
 * one table. So such a read is kept, keyed by its parameters, together with the versions of the tables it reads.
 * The next request reuses it only if none of those tables has changed, and reads afresh otherwise.
 *
 * - This connection's own writes bump a per-table counter. TEMP triggers do it (temp.memo_versions), for every row
 *   inserted, updated or deleted, whatever code path wrote it: repositories, imports, migrations of data.
 * - Commits by other connections (the CLI run beside the app) change `PRAGMA data_version`. That is part of every
 *   key, so they invalidate everything.
 * - Inside an open transaction nothing is kept or reused. The data may still roll back, and the counters roll
 *   back with it.
 *
 * Values are shared between callers, so they are frozen (a list and its rows): a caller that tried to change one
 * would throw, not corrupt the next request's answer.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { DeskDatabase } from './desk-database';

/** The tables whose changes are counted; a memoised read names the ones it reads. */
export const WATCHED_TABLES = [
  'communities',
  'households',
  'household_flags',
  'household_memberships',
  'persons',
  'employment_spells',
  'employment_wishes',
  'unemployment_registrations',
  'service_records',
  'family_episodes',
  'difficulty_recognitions',
  'complaints',
  'assessments',
  'settings',
  'standards',
  'vacancies',
  'employers',
  'calendar_days',
] as const;

/**
 * Narrower counters, over some of a table's columns, for street-wide reads that use only those: `persons_core` counts
 * the changes to persons other than to the 十清 fields a clerk fills in every day (技能, 技能等级, 社保, 享受政策).
 * The street's population and the assessment's metrics read none of those fields, so they watch it instead of
 * `persons` and stay kept across such an edit. Insertions and deletions count in full.
 */
export const COLUMN_COUNTERS = {
  persons_core: { table: 'persons', without: ['skills', 'skill_level', 'social_insurance', 'policies_enjoyed'] },
} as const satisfies Record<string, { table: (typeof WATCHED_TABLES)[number]; without: readonly string[] }>;

export type WatchedTable = (typeof WATCHED_TABLES)[number] | keyof typeof COLUMN_COUNTERS;

/**
 * Columns no memoised read uses: an UPDATE that changes only these (a person's phone number, the row version)
 * leaves the kept reads valid. A unit test checks that the memoised repositories never name them.
 */
export const IGNORED_UPDATE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  '*': ['version', 'updated_at'],
  persons: ['phone', 'education', 'veteran', 'graduation_year', 'archive_reason', 'name_initials'],
};

/**
 * Tables whose changed rows are also logged by key columns (temp.memo_changed_keys), so that a per-person or
 * per-household read over them (keyedRead) re-reads only the persons or households whose rows changed: a service
 * recorded for one person, a job, a wish.
 */
const KEYED_COLUMNS = {
  service_records: ['person_id', 'household_id'],
  persons: ['id', 'household_id'],
  household_memberships: ['person_id', 'household_id'],
  employment_spells: ['person_id'],
  employment_wishes: ['person_id'],
  unemployment_registrations: ['person_id'],
  household_flags: ['household_id'],
  difficulty_recognitions: ['person_id'],
} as const satisfies Partial<Record<WatchedTable, readonly string[]>>;

type KeyedColumns = typeof KEYED_COLUMNS;
/** A logged key: a table and one of its key columns. */
export type KeyedBy = { [T in keyof KeyedColumns]: readonly [T, KeyedColumns[T][number]] }[keyof KeyedColumns];

function keyedColumnsOf(table: WatchedTable): readonly string[] {
  return (KEYED_COLUMNS as Partial<Record<WatchedTable, readonly string[]>>)[table] ?? [];
}

/** Values kept per read (the last few parameter sets: today, a date being looked at, the previous one). */
const KEEP_PER_READ = 3;

interface Entry {
  stamp: string;
  value: unknown;
}

interface KeyedEntry {
  dataVersion: number;
  /** Versions of the keyed tables (patched key by key) and of the whole ones (any change starts afresh). */
  keyedStamp: string;
  wholeStamp: string;
  /** The last change-log entry taken into account. */
  seq: number;
  /** Values by key; null = read, and there is none. */
  known: Map<number, unknown>;
}

interface PatchedEntry {
  dataVersion: number;
  keyedStamp: string;
  wholeStamp: string;
  seq: number;
  value: unknown;
}

interface MemoState {
  versionOf: BetterSqlite3.Statement;
  dataVersion: BetterSqlite3.Statement;
  reads: Map<string, Map<string, Entry>>;
  keyed: Map<string, Map<string, KeyedEntry>>;
  patched: Map<string, Map<string, PatchedEntry>>;
  hits: number;
  misses: number;
}

const states = new WeakMap<BetterSqlite3.Database, MemoState>();

/**
 * Creates the counters and their triggers on this connection (after migrations: the tables must exist). Tables
 * missing from an older schema are skipped; a read that names one is then simply never kept.
 */
export function installChangeCounters(sqlite: BetterSqlite3.Database): void {
  const existing = new Set(sqlite.prepare("SELECT name FROM main.sqlite_master WHERE type = 'table'").pluck().all() as string[]);
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS memo_versions (t TEXT PRIMARY KEY, v INTEGER NOT NULL) WITHOUT ROWID');
  sqlite.exec('CREATE TEMP TABLE IF NOT EXISTS memo_changed_keys (seq INTEGER PRIMARY KEY AUTOINCREMENT, t TEXT NOT NULL, c TEXT NOT NULL, k INTEGER)');
  const seed = sqlite.prepare('INSERT OR IGNORE INTO temp.memo_versions (t, v) VALUES (?, 0)');
  for (const table of WATCHED_TABLES) {
    if (!existing.has(table)) continue;
    seed.run(table);
    const ignored = new Set([...(IGNORED_UPDATE_COLUMNS['*'] ?? []), ...(IGNORED_UPDATE_COLUMNS[table] ?? [])]);
    const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter((c) => !ignored.has(c));
    const changed = columns.map((c) => `OLD."${c}" IS NOT NEW."${c}"`).join(' OR ');
    const log = (row: 'NEW' | 'OLD') =>
      keyedColumnsOf(table)
        .map((column) => `INSERT INTO temp.memo_changed_keys (t, c, k) VALUES ('${table}', '${column}', ${row}."${column}");`)
        .join(' ');
    for (const [suffix, event, when, logged] of [
      ['i', 'INSERT', '', log('NEW')],
      ['u', 'UPDATE', `WHEN ${changed}`, `${log('OLD')} ${log('NEW')}`],
      ['d', 'DELETE', '', log('OLD')],
    ] as const) {
      sqlite.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS memo_${table}_${suffix} AFTER ${event} ON main.${table} ${when}
         BEGIN UPDATE temp.memo_versions SET v = v + 1 WHERE t = '${table}'; ${logged} END`,
      );
    }
  }
  for (const [name, { table, without }] of Object.entries(COLUMN_COUNTERS)) {
    if (!existing.has(table)) continue;
    seed.run(name);
    const skipped = new Set([...(IGNORED_UPDATE_COLUMNS['*'] ?? []), ...(IGNORED_UPDATE_COLUMNS[table] ?? []), ...without]);
    const columns = (sqlite.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[]).filter((c) => !skipped.has(c));
    const changed = columns.map((c) => `OLD."${c}" IS NOT NEW."${c}"`).join(' OR ');
    for (const [suffix, event, when] of [
      ['i', 'INSERT', ''],
      ['u', 'UPDATE', `WHEN ${changed}`],
      ['d', 'DELETE', ''],
    ] as const) {
      sqlite.exec(`CREATE TEMP TRIGGER IF NOT EXISTS memo_${name}_${suffix} AFTER ${event} ON main.${table} ${when} BEGIN UPDATE temp.memo_versions SET v = v + 1 WHERE t = '${name}'; END`);
    }
  }
  states.set(sqlite, {
    versionOf: sqlite.prepare('SELECT v FROM temp.memo_versions WHERE t = ?').pluck(),
    dataVersion: sqlite.prepare('PRAGMA data_version').pluck(),
    reads: new Map(),
    keyed: new Map(),
    patched: new Map(),
    hits: 0,
    misses: 0,
  });
}

function stampOf(state: MemoState, tables: readonly WatchedTable[]): string | null {
  const parts = [String(state.dataVersion.get())];
  for (const table of tables) {
    const version = state.versionOf.get(table) as number | undefined;
    if (version === undefined) return null;
    parts.push(String(version));
  }
  return parts.join('.');
}

/**
 * `load()`'s value, reused while `tables` are unchanged since it was read with the same `params`. `name` identifies
 * the read (one per repository function); `params` must determine the result together with the tables' contents.
 */
export function memoRead<T>(sqlite: BetterSqlite3.Database, read: { name: string; tables: readonly WatchedTable[]; params: string }, load: () => T): T {
  const state = states.get(sqlite);
  if (!state || sqlite.inTransaction) return load();
  const stamp = stampOf(state, read.tables);
  if (stamp === null) return load();
  let kept = state.reads.get(read.name);
  if (!kept) {
    kept = new Map();
    state.reads.set(read.name, kept);
  }
  const known = kept.get(read.params);
  if (known && known.stamp === stamp) {
    kept.delete(read.params);
    kept.set(read.params, known);
    state.hits += 1;
    return known.value as T;
  }
  state.misses += 1;
  const value = load();
  kept.delete(read.params);
  kept.set(read.params, { stamp, value });
  while (kept.size > KEEP_PER_READ) {
    const oldest = kept.keys().next().value;
    if (oldest === undefined) break;
    kept.delete(oldest);
  }
  return value;
}

/** Freezes a list and its rows (objects or tuples); anything else is returned as it is. */
function frozen<T>(value: T): T {
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null) Object.freeze(item);
    Object.freeze(value);
  }
  return value;
}

/**
 * A repository read returning a list, kept while `tables` are unchanged (memoRead), keyed by its arguments (which
 * must be JSON: dates, ids, lists of ids). The list and its rows come back frozen.
 */
export function memoised<A extends unknown[], R>(name: string, tables: readonly WatchedTable[], read: (db: DeskDatabase, ...args: A) => readonly R[]): (db: DeskDatabase, ...args: A) => readonly R[] {
  return (db, ...args) => memoRead(db.sqlite, { name, tables, params: JSON.stringify(args) }, () => frozen(read(db, ...args)));
}

function deepFrozen<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const inner of Object.values(value)) deepFrozen(inner);
  return Object.freeze(value);
}

/**
 * A repository read returning a lookup, kept like `memoised`'s lists. Its values are frozen through and through, and
 * it is typed read-only (a Map itself cannot be frozen).
 */
export function memoisedMap<A extends unknown[], K, V>(name: string, tables: readonly WatchedTable[], read: (db: DeskDatabase, ...args: A) => Map<K, V>): (db: DeskDatabase, ...args: A) => ReadonlyMap<K, V> {
  return (db, ...args) =>
    memoRead(db.sqlite, { name, tables, params: JSON.stringify(args) }, () => {
      const map = read(db, ...args);
      for (const value of map.values()) deepFrozen(value);
      return map;
    });
}

/** A repository read returning a set of ids, kept like `memoised`'s lists and typed read-only. */
export function memoisedSet<A extends unknown[], V>(name: string, tables: readonly WatchedTable[], read: (db: DeskDatabase, ...args: A) => Set<V>): (db: DeskDatabase, ...args: A) => ReadonlySet<V> {
  return (db, ...args) => memoRead(db.sqlite, { name, tables, params: JSON.stringify(args) }, () => read(db, ...args));
}

/** Reads answered from memory and read afresh since the connection opened (tests, the benchmark's notes). */
export function memoStats(sqlite: BetterSqlite3.Database): { hits: number; misses: number } {
  const state = states.get(sqlite);
  return { hits: state?.hits ?? 0, misses: state?.misses ?? 0 };
}

/** More changed keys than this since the last read: read everything afresh rather than key by key. */
const PATCH_LIMIT = 2_000;

/** The last sequence number given out (AUTOINCREMENT: never reused after the log is pruned). */
function lastSeq(sqlite: BetterSqlite3.Database): number {
  return (sqlite.prepare("SELECT COALESCE((SELECT seq FROM temp.sqlite_sequence WHERE name = 'memo_changed_keys'), 0)").pluck().get() as number) ?? 0;
}

/** A kept keyed read this far behind the change log is dropped rather than patched (it would be read afresh anyway). */
const STALE_AFTER = 20_000;

/**
 * Drops the change-log entries every kept keyed read has taken into account, and the kept keyed reads left far
 * behind (a date looked at once), so that the log stays short however long the app runs.
 */
function pruneLog(sqlite: BetterSqlite3.Database, state: MemoState): void {
  const last = lastSeq(sqlite);
  let min = Number.POSITIVE_INFINITY;
  for (const kept of [...state.keyed.values(), ...state.patched.values()]) {
    for (const [params, entry] of kept) {
      if (last - entry.seq > STALE_AFTER) kept.delete(params);
      else min = Math.min(min, entry.seq);
    }
  }
  sqlite.prepare('DELETE FROM temp.memo_changed_keys WHERE seq <= ?').run(Number.isFinite(min) ? min : last);
}

/**
 * A per-key read (`load(keys)` returns the values of those of `keys` that have one: persons' digests, households'
 * facts), kept across writes: after a write only the keys whose rows changed in the `keyed` tables are read again
 * (temp.memo_changed_keys), and keys not asked for before are read once. A change to a `whole` table, another
 * connection's commit, more than PATCH_LIMIT changed keys, or any key logged for a `resetOn` column (a household's
 * service record, for a per-person read that counts them) start afresh. Values come back frozen.
 */
export function keyedRead<V>(
  sqlite: BetterSqlite3.Database,
  read: { name: string; keyed: readonly KeyedBy[]; whole?: readonly WatchedTable[]; resetOn?: readonly KeyedBy[]; params: string },
  keys: readonly number[],
  load: (keys: readonly number[]) => Map<number, V>,
): ReadonlyMap<number, V> {
  const state = states.get(sqlite);
  if (!state || sqlite.inTransaction) return load(keys);
  const dataVersion = state.dataVersion.get() as number;
  const keyedTables = [...new Set(read.keyed.map(([table]) => table))];
  const keyedStamp = stampOf(state, keyedTables);
  const wholeStamp = stampOf(state, read.whole ?? []);
  if (keyedStamp === null || wholeStamp === null) return load(keys);
  let kept = state.keyed.get(read.name);
  if (!kept) {
    kept = new Map();
    state.keyed.set(read.name, kept);
  }
  let entry = kept.get(read.params);
  if (entry && (entry.dataVersion !== dataVersion || entry.wholeStamp !== wholeStamp)) entry = undefined;
  if (entry && entry.keyedStamp !== keyedStamp) {
    const changed = new Set<number>();
    const select = sqlite.prepare('SELECT DISTINCT k FROM temp.memo_changed_keys WHERE t = ? AND c = ? AND seq > ? AND k IS NOT NULL').pluck();
    for (const [table, column] of read.keyed) for (const key of select.all(table, column, entry.seq) as number[]) changed.add(key);
    const reset = (read.resetOn ?? []).some(([table, column]) => select.all(table, column, entry?.seq ?? 0).length > 0);
    if (changed.size > PATCH_LIMIT || reset) entry = undefined;
    else {
      for (const key of changed) entry.known.delete(key);
      entry.keyedStamp = keyedStamp;
      entry.seq = lastSeq(sqlite);
    }
  }
  if (!entry) entry = { dataVersion, keyedStamp, wholeStamp, seq: lastSeq(sqlite), known: new Map() };
  kept.delete(read.params);
  kept.set(read.params, entry);
  while (kept.size > KEEP_PER_READ) {
    const oldest = kept.keys().next().value;
    if (oldest === undefined) break;
    kept.delete(oldest);
  }
  const known = entry.known;
  const missing = [...new Set(keys.filter((key) => !known.has(key)))];
  if (missing.length > 0) {
    state.misses += 1;
    const loaded = load(missing);
    for (const key of missing) known.set(key, loaded.has(key) ? deepFrozen(loaded.get(key)) : null);
  } else state.hits += 1;
  pruneLog(sqlite, state);
  const result = new Map<number, V>();
  for (const key of keys) {
    const value = known.get(key);
    if (value !== null && value !== undefined) result.set(key, value as V);
  }
  return result;
}

/**
 * keyedRead for a repository read returning rows (any number per key): the rows of the given keys, grouped by key
 * in the order the keys are given (each key's rows in the order `load` returned them), frozen.
 */
export function keyedRows<R>(
  sqlite: BetterSqlite3.Database,
  read: { name: string; keyed: readonly KeyedBy[]; whole?: readonly WatchedTable[]; params: string },
  keys: readonly number[],
  keyOf: (row: R) => number,
  load: (keys: readonly number[]) => readonly R[],
): readonly R[] {
  const grouped = keyedRead<readonly R[]>(sqlite, read, keys, (missing) => {
    const byKey = new Map<number, R[]>();
    for (const row of load(missing)) {
      const key = keyOf(row);
      const list = byKey.get(key);
      if (list) list.push(row);
      else byKey.set(key, [row]);
    }
    return byKey;
  });
  const rows: R[] = [];
  for (const key of new Set(keys)) rows.push(...(grouped.get(key) ?? []));
  return rows;
}

/** Later than any date a record holds: a read "on" it reads all of a key's rows. */
export const END_OF_TIME = '9999-12-31';

/**
 * A per-key read on D (persons' digests or facts) kept across dates. `all` reads each key's value over all its rows,
 * with what `holdsOn` needs to tell whether that value is also the value on D (no row dated after D, say); it is kept
 * per key whatever D (keyedRead). Only the keys for which it does not hold are read for D itself by `onD`, kept per
 * D. A key with no value over all its rows has none on D either. Returns the keys' values in the order given.
 */
export function keyedReadAcrossDates<K, V>(
  sqlite: BetterSqlite3.Database,
  read: { name: string; keyed: readonly KeyedBy[] },
  keys: readonly number[],
  asOf: string,
  load: { all: (keys: readonly number[]) => Map<number, K>; holdsOn: (kept: K, asOf: string) => boolean; valueOf: (kept: K) => V; onD: (keys: readonly number[]) => Map<number, V> },
): Map<number, V> {
  const all = keyedRead(sqlite, { name: `${read.name}.all`, keyed: read.keyed, params: '' }, keys, load.all);
  const holds = (key: number) => {
    const kept = all.get(key);
    return kept === undefined || load.holdsOn(kept, asOf);
  };
  const others = keys.filter((key) => !holds(key));
  const onD = others.length === 0 ? new Map<number, V>() : keyedRead(sqlite, { name: read.name, keyed: read.keyed, params: asOf }, others, load.onD);
  const values = new Map<number, V>();
  for (const key of keys) {
    const kept = all.get(key);
    const value = kept === undefined ? undefined : holds(key) ? load.valueOf(kept) : onD.get(key);
    if (value !== undefined) values.set(key, value);
  }
  return values;
}

/** The keys logged for `keyed` since `seq` (null: more than PATCH_LIMIT of them). */
function changedKeysSince(sqlite: BetterSqlite3.Database, keyed: readonly KeyedBy[], seq: number): Set<number> | null {
  const changed = new Set<number>();
  const select = sqlite.prepare('SELECT DISTINCT k FROM temp.memo_changed_keys WHERE t = ? AND c = ? AND seq > ? AND k IS NOT NULL').pluck();
  for (const [table, column] of keyed) {
    for (const key of select.all(table, column, seq) as number[]) changed.add(key);
    if (changed.size > PATCH_LIMIT) return null;
  }
  return changed;
}

/**
 * A derived value built from many reads (the worklist of a date) and kept across writes by patching it: after a
 * write that changed rows of the `keyed` tables (or of the `patchedOn` ones, whose rows have no key: the patch
 * re-reads what depends on them) and no `whole` table, `patch(kept, changedKeys)` derives the new value from the
 * kept one and the keys (persons) whose rows changed; it must give what `build()` would. A change to a `whole` table,
 * another connection's commit, more than PATCH_LIMIT changed keys, or forgetting the kept reads build afresh.
 * The kept value is shared: `patch` must return a new value and leave the kept one as it was.
 */
export function patchedRead<V>(
  sqlite: BetterSqlite3.Database,
  read: { name: string; keyed: readonly KeyedBy[]; patchedOn?: readonly WatchedTable[]; whole: readonly WatchedTable[]; params: string },
  build: () => V,
  patch: (kept: V, changed: ReadonlySet<number>) => V,
): V {
  const state = states.get(sqlite);
  if (!state || sqlite.inTransaction) return build();
  const dataVersion = state.dataVersion.get() as number;
  const keyedStamp = stampOf(state, [...new Set([...read.keyed.map(([table]) => table), ...(read.patchedOn ?? [])])]);
  const wholeStamp = stampOf(state, read.whole);
  if (keyedStamp === null || wholeStamp === null) return build();
  let kept = state.patched.get(read.name);
  if (!kept) {
    kept = new Map();
    state.patched.set(read.name, kept);
  }
  const entry = kept.get(read.params);
  let value: V;
  if (entry && entry.dataVersion === dataVersion && entry.wholeStamp === wholeStamp && entry.keyedStamp === keyedStamp) {
    state.hits += 1;
    value = entry.value as V;
  } else {
    state.misses += 1;
    const changed = entry && entry.dataVersion === dataVersion && entry.wholeStamp === wholeStamp ? changedKeysSince(sqlite, read.keyed, entry.seq) : null;
    const seq = lastSeq(sqlite);
    value = entry && changed !== null ? patch(entry.value as V, changed) : build();
    kept.delete(read.params);
    kept.set(read.params, { dataVersion, keyedStamp, wholeStamp, seq, value });
    while (kept.size > KEEP_PER_READ) {
      const oldest = kept.keys().next().value;
      if (oldest === undefined) break;
      kept.delete(oldest);
    }
    pruneLog(sqlite, state);
  }
  return value;
}

/**
 * A street-wide list kept across writes (patchedRead): after a write to the `keyed` tables, the rows of the keys
 * (persons) whose rows changed are dropped and read again by `ofKeys`; with `order`, the list's order, they are
 * merged in place (the kept list must be in that order), else appended (for readers that need only each key's rows
 * together and in their own order). The list and its rows come back frozen.
 */
export function patchedRows<R>(
  sqlite: BetterSqlite3.Database,
  read: { name: string; keyed: readonly KeyedBy[]; whole?: readonly WatchedTable[]; params: string },
  load: { all: () => readonly R[]; ofKeys: (keys: readonly number[]) => readonly R[]; keyOf: (row: R) => number; order?: (a: R, b: R) => number },
): readonly R[] {
  return patchedRead<readonly R[]>(
    sqlite,
    { name: read.name, keyed: read.keyed, whole: read.whole ?? [], params: read.params },
    () => frozen([...load.all()]),
    (kept, changed) => {
      const fresh = changed.size === 0 ? [] : [...load.ofKeys([...changed])];
      const rows = kept.filter((row) => !changed.has(load.keyOf(row)));
      if (!load.order) return frozen([...rows, ...fresh]);
      const order = load.order;
      fresh.sort(order);
      const merged: R[] = [];
      let f = 0;
      for (const row of rows) {
        while (f < fresh.length && order(fresh[f] as R, row) < 0) merged.push(fresh[f++] as R);
        merged.push(row);
      }
      while (f < fresh.length) merged.push(fresh[f++] as R);
      return frozen(merged);
    },
  );
}

/** Forgets every kept value (the benchmark measures cold reads with it). */
export function forgetMemoReads(sqlite: BetterSqlite3.Database): void {
  states.get(sqlite)?.reads.clear();
  states.get(sqlite)?.keyed.clear();
  states.get(sqlite)?.patched.clear();
}
