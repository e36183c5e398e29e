/**
 * Calendar files for the parser tests. The 2027 arrangement is an invented example (示例) shaped like a real
 * notice: the real one is not published yet.
 */
export const SAMPLE_2027_ROWS: [string, string, string][] = [
  ['2027-01-01', '放假', '元旦'],
  ['2027-02-05', '放假', '春节'],
  ['2027-02-06', '放假', '春节'],
  ['2027-02-07', '放假', '春节'],
  ['2027-02-08', '放假', '春节'],
  ['2027-02-09', '放假', '春节'],
  ['2027-02-10', '放假', '春节'],
  ['2027-02-11', '放假', '春节'],
  ['2027-02-12', '放假', '春节'],
  ['2027-02-20', '上班', '春节调休上班'],
  ['2027-09-26', '上班', '国庆节调休上班'],
  ['2027-10-01', '放假', '国庆节'],
  ['2027-10-04', '放假', '国庆节'],
  ['2027-10-05', '放假', '国庆节'],
  ['2027-10-06', '放假', '国庆节'],
  ['2027-10-07', '放假', '国庆节'],
  ['2027-10-09', '上班', '国庆节调休上班'],
];

export function csvOf(rows: readonly (readonly string[])[], header = '日期,类型,名称'): string {
  return [header, ...rows.map((r) => r.join(','))].join('\n');
}

const KIND: Record<string, string> = { 放假: 'holiday', 上班: 'workday' };

/** Pretty-printed as a person would write it: `{`, `"year"`, `"days": [` on lines 1–3, day i on line 3 + i. */
export function jsonOf(rows: readonly (readonly string[])[], head = '"year": 2027,'): string {
  const days = rows.map(([date, kind, name]) => `    { "date": "${date}", "kind": "${KIND[kind ?? ''] ?? kind}", "name": "${name}" }`);
  return ['{', `  ${head}`, '  "days": [', days.join(',\n'), '  ]', '}'].join('\n');
}
