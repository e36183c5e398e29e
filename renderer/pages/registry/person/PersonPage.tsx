import { Alert, Anchor, Badge, Breadcrumbs, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
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

type Dialog = 'edit' | 'move' | 'archive' | null;

/** 人员: who they are (the full ID number is shown only here), their household, details, and their dated history. */
export function PersonPage({ id }: { id: number }) {
  const detail = useApiQuery('persons.get', { id });
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
            <Text ff="monospace" aria-label="身份证号码">
              {p.idNumber}
            </Text>
            <Text>电话：{p.phone ?? '—'}</Text>
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
        <Group>
          <ScreenPrintButton />
          <Button variant="default" onClick={() => setDialog('edit')}>
            编辑
          </Button>
          <Button variant="default" disabled={archived} onClick={() => setDialog('move')}>
            迁移
          </Button>
          <Button variant="light" color="red" disabled={archived} onClick={() => setDialog('archive')}>
            迁出
          </Button>
        </Group>
      </Group>
      {detail.error && <Alert color="red">{detail.error.message}</Alert>}
      <DeemedNoWishAlert
        person={p}
        reloadKey={`${p.version}.${historyChanges}`}
        onChanged={() => {
          setHistoryChanges((n) => n + 1);
          detail.reload();
        }}
      />
      <PersonStatePanel person={p} reloadKey={`${p.version}.${historyChanges}`} />
      <CompletenessPanel person={p} reloadKey={`${p.version}.${historyChanges}`} />
      <Divider />
      <PersonDetails person={p} />
      <Divider />
      <EmploymentSection
        person={p}
        reloadKey={`${p.version}.${historyChanges}`}
        onChanged={() => {
          setHistoryChanges((n) => n + 1);
          detail.reload();
        }}
      />
      <Divider />
      <RecognitionSection
        person={p}
        reloadKey={`${p.version}.${historyChanges}`}
        onChanged={() => {
          setRecognitionChanges((n) => n + 1);
          setHistoryChanges((n) => n + 1);
        }}
      />
      <Divider />
      <PersonServices key={`services-${recognitionChanges}`} person={p} onChanged={() => setHistoryChanges((n) => n + 1)} />
      <Divider label="时间线（最新在前）" labelPosition="left" />
      <PersonTimeline key={historyChanges} personId={p.id} version={p.version} />
      {dialog === 'edit' && <PersonFormModal target={{ mode: 'edit', person: p }} onClose={() => setDialog(null)} onSaved={saved} onRefresh={detail.reload} />}
      {dialog === 'move' && <MoveModal person={p} onClose={() => setDialog(null)} onSaved={saved} onRefresh={detail.reload} />}
      {dialog === 'archive' && <ArchiveModal person={p} onClose={() => setDialog(null)} onSaved={saved} onRefresh={detail.reload} />}
    </Stack>
  );
}
