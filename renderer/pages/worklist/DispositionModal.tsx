import { Loader, Text } from '@mantine/core';
import type { ServiceRecord } from '../../../shared/contract/services';
import type { WorklistListRow } from '../../../shared/contract/worklist';
import { todayIso } from '../../../shared/clock';
import { addDays } from '../../../shared/domain/dates';
import { SERVICE_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { useApiQuery } from '../../lib/use-api-query';
import { WORKLIST_KIND_LABEL } from './worklist-labels';

interface Props {
  row: WorklistListRow;
  onClose(): void;
  onSaved(): void;
}

interface Values {
  decision: 'handled' | 'postponed';
  serviceRecordId: string | null;
  reason: string;
  postponedUntil: string;
}

const DECISIONS = { handled: '已处理', postponed: '暂缓' } as const;

function serviceLabel(s: ServiceRecord): string {
  const what = s.content ?? s.outcome ?? s.vacancyTitle ?? '';
  return `${s.date} ${SERVICE_KIND_LABEL[s.kind]}${s.clerk ? `（${s.clerk}）` : ''}${what ? `：${what.slice(0, 30)}` : ''}`;
}

/**
 * 处理待办: mark a row 已处理 — with the service record it led to, chosen from the person's (or household's) services
 * — or 暂缓 with a reason until a date (the row is listed again that day). Dated today and audited.
 */
export function DispositionModal(props: Props) {
  const { kind, id } = props.row.subject;
  if (kind === 'person') return <PersonServices personId={id} {...props} />;
  if (kind === 'household') return <HouseholdServices householdId={id} {...props} />;
  return <DispositionForm services={[]} {...props} />;
}

function PersonServices({ personId, ...props }: Props & { personId: number }) {
  const query = useApiQuery('services.listForPerson', { personId });
  if (!query.data && !query.error) return <Loader size="sm" aria-label="正在读取服务记录" />;
  return <DispositionForm services={query.data ?? []} {...props} />;
}

function HouseholdServices({ householdId, ...props }: Props & { householdId: number }) {
  const query = useApiQuery('services.listForHousehold', { householdId });
  if (!query.data && !query.error) return <Loader size="sm" aria-label="正在读取服务记录" />;
  return <DispositionForm services={query.data ?? []} {...props} />;
}

function DispositionForm({ row, services, onClose, onSaved }: Props & { services: readonly ServiceRecord[] }) {
  const today = todayIso();
  const title = `处理待办：${row.subject.name} · ${WORKLIST_KIND_LABEL[row.kind]}`;
  const options = services.filter((s) => s.date <= today).map((s) => ({ value: String(s.id), label: serviceLabel(s) }));
  return (
    <FormDialog<Values>
      initial={{ decision: 'handled', serviceRecordId: options[0]?.value ?? null, reason: '', postponedUntil: addDays(today, 7) }}
      title={title}
      size="lg"
      submitLabel="确定"
      onClose={onClose}
      fields={(v) => [
        <Text size="sm">
          {row.detail}（期限 {row.dueOn}）
        </Text>,
        { kind: 'segmented', name: 'decision', label: '处理方式', data: DECISIONS },
        v.decision === 'handled' && row.subject.kind !== 'community'
          ? {
              kind: 'select',
              name: 'serviceRecordId',
              label: '由此产生的服务记录',
              data: options,
              clearable: true,
              searchable: true,
              placeholder: options.length === 0 ? '没有服务记录' : '不关联服务记录',
              nothingFound: '没有这条服务记录',
              description: options.length === 0 ? `${row.subject.name}还没有服务记录；可不关联，直接标记已处理` : '选择因这条待办而做的服务；也可清空，不关联',
            }
          : null,
        v.decision === 'postponed' ? { kind: 'text', name: 'reason', label: '暂缓原因', required: true, limit: 100, placeholder: '如：本人住院，出院后再约' } : null,
        v.decision === 'postponed'
          ? {
              kind: 'date',
              name: 'postponedUntil',
              label: '暂缓至',
              required: true,
              future: true,
              description: '当天起重新列入待办（最长一年）',
              check: (d: string) => (d <= today ? '暂缓至的日期应晚于今天' : d > addDays(today, 366) ? '暂缓最长一年，请选择一年内的日期' : null),
            }
          : null,
      ]}
      save={async (v) => {
        if (v.decision === 'handled') {
          await call('worklist.dispose', { rowId: row.rowId, dueOn: row.dueOn, decision: 'handled', serviceRecordId: v.serviceRecordId ? Number(v.serviceRecordId) : null });
        } else {
          await call('worklist.dispose', { rowId: row.rowId, dueOn: row.dueOn, decision: 'postponed', reason: v.reason, postponedUntil: v.postponedUntil });
        }
        onSaved();
        return v.decision === 'handled' ? `已将“${row.subject.name}”的这条待办标记为已处理` : `已暂缓至 ${v.postponedUntil}`;
      }}
    />
  );
}
