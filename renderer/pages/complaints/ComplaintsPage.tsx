import { Alert, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { Complaint, ListComplaintsInput } from '../../../shared/contract/complaints';
import { formatChineseDate } from '../../../shared/domain/dates';
import { useCanWrite } from '../../lib/auth';
import { EditComplaintModal } from '../corrections/EditComplaintModal';
import { VoidRecordModal } from '../corrections/VoidRecordModal';
import { DateField } from '../../components/DateField';
import { useApiQuery } from '../../lib/use-api-query';
import { isStatusFilter, isValidityFilter, STATUS_OPTIONS, VALIDITY_OPTIONS } from './complaint-labels';
import type { StatusFilter, ValidityFilter } from './complaint-labels';
import { ComplaintsTable } from './ComplaintsTable';
import { JudgeComplaintModal } from './JudgeComplaintModal';
import { RecordComplaintModal } from './RecordComplaintModal';
import { ResolveComplaintModal } from './ResolveComplaintModal';
import { NewButton } from '../../components/NewButton';
import { CommunitySelect } from '../../components/CommunitySelect';

type Dialog = { kind: 'record' } | { kind: 'judge' | 'resolve'; id: number } | null;

/** 投诉: complaints by community, period, validity and status; 登记 (Alt+N), 认定 有效/无效 with the reason, 办结. */
export function ComplaintsPage() {
  const communities = useApiQuery('communities.list', {});
  const [communityId, setCommunityId] = useState<string | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [validity, setValidity] = useState<ValidityFilter>('all');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [voiding, setVoiding] = useState<Complaint | null>(null);
  const [editing, setEditing] = useState<Complaint | null>(null);
  const canWrite = useCanWrite();

  const periodError = from && to && to < from ? '结束日期不能早于开始日期' : undefined;
  const input: ListComplaintsInput = {
    ...(communityId ? { communityId: Number(communityId) } : {}),
    ...(from ? { from } : {}),
    ...(to && !periodError ? { to } : {}),
    ...(validity !== 'all' ? { validity } : {}),
    ...(status !== 'all' ? { status } : {}),
  };
  const list = useApiQuery('complaints.list', input);
  const rows = list.data ?? [];
  const target = dialog && 'id' in dialog ? (rows.find((c) => c.id === dialog.id) ?? null) : null;
  const gone = dialog !== null && 'id' in dialog && !list.loading && (target === null || target.resolvedOn !== null);
  useEffect(() => {
    // After 刷新: another clerk resolved it (or it left the filter) — nothing left to change here.
    if (!gone) return;
    setDialog(null);
    notifications.show({ color: 'yellow', message: '该投诉已被他人办结或已不在当前筛选结果中，请查看列表' });
  }, [gone]);
  const saved = () => {
    setDialog(null);
    list.reload();
  };
  /** 修改 or 作废 done (or the complaint changed meanwhile): the dialog closes and the list is read again. */
  const closeChanged = () => {
    setEditing(null);
    setVoiding(null);
    list.reload();
  };
  const counts = {
    valid: rows.filter((c) => c.valid === true).length,
    invalid: rows.filter((c) => c.valid === false).length,
    unjudged: rows.filter((c) => c.valid === null).length,
    open: rows.filter((c) => c.resolvedOn === null).length,
  };
  const filtered = Object.keys(input).length > 0;

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={3}>投诉</Title>
        <NewButton onNew={() => setDialog({ kind: 'record' })}>登记投诉</NewButton>
      </Group>
      <Group align="flex-end">
        <CommunitySelect
          communities={communities.data ?? []}
          w={180}
          label="社区"
          placeholder="全部社区"
          clearable
          value={communityId}
          onChange={setCommunityId}
        />
        <DateField label="投诉日期自" value={from} onChange={setFrom} />
        <DateField label="至" value={to} onChange={setTo} error={periodError} />
        <Select w={120} label="有效性" allowDeselect={false} data={VALIDITY_OPTIONS} value={validity} onChange={(v) => isValidityFilter(v) && setValidity(v)} />
        <Select w={120} label="办理状态" allowDeselect={false} data={STATUS_OPTIONS} value={status} onChange={(v) => isStatusFilter(v) && setStatus(v)} />
      </Group>
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {rows.length > 0 && (
        <>
          <Text size="sm" c="dimmed" aria-label="投诉统计">
            共 {rows.length} 件：有效 {counts.valid} 件，无效 {counts.invalid} 件，未认定 {counts.unjudged} 件；未办结 {counts.open} 件
          </Text>
          <ComplaintsTable complaints={rows} onJudge={(c) => setDialog({ kind: 'judge', id: c.id })} onResolve={(c) => setDialog({ kind: 'resolve', id: c.id })} onVoid={canWrite ? setVoiding : null} onEdit={canWrite ? setEditing : null} />
        </>
      )}
      {!list.loading && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="xl">
          {filtered ? '没有符合条件的投诉' : '还没有登记投诉。点击“登记投诉”（Alt+N）登记。'}
        </Text>
      )}
      {dialog?.kind === 'record' && (
        <RecordComplaintModal communities={communities.data ?? []} communityId={communityId} onClose={() => setDialog(null)} onSaved={saved} />
      )}
      {editing && (
        <EditComplaintModal
          complaint={editing}
          onClose={() => setEditing(null)}
          onSaved={closeChanged}
          onRefresh={closeChanged}
        />
      )}
      {voiding && (
        <VoidRecordModal
          entity="complaint"
          id={voiding.id}
          owner={voiding.communityName}
          summary={`${formatChineseDate(voiding.date)}，${voiding.content.length > 40 ? `${voiding.content.slice(0, 40)}…` : voiding.content}`}
          onClose={() => setVoiding(null)}
          onSaved={closeChanged}
          onRefresh={closeChanged}
        />
      )}
      {dialog?.kind === 'judge' && target && <JudgeComplaintModal complaint={target} onClose={() => setDialog(null)} onSaved={saved} onRefresh={list.reload} />}
      {dialog?.kind === 'resolve' && target && <ResolveComplaintModal complaint={target} onClose={() => setDialog(null)} onSaved={saved} onRefresh={list.reload} />}
    </Stack>
  );
}
