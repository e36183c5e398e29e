/**
 * The documented JSON of `assess --json` (issue #6 item 7): the standard, the dates, every community shown and the
 * street, each unit with its items — id, name, kind, verdict, value, threshold, numerator/denominator and the
 * subjects failing and pending. A subject is a person (身份证号码), a household (户编号) or a community (12-digit code:
 * the street's communities that did not pass, a community without employers' demand); complaints are counted in the
 * value only. The street's items that add the communities up list the subjects of every community (not only those
 * shown with --community), each reason prefixed with its community, so a script sees why the street fails.
 */
import type { AssessmentRecord, AssessmentRun, AssessmentSubject, ItemResult, UnitResult } from '../../../shared/contract/assessment';

type CliSubject = { kind: 'person' | 'household' | 'community'; key: string; reason: string };

function subjectsOf(subjects: readonly AssessmentSubject[], records: readonly AssessmentRecord[], status: AssessmentRecord['status']): CliSubject[] {
  return [
    ...subjects.map((s): CliSubject => ({ kind: s.kind, key: s.key, reason: s.reason })),
    ...records.filter((r) => r.kind === 'community' && r.status === status).map((r): CliSubject => ({ kind: 'community', key: r.key, reason: r.reason })),
  ];
}

function itemDocument(i: ItemResult, failing: CliSubject[], pending: CliSubject[]) {
  return {
    id: i.id,
    name: i.name,
    kind: i.kind,
    verdict: i.verdict,
    value: i.value,
    threshold: i.threshold,
    numerator: i.numerator,
    denominator: i.denominator,
    failing,
    pending,
  };
}

const ownItem = (i: ItemResult) => itemDocument(i, subjectsOf(i.failing, i.records, 'failing'), subjectsOf(i.pending, i.records, 'pending'));

/** A street item adding the communities up: the subjects of that item in every community, in the communities' order. */
function summedStreetItem(i: ItemResult, communities: readonly UnitResult[]) {
  const failing: CliSubject[] = [];
  const pending: CliSubject[] = [];
  for (const c of communities) {
    const item = c.items.find((x) => x.id === i.id);
    if (!item) continue;
    const tag = (s: CliSubject): CliSubject => ({ ...s, reason: `${c.code} ${c.name}：${s.reason}` });
    failing.push(...subjectsOf(item.failing, item.records, 'failing').map(tag));
    pending.push(...subjectsOf(item.pending, item.records, 'pending').map(tag));
  }
  return itemDocument(i, failing, pending);
}

/** `allCommunities`: every community of the run, for the street's lists when `run.communities` was narrowed to one. */
export function assessDocument(run: AssessmentRun, allCommunities: readonly UnitResult[] = run.communities): unknown {
  const unit = (u: UnitResult) => ({
    code: u.code,
    name: u.name,
    verdict: u.verdict,
    score: u.score,
    stars: u.stars,
    items: u.items.map(ownItem),
  });
  return {
    standard: { id: run.standard.id, version: run.standard.version, name: run.standard.name },
    asOf: run.asOf,
    period: { from: run.period.from, to: run.period.to },
    communities: run.communities.map(unit),
    street: {
      verdict: run.street.verdict,
      score: run.street.score,
      stars: run.street.stars,
      items: run.street.items.map((i) => (i.subjectsListedPerCommunity ? summedStreetItem(i, allCommunities) : ownItem(i))),
    },
  };
}
