import { Alert, Anchor, Breadcrumbs, Group, Stack, Text, Title } from '@mantine/core';
import { WriteButton } from '../../../components/WriteButton';
import { useState } from 'react';
import { call } from '../../../lib/api';
import { ConfirmDeleteModal } from '../../corrections/ConfirmDeleteModal';
import { useApiQuery } from '../../../lib/use-api-query';
import { ScreenPrintButton, ScreenPrintHeading } from '../../../components/screen-print/ScreenPrintBar';
import { PersonFormModal } from '../person/PersonFormModal';
import { HouseholdServices } from '../../services/HouseholdServices';
import { useAsOf } from '../../population/use-as-of';
import { FlagsPanel } from './FlagsPanel';
import { HouseholdEditModal } from './HouseholdEditModal';
import { HouseholdStatePanel } from './HouseholdStatePanel';
import { MembersTable } from './MembersTable';
import { OtherMembersTable } from './OtherMembersTable';
import { chineseDate } from '../labels';
import { DocumentPrintButton } from '../../documents/DocumentPrintButton';
import { householdCardPrint } from '../../documents/document-prints';
import { SetFlagModal } from './SetFlagModal';
import { PageLoading } from '../../../components/PageLoading';
import { NewButton } from '../../../components/NewButton';

type Dialog = 'edit' | 'flag' | 'member' | 'delete' | null;

/** 户: members, flags and their history, and the household's address and community. */
export function HouseholdPage({ id }: { id: number }) {
  const when = useAsOf();
  // Flags as of the date shown (they are dated), and the members' and the family's state on it.
  const detail = useApiQuery('households.get', { id, asOf: when.asOf });
  const population = useApiQuery('population.household', { householdId: id, asOf: when.asOf });
  const [dialog, setDialog] = useState<Dialog>(null);
  const h = detail.data;
  if (!h) return <PageLoading error={detail.error} />;
  const saved = () => {
    setDialog(null);
    detail.reload();
    population.reload();
  };
  // Today's head, whatever date is shown: a current period (no last day) with the relation 户主.
  const hasHead = [...h.members, ...h.otherMembers].some((m) => m.relation === 'head' && m.memberTo === null);
  return (
    <Stack>
      <ScreenPrintHeading subject={`户 ${h.number}（${h.communityName}，${chineseDate(when.asOf)}）`} />
      <Breadcrumbs>
        <Anchor href="#/registry">人员与家庭</Anchor>
        <Text>{h.communityName}</Text>
        <Text>户 {h.number}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={3}>户 {h.number}</Title>
          <Text c="dimmed">
            {h.communityName} · {h.address ?? '（未填地址）'}
          </Text>
        </div>
        <Group>
          <ScreenPrintButton />
          <DocumentPrintButton label="打印户卡" {...householdCardPrint(h.id, when.asOf)} />
          <WriteButton variant="default" onClick={() => setDialog('edit')}>
            编辑地址/社区
          </WriteButton>
          <WriteButton variant="default" onClick={() => setDialog('flag')}>
            设置标志
          </WriteButton>
          <NewButton onNew={() => setDialog('member')}>添加成员</NewButton>
          {h.members.length === 0 && h.otherMembers.length === 0 && (
            <WriteButton variant="light" color="red" onClick={() => setDialog('delete')}>
              删除此户
            </WriteButton>
          )}
        </Group>
      </Group>
      {detail.error && <Alert color="red">{detail.error.message}</Alert>}
      <HouseholdStatePanel household={h} population={population} when={when} />
      <Title order={5}>{when.asOf === when.today ? '成员' : `${chineseDate(when.asOf)}的成员`}</Title>
      <MembersTable members={h.members} asOf={{ date: when.asOf, today: when.today, states: population.data?.asOf === when.asOf ? population.data.members : null }} />
      {h.otherMembers.length > 0 && <Title order={6}>其他时间在本户的人员</Title>}
      <OtherMembersTable members={h.otherMembers} asOf={when.asOf} today={when.today} />
      <Title order={5}>标志</Title>
      <FlagsPanel household={h} />
      <HouseholdServices householdId={h.id} householdNumber={h.number} />
      {dialog === 'edit' && <HouseholdEditModal household={h} onClose={() => setDialog(null)} onSaved={saved} onRefresh={detail.reload} />}
      {dialog === 'flag' && <SetFlagModal household={h} onClose={() => setDialog(null)} onSaved={saved} onRefresh={detail.reload} />}
      {dialog === 'delete' && (
        <ConfirmDeleteModal
          what="户"
          name={`${h.number}（${h.communityName}）`}
          note="这一户从未有过成员，可以删除（连同它的标志）。"
          remove={() => call('corrections.deleteHousehold', { id: h.id })}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            window.location.hash = '#/registry';
          }}
        />
      )}
      {dialog === 'member' && (
        <PersonFormModal target={{ mode: 'create', householdId: h.id, householdNumber: h.number, hasHead }} onClose={() => setDialog(null)} onSaved={saved} />
      )}
    </Stack>
  );
}
