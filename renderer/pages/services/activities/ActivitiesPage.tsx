import { Alert, Button, Divider, Grid, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { PLAIN_SERVICE_KINDS } from '../../../../shared/contract/services';
import { todayIso } from '../../../../shared/clock';
import { DateField } from '../../../components/DateField';
import { call } from '../../../lib/api';
import { fieldErrorsOf, messageOf } from '../../../lib/field-errors';
import { lastClerk, rememberClerk } from '../last-clerk';
import { filterKinds, kindOptions, SERVICE_KIND_LABEL } from '../service-kinds';
import type { PlainServiceKind } from '../service-kinds';
import { chineseDate } from '../../registry/labels';
import { addAttendees } from './attendees';
import type { Attendee } from './attendees';
import { AttendeeSearch } from './AttendeeSearch';
import { AttendeeTable } from './AttendeeTable';
import { PasteIdsPanel } from './PasteIdsPanel';

type Field = 'kind' | 'date' | 'clerk' | 'content' | 'personIds';

const isPlainKind = (v: string | null): v is PlainServiceKind => v !== null && (PLAIN_SERVICE_KINDS as readonly string[]).includes(v);

/** 服务活动: one activity attended by many (a job fair, a group guidance session) registered for every attendee at once. */
export function ActivitiesPage() {
  const [kind, setKind] = useState<PlainServiceKind | null>('job_preparation');
  const [date, setDate] = useState<string | null>(todayIso());
  const [clerk, setClerk] = useState(lastClerk);
  const [content, setContent] = useState('');
  const [attendees, setAttendees] = useState<Attendee[]>([]);
  const [blocking, setBlocking] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [rowErrors, setRowErrors] = useState<Map<number, string>>(new Map());
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  /** Bumped after each entry is saved: the paste panel starts afresh. */
  const [round, setRound] = useState(0);
  const listed = useMemo(() => new Set(attendees.map((a) => a.personId)), [attendees]);

  const add = useCallback((added: Attendee[]) => {
    setAttendees((list) => addAttendees(list, added).list);
    setDone(null);
    setErrors((e) => ({ ...e, personIds: undefined }));
  }, []);
  /** For the paste panel: adds, and says how many were already listed. */
  const addCounted = (added: Attendee[]): number => {
    add(added);
    return added.filter((a) => listed.has(a.personId)).length;
  };
  const remove = (personId: number) => {
    setAttendees((list) => list.filter((a) => a.personId !== personId));
    setRowErrors((m) => new Map([...m].filter(([id]) => id !== personId)));
  };

  function localErrors(): Partial<Record<Field, string>> {
    const out: Partial<Record<Field, string>> = {};
    if (!kind) out.kind = '请选择活动类型';
    if (!date) out.date = '请填写活动日期（如 2024-01-15）';
    else if (date > todayIso()) out.date = '活动日期不能晚于今天';
    if (!clerk.trim()) out.clerk = '请填写经办人';
    if (!content.trim()) out.content = '请填写活动内容，如“2026 年春季招聘会”';
    if (attendees.length === 0) out.personIds = '名单为空：请先加入参加人员';
    return out;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = localErrors();
    setErrors(local);
    if (Object.keys(local).length > 0 || !kind || !date || blocking) return;
    setSaving(true);
    setFailure(null);
    setDone(null);
    try {
      const result = await call('services.recordBulk', { kind, date, clerk: clerk.trim(), content: content.trim(), personIds: attendees.map((a) => a.personId) });
      rememberClerk(clerk);
      const message = `已为 ${result.count} 人登记“${content.trim()}”（${SERVICE_KIND_LABEL[kind]}，${chineseDate(date)}）`;
      notifications.show({ color: 'green', message });
      setDone(message);
      setAttendees([]);
      setRowErrors(new Map());
      setRound((n) => n + 1);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      const byPerson = new Map<number, string>();
      for (const [path, message] of Object.entries(fields)) {
        const index = /^personIds\.(\d+)$/.exec(path)?.[1];
        const attendee = index === undefined ? undefined : attendees[Number(index)];
        if (attendee) byPerson.set(attendee.personId, message);
      }
      setRowErrors(byPerson);
      setErrors({ kind: fields.kind, date: fields.date, clerk: fields.clerk, content: fields.content, personIds: fields.personIds });
      setFailure(byPerson.size > 0 ? `${messageOf(error)}。请把标红的人员移出名单后再登记。` : messageOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="服务活动登记">
      <Stack>
        <div>
          <Title order={3}>服务活动</Title>
          <Text c="dimmed" size="sm">
            一次活动（招聘会、集中职业指导、就业准备活动等）有多人参加时，在此一次登记：每人一条服务记录，全部通过才写入。
          </Text>
        </div>
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 2, lg: 4 }}>
            <Select
              label="活动类型"
              required
              searchable
              selectFirstOptionOnChange
              allowDeselect={false}
              data={kindOptions(PLAIN_SERVICE_KINDS)}
              filter={filterKinds}
              value={kind}
              onChange={(v) => setKind(isPlainKind(v) ? v : null)}
              error={errors.kind}
            />
            <DateField label="活动日期" required value={date} onChange={setDate} error={errors.date} />
            <TextInput label="经办人" required value={clerk} onChange={(e) => setClerk(e.currentTarget.value)} error={errors.clerk} />
            <TextInput label="活动内容" required placeholder="如 2026 年春季招聘会" value={content} onChange={(e) => setContent(e.currentTarget.value)} error={errors.content} />
          </SimpleGrid>
        </Paper>
        <Title order={5}>参加人员</Title>
        <Grid>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <AttendeeSearch listed={listed} onAdd={(a) => add([a])} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <PasteIdsPanel key={round} onAdd={addCounted} onBlocking={setBlocking} />
          </Grid.Col>
        </Grid>
        <Divider label={`名单（${attendees.length} 人）`} labelPosition="left" />
        <AttendeeTable attendees={attendees} errors={rowErrors} onRemove={remove} />
        {errors.personIds && (
          <Text c="red" size="sm">
            {errors.personIds}
          </Text>
        )}
        {failure && <Alert color="red">{failure}</Alert>}
        {done && (
          <Alert color="green" title="登记完成">
            {done}
          </Alert>
        )}
        <Group justify="space-between">
          <Text size="sm" c={blocking ? 'red' : 'dimmed'}>
            {blocking ?? (attendees.length > 0 ? `将为名单中的 ${attendees.length} 人各登记一条“${kind ? SERVICE_KIND_LABEL[kind] : '服务'}”记录` : '')}
          </Text>
          <Group>
            {attendees.length > 0 && (
              <Button variant="default" onClick={() => setAttendees([])}>
                清空名单
              </Button>
            )}
            <Button type="submit" loading={saving} disabled={blocking !== null || attendees.length === 0}>
              登记 {attendees.length} 人
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
