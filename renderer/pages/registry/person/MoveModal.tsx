import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { PersonDetail } from '../../../../shared/contract/registry';
import { todayIso } from '../../../../shared/clock';
import { DateField } from '../../../components/DateField';
import { failureOf } from '../../../components/FailureAlert';
import { ModalFormFooter } from '../../../components/ModalFormFooter';
import type { Failure } from '../../../components/FailureAlert';
import { call } from '../../../lib/api';
import { fieldErrorsOf } from '../../../lib/field-errors';
import { useApiQuery } from '../../../lib/use-api-query';
import { RELATION_LABEL, selectData } from '../labels';
import type { Relation } from './person-form-state';

interface Props {
  person: PersonDetail;
  onClose(): void;
  onSaved(): void;
  onRefresh(): void;
}

/** 迁移: moves the person into another household (found by its number in a community). */
export function MoveModal({ person, onClose, onSaved, onRefresh }: Props) {
  const communities = useApiQuery('communities.list', {});
  const [communityId, setCommunityId] = useState(String(person.communityId));
  const [number, setNumber] = useState('');
  const [relation, setRelation] = useState<Relation>('other');
  const [date, setDate] = useState<string | null>(todayIso());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);

  async function targetHousehold(): Promise<number | null> {
    const page = await call('households.list', { communityId: Number(communityId), offset: 0, limit: 20, query: number.trim() });
    return page.rows.find((r) => r.number === number.trim())?.id ?? null;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!number.trim()) local.householdId = '请填写迁入户的户编号';
    if (!date) local.date = '请填写迁移日期（如 2024-01-15）';
    else if (date > todayIso()) local.date = '迁移日期不能晚于今天';
    setErrors(local);
    if (!date || Object.keys(local).length > 0) return;
    setSaving(true);
    setFailure(null);
    try {
      const householdId = await targetHousehold();
      if (householdId === null) {
        setErrors({ householdId: `所选社区中没有户编号为“${number.trim()}”的户` });
        return;
      }
      await call('persons.move', { id: person.id, version: person.version, householdId, relation, date });
      notifications.show({ color: 'green', message: `“${person.name}”已迁入户 ${number.trim()}` });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`迁移到另一户：${person.name}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            现在所在：{person.communityName}，户 {person.householdNumber}
          </Text>
          <Select
            label="迁入社区"
            searchable
            allowDeselect={false}
            data={(communities.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
            value={communityId}
            onChange={(v) => v && setCommunityId(v)}
          />
          <TextInput label="迁入户的户编号" required autoFocus styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }} value={number} onChange={(e) => setNumber(e.currentTarget.value)} error={errors.householdId} />
          <Select label="与新户主关系" required allowDeselect={false} data={selectData(RELATION_LABEL)} value={relation} onChange={(v) => v && setRelation(v as Relation)} error={errors.relation} />
          <DateField
            label="迁移日期"
            description="在新户的第一天；此前各日仍计入原户，以前的考核和台账不受影响"
            required
            value={date}
            onChange={setDate}
            error={errors.date}
          />
          <ModalFormFooter
            failure={failure}
            onRefresh={() => {
              setFailure(null);
              onRefresh();
            }}
            onCancel={onClose}
            saving={saving}
            submitLabel="确认迁移"
          />
        </Stack>
      </form>
    </Modal>
  );
}
