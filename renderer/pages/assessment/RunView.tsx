import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import type { AssessmentRun, ItemResult, UnitResult } from '../../../shared/contract/assessment';
import type { StandardSummary } from '../../../shared/contract/standards';
import { useApiQuery } from '../../lib/use-api-query';
import type { UnitRef } from './assessment-route';
import { itemPath, runPath } from './assessment-route';
import { AreaHeader } from './AreaHeader';
import { ScreenPrintBar, ScreenPrintButton, ScreenPrintHeading } from '../../components/screen-print/ScreenPrintBar';
import { formatChineseDate } from '../../../shared/domain/dates';
import { AssessmentControls } from './AssessmentControls';
import { ItemDetail } from './ItemDetail';
import { ManualVerdictModal } from './ManualVerdictModal';
import type { ResolvedRun } from './run-params';
import { paramsOf, runInputOf } from './run-params';
import { SaveAssessmentModal } from './SaveAssessmentModal';
import { unitIn } from './SavedView';
import { SlowProgress } from './SlowProgress';
import { RunResult } from './StreetSummary';
import { FrozenYearNotice } from '../exchange/FrozenYearNotice';
import { CalendarCoverageBanner } from '../../components/calendar-coverage/CalendarCoverageBanner';
import { useFrozenYears } from '../exchange/use-frozen-years';

interface Props {
  resolved: ResolvedRun;
  standards: readonly StandardSummary[];
  /** The item opened for drill-down, or null for the dashboard. */
  focus: { unit: UnitRef; itemId: string } | null;
  today: string;
  navigate(path: string): void;
  replace(path: string): void;
}

function isResultOf(run: AssessmentRun, input: ReturnType<typeof runInputOf>): boolean {
  return run.standard.id === input.standardId && (input.version === undefined || run.standard.version === input.version) && run.asOf === input.asOf && run.period.from === input.from;
}

/**
 * 考核结果 and its drill-down, one component for both so that opening an item and coming back does not compute the
 * street again; the assessment runs again whenever a parameter changes (they live in the address).
 */
export function RunView({ resolved, standards, focus, today, navigate, replace }: Props) {
  const input = runInputOf(resolved);
  const query = useApiQuery('assessment.run', input);
  const [manual, setManual] = useState<{ unit: UnitRef; itemId: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const asOfYear = Number(input.asOf.slice(0, 4));
  const frozen = useFrozenYears().find((f) => f.year === asOfYear) ?? null;
  const params = paramsOf(resolved);
  const linkFor = (unit: UnitResult, item: ItemResult) => itemPath(params, unit.communityId ?? 'street', item.id);
  const fresh = query.data && isResultOf(query.data, input) ? query.data : null;
  // While a new result is computed the previous one stays, dimmed; after a failure only the message shows.
  const shown = fresh ?? (query.loading ? query.data : null);
  const serverErrors = Object.fromEntries((query.error?.details?.fields ?? []).map((f) => [f.path, f.message]));
  const fieldProblem = Object.keys(serverErrors).some((k) => k === 'asOf' || k === 'from');

  const manualUnit = manual && shown ? unitIn(shown, manual.unit) : null;
  const manualItem = manualUnit?.items.find((i) => i.id === manual?.itemId) ?? null;
  const modals = (
    <>
      {shown && manualUnit && manualItem && (
        <ManualVerdictModal
          run={shown}
          unit={manualUnit}
          item={manualItem}
          today={today}
          onClose={() => setManual(null)}
          onSaved={() => {
            setManual(null);
            query.reload();
          }}
        />
      )}
      {saving && shown && <SaveAssessmentModal run={shown} onClose={() => setSaving(false)} onSaved={() => setSaving(false)} />}
    </>
  );

  if (focus) {
    const unit = shown ? unitIn(shown, focus.unit) : null;
    const item = unit?.items.find((i) => i.id === focus.itemId) ?? null;
    return (
      <Stack>
        {unit && item && <ScreenPrintBar subject={`考核明细：${unit.name} · ${item.name}（${resolved.standard.name}，截至${formatChineseDate(input.asOf)}）`} />}
        <SlowProgress busy={query.loading} title="正在计算考核结果…" />
        {frozen && <FrozenYearNotice year={asOfYear} frozen={frozen} />}
        {query.error && <Alert color="red">{query.error.message}</Alert>}
        {shown && (!unit || !item) && <Alert color="red">考核结果中没有该社区或考核项，请返回考核结果重新打开。</Alert>}
        {shown && unit && item && (
          <div style={{ opacity: fresh ? 1 : 0.6 }}>
            <ItemDetail
              run={shown}
              unit={unit}
              item={item}
              backHref={`#${runPath(params)}`}
              linkFor={linkFor}
              onRecordManual={item.kind === 'manual' && !frozen ? () => setManual({ unit: focus.unit, itemId: item.id }) : undefined}
            />
          </div>
        )}
        {modals}
      </Stack>
    );
  }

  return (
    <Stack>
      <ScreenPrintHeading subject={`考核结果：${resolved.standard.name}（截至${formatChineseDate(input.asOf)}）`} />
      <AreaHeader active="run" params={params} navigate={navigate} />
      <Group justify="space-between" align="flex-end">
        <AssessmentControls standards={standards} run={resolved} today={today} serverErrors={serverErrors} onChange={(next) => replace(runPath(paramsOf(next)))} />
        <Group>
          <ScreenPrintButton />
          <Button variant="default" onClick={query.reload} loading={query.loading}>
            重新计算
          </Button>
          <Button onClick={() => setSaving(true)} disabled={!fresh || frozen !== null}>
            保存本次考核
          </Button>
        </Group>
      </Group>
      {frozen && <FrozenYearNotice year={asOfYear} frozen={frozen} />}
      <CalendarCoverageBanner asOf={input.asOf} onImported={query.reload} />
      <SlowProgress busy={query.loading} title="正在计算考核结果…" />
      {query.error && !fieldProblem && <Alert color="red">{query.error.message}</Alert>}
      {shown && (
        <div style={{ opacity: fresh ? 1 : 0.6 }} aria-busy={query.loading}>
          <RunResult run={shown} linkFor={linkFor} />
        </div>
      )}
      {modals}
    </Stack>
  );
}
