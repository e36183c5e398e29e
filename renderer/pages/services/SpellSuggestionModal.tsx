import { Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { RecordServiceResult } from '../../../shared/contract/services';
import { SPELL_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { DateField } from '../../components/DateField';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { selectData } from '../registry/labels';

type SpellKind = keyof typeof SPELL_KIND_LABEL;
type Suggestion = NonNullable<RecordServiceResult['suggestedSpell']>;

/** What the hire is known to be: the suggestion, the post referred to, and the employer when the vacancy named one. */
export interface SpellProposal {
  suggestion: Suggestion;
  personName: string;
  post: string | null;
  employerId: number | null;
}

interface Props {
  proposal: SpellProposal;
  onClose(): void;
  onSaved(): void;
}

/** 录用 closes the referral loop: the clerk confirms (and may correct) a spell of employment; nothing opens by itself. */
export function SpellSuggestionModal({ proposal, onClose, onSaved }: Props) {
  const { suggestion } = proposal;
  const [startDate, setStartDate] = useState<string | null>(suggestion.startDate);
  const [kind, setKind] = useState<SpellKind>(suggestion.kind);
  const [employerName, setEmployerName] = useState(suggestion.employerName ?? '');
  const [post, setPost] = useState(proposal.post ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const sameEmployer = proposal.employerId !== null && employerName.trim() === (suggestion.employerName ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!startDate) {
      setErrors({ startDate: '请填写开始日期（如 2024-01-15）' });
      return;
    }
    setErrors({});
    setSaving(true);
    setFailure(null);
    try {
      await call('spells.add', {
        personId: suggestion.personId,
        startDate,
        endDate: null,
        kind,
        employerName: employerName.trim() || null,
        employerId: sameEmployer ? proposal.employerId : null,
        post: post.trim() || null,
      });
      notifications.show({ color: 'green', message: `已为${proposal.personName}开始一段就业（${startDate} 起）` });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} size="lg" title="录用：为该人员开始一段就业？">
      <form onSubmit={submit} noValidate aria-label="开始就业">
        <Stack>
          <Text size="sm">
            {proposal.personName}经职业介绍被录用。确认后为其登记一段自开始日期起的就业（未结束）；不确认则只保留介绍记录。
          </Text>
          <SimpleGrid cols={2}>
            <DateField label="开始日期" required autoFocus value={startDate} onChange={setStartDate} error={errors.startDate} />
            <Select label="就业形式" required allowDeselect={false} data={selectData(SPELL_KIND_LABEL)} value={kind} onChange={(v) => v && setKind(v as SpellKind)} error={errors.kind} />
            <TextInput label="工作单位" value={employerName} onChange={(e) => setEmployerName(e.currentTarget.value)} error={errors.employerName ?? errors.employerId} />
            <TextInput label="岗位" value={post} onChange={(e) => setPost(e.currentTarget.value)} error={errors.post} />
          </SimpleGrid>
          <ModalFormFooter failure={failure} onCancel={onClose} saving={saving} submitLabel="开始就业" />
        </Stack>
      </form>
    </Modal>
  );
}
