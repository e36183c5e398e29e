import { Alert, Badge, Button, Group, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import type { PersonDetail, TimelineEntry, TimelineKind } from '../../../../shared/contract/registry';
import { useCanWrite } from '../../../lib/auth';
import { useApiQuery } from '../../../lib/use-api-query';
import { EditRegistrationModal } from '../../corrections/EditRegistrationModal';
import { EditSpellModal } from '../../corrections/EditSpellModal';
import { EditAnyWishModal } from '../../corrections/EditAnyWishModal';
import { VoidRecordModal } from '../../corrections/VoidRecordModal';
import { chineseDate } from '../labels';

const COLOR: Record<TimelineKind, string> = {
  spell_start: 'green',
  spell_end: 'gray',
  registered: 'orange',
  registration_cancelled: 'gray',
  wish: 'blue',
  recognition_applied: 'grape',
  recognition_reviewed: 'grape',
  recognition_exited: 'gray',
  service: 'cyan',
  agreement_closed: 'gray',
  moved: 'indigo',
  archived: 'red',
};

type Correction = { action: 'void' | 'edit'; entry: TimelineEntry & { record: NonNullable<TimelineEntry['record']> } };

interface Props {
  person: PersonDetail;
  version: number;
  /** After a record was corrected: the page reloads what depends on it. */
  onChanged(): void;
}

const summaryOf = (e: TimelineEntry): string => [e.date ? chineseDate(e.date) : '未注明日期', e.title, e.detail].filter(Boolean).join('，');

/**
 * Everything dated about the person, newest first. A record entered wrongly can be corrected here: 修改 (失业登记,
 * 就业经历, any 就业意愿) or 作废 with a reason; a voided record stays, struck through, with the reason.
 */
export function PersonTimeline({ person, version, onChanged }: Props) {
  const [tick, setTick] = useState(0);
  const [correction, setCorrection] = useState<Correction | null>(null);
  const canWrite = useCanWrite();
  const timeline = useApiQuery('persons.timeline', { id: person.id }, `${version}.${tick}`);
  const editing = correction?.action === 'edit';
  const facts = useApiQuery('employment.ofPerson', { personId: person.id }, `${version}.${tick}.${editing ? 'edit' : ''}`);
  if (timeline.error) return <Alert color="red">{timeline.error.message}</Alert>;
  const entries = timeline.data ?? [];
  if (!timeline.loading && entries.length === 0) {
    return <Text c="dimmed">还没有就业、失业登记、就业意愿、困难认定或服务记录。</Text>;
  }
  const handlers = {
    onClose: () => setCorrection(null),
    onSaved: () => {
      setCorrection(null);
      setTick((t) => t + 1);
      onChanged();
    },
    onRefresh: () => {
      setCorrection(null);
      setTick((t) => t + 1);
    },
  };
  const record = correction?.entry.record;
  const registration = record?.entity === 'unemployment_registration' ? facts.data?.registrations.find((r) => r.id === record.id) : undefined;
  const spell = record?.entity === 'employment_spell' ? facts.data?.spells.find((s) => s.id === record.id) : undefined;
  const wishId = record?.entity === 'employment_wish' ? record.id : undefined;
  return (
    <>
      <Timeline active={entries.length - 1} bulletSize={14} lineWidth={2} aria-label="时间线">
        {entries.map((e, i) => {
          const voided = e.voided ?? null;
          const target = e.record ?? null;
          return (
            <Timeline.Item
              key={`${e.kind}-${e.date ?? ''}-${i}`}
              color={voided ? 'gray' : COLOR[e.kind]}
              title={
                <Group gap="xs">
                  <Text span fw={500} td={voided ? 'line-through' : undefined} c={voided ? 'dimmed' : undefined}>
                    {e.title}
                  </Text>
                  {voided && (
                    <Badge color="gray" variant="outline" size="sm">
                      已作废
                    </Badge>
                  )}
                  {canWrite && target && !voided && (
                    <Group gap={4}>
                      {(target.entity === 'unemployment_registration' || target.entity === 'employment_spell' || target.entity === 'employment_wish') && (
                        <Button size="compact-xs" variant="subtle" onClick={() => setCorrection({ action: 'edit', entry: { ...e, record: target } })} aria-label={`修改：${summaryOf(e)}`}>
                          修改
                        </Button>
                      )}
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => setCorrection({ action: 'void', entry: { ...e, record: target } })} aria-label={`作废：${summaryOf(e)}`}>
                        作废
                      </Button>
                    </Group>
                  )}
                </Group>
              }
            >
              <Text size="xs" c="dimmed">
                {e.date ? chineseDate(e.date) : '未注明日期'}
              </Text>
              {e.detail && (
                <Text size="sm" td={voided ? 'line-through' : undefined} c={voided ? 'dimmed' : undefined}>
                  {e.detail}
                </Text>
              )}
              {voided && (
                <Text size="sm" c="red.8">
                  作废原因：{voided.reason}（{voided.by}，{new Date(voided.at).toLocaleDateString('zh-CN', { year: 'numeric', month: 'long', day: 'numeric' })}作废）
                </Text>
              )}
            </Timeline.Item>
          );
        })}
      </Timeline>
      {correction?.action === 'void' && record && (
        <VoidRecordModal entity={record.entity} id={record.id} summary={summaryOf(correction.entry)} owner={person.name} {...handlers} />
      )}
      {editing && registration && <EditRegistrationModal person={person} registration={registration} {...handlers} />}
      {editing && spell && <EditSpellModal person={person} spell={spell} {...handlers} />}
      {editing && wishId !== undefined && <EditAnyWishModal person={person} wishId={wishId} {...handlers} />}
    </>
  );
}
