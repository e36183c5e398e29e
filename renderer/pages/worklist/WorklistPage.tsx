import { Alert, Badge, Button, Group, Loader, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLocalStorage } from '@mantine/hooks';
import { useState } from 'react';
import type { ListWorklistInput, WorklistListRow } from '../../../shared/contract/worklist';
import { todayIso } from '../../../shared/clock';
import type { WorklistKind } from '../../../shared/domain/worklist/kinds';
import { tallyWorklist } from '../../../shared/domain/worklist/tally';
import { DateField } from '../../components/DateField';
import { useApiQuery } from '../../lib/use-api-query';
import { useIsAdmin } from '../../lib/use-is-admin';
import { useCanWrite } from '../../lib/auth';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';
import { DispositionModal } from './DispositionModal';
import { WorklistExportButton } from './WorklistExportButton';
import { announceWorklistChanged } from './worklist-events';
import { KindFilter } from './KindFilter';
import { WorklistSettingsModal } from './WorklistSettingsModal';
import { WorklistTable } from './WorklistTable';
import { WorklistPrintTable } from './WorklistPrintTable';
import { ScreenPrintButton, ScreenPrintHeading } from '../../components/screen-print/ScreenPrintBar';
import { formatChineseDate } from '../../../shared/domain/dates';
import { STATUS_COLOR, WORKLIST_KIND_LABEL, WORKLIST_STATUS_LABEL } from './worklist-labels';
import { CommunitySelect } from '../../components/CommunitySelect';
import { CalendarCoverageBanner } from '../../components/calendar-coverage/CalendarCoverageBanner';

/**
 * 待办: what is due and overdue on a date (today by default) — guidance within 3 working days, zero-employment
 * families, commitments, registrations nearing a year, follow-up visits, 4050 and retirement ahead, refused referrals,
 * missing 十清/五清 items, re-checks — filtered by community, clerk and kind; each row opens the record to act on.
 */
export function WorklistPage() {
  const today = todayIso();
  const [asOf, setAsOf] = useState(today);
  const [communityId, setCommunityId] = useLocalStorage<string | null>({ key: 'desk.worklist.community', defaultValue: null, getInitialValueInEffect: false });
  const [clerk, setClerk] = useState<string | null>(null);
  const [kinds, setKinds] = useState<WorklistKind[]>([]);
  const [editing, setEditing] = useState(false);
  const [settled, setSettled] = useState(false);
  const [disposing, setDisposing] = useState<WorklistListRow | null>(null);
  const isAdmin = useIsAdmin();
  const canWrite = useCanWrite();
  const communities = useApiQuery('communities.list', {});
  const input: ListWorklistInput = {
    asOf,
    ...(communityId ? { communityId: Number(communityId) } : {}),
    ...(clerk ? { clerk } : {}),
    ...(kinds.length > 0 ? { kinds } : {}),
    ...(settled ? { settled } : {}),
  };
  const [settingsVersion, setSettingsVersion] = useState(0);
  const list = useApiQuery('worklist.list', input, String(settingsVersion));
  const data = list.data;
  const byStatus = tallyWorklist(data?.rows ?? []);
  const changed = () => {
    setSettingsVersion((v) => v + 1);
    announceWorklistChanged();
  };
  async function withdraw(row: WorklistListRow) {
    if (!row.disposition) return;
    try {
      await call('worklist.withdrawDisposition', { id: row.disposition.id });
      notifications.show({ color: 'green', message: `已撤销“${row.subject.name}”这条待办的处理，重新列入待办` });
      changed();
    } catch (error) {
      notifications.show({ color: 'red', title: '未撤销', message: messageOf(error) });
    }
  }
  const communityName = (communities.data ?? []).find((c) => String(c.id) === communityId)?.name ?? '全部社区';
  const printSubject = `待办（截至${formatChineseDate(asOf)}，${communityName}${clerk ? `，经办人 ${clerk}` : ''}${kinds.length > 0 ? `，${kinds.map((k) => WORKLIST_KIND_LABEL[k]).join('、')}` : ''}）`;

  return (
    <Stack gap="sm">
      <ScreenPrintHeading subject={printSubject} />
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={3}>待办</Title>
          <Text size="sm" c="dimmed">
            到期和逾期的事项，按社区、经办人和类型筛选；↑↓ 选择，Enter 打开对应的人员、家庭或社区。
          </Text>
        </Stack>
        <Group align="flex-end" className="no-print">
          <DateField label="截止日期" value={asOf} onChange={(v) => setAsOf(v ?? today)} />
          <CommunitySelect
            communities={communities.data ?? []}
            label="社区"
            w={180}
            clearable
            placeholder="全部社区"
            value={communityId}
            onChange={setCommunityId}
          />
          <Select
            label="经办人"
            w={150}
            clearable
            searchable
            placeholder="全部经办人"
            data={data?.clerks ?? []}
            value={clerk}
            onChange={setClerk}
            nothingFoundMessage={data && data.clerks.length === 0 ? '服务记录中还没有经办人' : '没有这个经办人'}
          />
          <ScreenPrintButton />
          <WorklistExportButton input={input} disabled={!data || data.total === 0} />
          {isAdmin && (
            <Button variant="default" onClick={() => setEditing(true)}>
              待办设置
            </Button>
          )}
        </Group>
      </Group>
      <div className="no-print">
        <KindFilter counts={data?.countsByKind ?? null} selected={kinds} onChange={setKinds} />
      </div>
      <CalendarCoverageBanner asOf={asOf} onImported={() => setSettingsVersion((v) => v + 1)} />
      {list.error && <Alert color="red">{list.error.message}</Alert>}
      {data?.warnings.map((w) => (
        <Alert key={w} color="yellow">
          {w}
        </Alert>
      ))}
      {!data && !list.error && (
        <Group>
          <Loader size="sm" aria-label="正在整理待办" />
          <Text size="sm" c="dimmed">
            正在整理待办…
          </Text>
        </Group>
      )}
      {data && (
        <>
          <Group gap="xs" aria-label="待办统计">
            <Text size="sm">共 {data.total.toLocaleString('zh-CN')} 条</Text>
            {settled && data.settled > 0 && (
              <Text size="sm" c="dimmed">
                （含已处理、暂缓 {data.settled} 条）
              </Text>
            )}
            {(['overdue', 'due', 'upcoming'] as const).map((s) => (
              <Badge key={s} color={STATUS_COLOR[s]} variant={s === 'overdue' ? 'filled' : 'light'}>
                {WORKLIST_STATUS_LABEL[s]} {byStatus[s]}
              </Badge>
            ))}
            {list.loading && <Loader size="xs" aria-label="正在刷新" />}
            <Switch
              className="no-print"
              ml="md"
              size="sm"
              label={`显示已处理、暂缓的（${data.settled}）`}
              checked={settled}
              onChange={(e) => setSettled(e.currentTarget.checked)}
            />
          </Group>
          {data.total > 0 ? (
            <>
              <div className="no-print">
                <WorklistTable
                  key={`${asOf}|${communityId ?? ''}|${clerk ?? ''}|${kinds.join(',')}|${settled}`}
                  rows={data.rows}
                  canWrite={canWrite}
                  onDispose={setDisposing}
                  onWithdraw={(row) => void withdraw(row)}
                />
              </div>
              <WorklistPrintTable rows={data.rows} />
            </>
          ) : (
            <Text c="dimmed" ta="center" py="xl">
              {asOf} 没有符合条件的待办事项。
            </Text>
          )}
        </>
      )}
      {disposing && (
        <DispositionModal
          row={disposing}
          onClose={() => setDisposing(null)}
          onSaved={() => {
            setDisposing(null);
            changed();
          }}
        />
      )}
      {editing && (
        <WorklistSettingsModal
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSettingsVersion((v) => v + 1);
          }}
        />
      )}
    </Stack>
  );
}
