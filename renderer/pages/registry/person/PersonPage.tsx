import { Alert, Anchor, Badge, Breadcrumbs, Button, Divider, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import type { PersonDetail } from '../../../../shared/contract/registry';
import { call } from '../../../lib/api';
import { useCanWrite, useSignedInUser } from '../../../lib/auth';
import { ConfirmDeleteModal } from '../../corrections/ConfirmDeleteModal';
import { PersonHistory } from '../../admin/PersonHistory';
import { RevealField } from '../../admin/RevealField';
import { useState } from 'react';
import { useApiQuery } from '../../../lib/use-api-query';
import { ScreenPrintButton, ScreenPrintHeading } from '../../../components/screen-print/ScreenPrintBar';
import { GENDER_LABEL, RELATION_LABEL, ageOf, chineseDate } from '../labels';
import { ArchiveModal } from './ArchiveModal';
import { CompletenessPanel } from '../../completeness/CompletenessPanel';
import { MoveModal } from './MoveModal';
import { DeemedNoWishAlert } from '../../employment/DeemedNoWishAlert';
import { EmploymentSection } from '../../employment/EmploymentSection';
import { PersonDetails } from './PersonDetails';
import { PersonFormModal } from './PersonFormModal';
import { PersonTimeline } from './PersonTimeline';
import { RecognitionSection } from '../../recognitions/RecognitionSection';
import { PersonServices } from '../../services/PersonServices';
import { PersonStatePanel } from '../../population/PersonStatePanel';
import { PageLoading } from '../../../components/PageLoading';

type Dialog = 'edit' | 'move' | 'archive' | 'delete' | null;

/**
 * 人员: who they are (ID and phone masked; 显示 reveals them, audited), their household, details, their dated
 * history and the audit trail's record of them (修改历史).
 */
export function PersonPage({ id }: { id: number }) {
  const detail = useApiQuery('persons.get', { id });
  const canWrite = useCanWrite();
  const isAdmin = useSignedInUser()?.role === 'admin';
  /** The person as the edit form starts from: the phone number in full (a reveal, audited), so it is kept as it is. */
  const [editing, setEditing] = useState<PersonDetail | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  /** Bumped when a service or a spell is recorded (they do not change the person's version). */
  const [historyChanges, setHistoryChanges] = useState(0);
  /** Bumped when the recognition section writes service records (援助协议, 跟踪回访): the services list reloads. */
  const [recognitionChanges, setRecognitionChanges] = useState(0);
  const p = detail.data;
  if (!p) return <PageLoading error={detail.error} />;
  const saved = () => {
    setDialog(null);
    detail.reload();
  };
  /** An employment record or wish written: the lists reload and so does the person (the state it derives). */
  const employmentChanged = () => {
    setHistoryChanges((n) => n + 1);
    detail.reload();
  };
  const reloadKey = `${p.version}.${historyChanges}`;
  const archived = p.archivedOn !== null;
  return (
    <Stack>
      <ScreenPrintHeading subject={`人员：${p.name}（${p.communityName}，户 ${p.householdNumber}）`} />
      <Breadcrumbs>
        <Anchor href="#/registry">人员与家庭</Anchor>
        <Text>{p.communityName}</Text>
        <Anchor href={`#/household/${p.householdId}`}>户 {p.householdNumber}</Anchor>
        <Text>{p.name}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={3}>{p.name}</Title>
            <Text>
              {GENDER_LABEL[p.gender]} · {ageOf(p.birthDate)} 岁
            </Text>
            {archived && (
              <Badge color="gray" variant="filled" size="lg">
                迁出
              </Badge>
            )}
          </Group>
          <Group gap="lg">
            <RevealField key={`id-${p.id}`} personId={p.id} field="idNumber" masked={p.idNumber} label="身份证号码" />
            <RevealField key={`phone-${p.id}`} personId={p.id} field="phone" masked={p.phone} label="电话" prefix="电话：" />
            <Text>
              <Anchor href={`#/household/${p.householdId}`}>户 {p.householdNumber}</Anchor>（{RELATION_LABEL[p.relation]}）
            </Text>
            <Text>{p.communityName}</Text>
          </Group>
          {archived && (
            <Text c="red" size="sm">
              已于 {chineseDate(p.archivedOn)}迁出：{p.archiveReason}
            </Text>
          )}
        </Stack>
        {canWrite && (
        <Group>
          <ScreenPrintButton />
          <Button
            variant="default"
            onClick={() => {
              const phone = p.phone === null ? Promise.resolve(null) : call('persons.reveal', { personId: p.id, field: 'phone' }).then((r) => r.value);
              void phone.then((full) => {
                setEditing({ ...p, phone: full });
                setDialog('edit');
              });
            }}
          >
            编辑
          </Button>
          <Button variant="default" disabled={archived} onClick={() => setDialog('move')}>
            迁移
          </Button>
          <Button variant="light" color="red" disabled={archived} onClick={() => setDialog('archive')}>
            迁出
          </Button>
          {isAdmin && (
            <Button variant="subtle" color="red" onClick={() => setDialog('delete')}>
              删除（误录入）
            </Button>
          )}
        </Group>
        )}
      </Group>
      {detail.error && <Alert color="red">{detail.error.message}</Alert>}
      <DeemedNoWishAlert
        person={p}
        reloadKey={reloadKey}
        onChanged={employmentChanged}
      />
      <PersonStatePanel person={p} reloadKey={reloadKey} />
      <CompletenessPanel person={p} reloadKey={reloadKey} />
      <Divider />
      <PersonDetails person={p} />
      <Divider />
      <EmploymentSection
        person={p}
        reloadKey={reloadKey}
        onChanged={employmentChanged}
      />
      <Divider />
      <RecognitionSection
        person={p}
        reloadKey={reloadKey}
        onChanged={() => {
          setRecognitionChanges((n) => n + 1);
          setHistoryChanges((n) => n + 1);
        }}
      />
      <Divider />
      <PersonServices key={`services-${recognitionChanges}`} person={p} onChanged={() => setHistoryChanges((n) => n + 1)} />
      <Tabs defaultValue="timeline" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="timeline">经历（最新在前）</Tabs.Tab>
          <Tabs.Tab value="history">修改历史</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="timeline" pt="sm">
          <PersonTimeline
            key={historyChanges}
            person={p}
            version={p.version}
            onChanged={() => {
              setRecognitionChanges((n) => n + 1);
              setHistoryChanges((n) => n + 1);
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="sm">
          <PersonHistory personId={p.id} reloadKey={reloadKey} />
        </Tabs.Panel>
      </Tabs>
      {dialog === 'edit' && editing && <PersonFormModal target={{ mode: 'edit', person: editing }} onClose={() => setDialog(null)} onSaved={saved} onRefresh={detail.reload} />}
      {dialog === 'move' && <MoveModal person={p} onClose={() => setDialog(null)} onSaved={saved} onRefresh={detail.reload} />}
      {dialog === 'archive' && <ArchiveModal person={p} onClose={() => setDialog(null)} onSaved={saved} onRefresh={detail.reload} />}
      {dialog === 'delete' && (
        <ConfirmDeleteModal
          what="人员"
          name={`${p.name}（户 ${p.householdNumber}）`}
          note="只有误录入、没有任何服务、就业、失业登记、就业意愿、困难认定或迁移记录的人员可以删除；已迁出的人员请保留。"
          remove={() => call('corrections.deletePerson', { id: p.id })}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            window.location.hash = `#/household/${p.householdId}`;
          }}
        />
      )}
    </Stack>
  );
}
