import { Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Vacancy } from '../../../shared/contract/employers';
import { todayIso } from '../../../shared/clock';
import { DateField } from '../../components/DateField';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';

interface Props {
  employer: { id: number; name: string; pairedCommunityId: number | null };
  /** null: a new vacancy of the employer. */
  vacancy: Vacancy | null;
  onClose(): void;
  onSaved(vacancy: Vacancy): void;
  onRefresh(): void;
}

interface Fields {
  title: string;
  posts: number | string;
  skills: string;
  wage: number | string;
  openedOn: string | null;
  communityId: string | null;
  publicWelfare: boolean;
  developedByCommunity: boolean;
}

function initialFields(employer: Props['employer'], v: Vacancy | null): Fields {
  const community = v ? v.communityId : employer.pairedCommunityId;
  return {
    title: v?.title ?? '',
    posts: v?.posts ?? 1,
    skills: v?.skills ?? '',
    wage: v?.wage ?? '',
    openedOn: v?.openedOn ?? todayIso(),
    communityId: community === null ? null : String(community),
    publicWelfare: v?.publicWelfare ?? false,
    developedByCommunity: v?.developedByCommunity ?? false,
  };
}

function localErrors(f: Fields, filledOn: string | null): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!f.title.trim()) errors.title = '请填写岗位名称';
  else if (f.title.trim().length > 60) errors.title = '岗位名称不能超过 60 个字';
  if (typeof f.posts !== 'number' || !Number.isInteger(f.posts) || f.posts < 1) errors.posts = '招聘人数应为至少 1 的整数';
  else if (f.posts > 10_000) errors.posts = '招聘人数过大';
  if (f.skills.trim().length > 200) errors.skills = '技能要求不能超过 200 个字';
  if (f.wage !== '' && (typeof f.wage !== 'number' || f.wage < 0)) errors.wage = '工资应为不小于 0 的数字，面议可不填';
  if (!f.openedOn) errors.openedOn = '请填写发布日期（如 2024-01-15）';
  else if (f.openedOn > todayIso()) errors.openedOn = '发布日期不能晚于今天';
  else if (filledOn !== null && f.openedOn > filledOn) errors.openedOn = `发布日期不能晚于招满日期（${filledOn}）`;
  return errors;
}

/** 新增/编辑岗位: title, posts, skills, wage, opening date, community, 公益性岗位 and 社区开发 flags. */
export function VacancyFormModal({ employer, vacancy, onClose, onSaved, onRefresh }: Props) {
  const communities = useApiQuery('communities.list', {});
  const [fields, setFields] = useState<Fields>(() => initialFields(employer, vacancy));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: '' }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local = localErrors(fields, vacancy?.filledOn ?? null);
    setErrors(local);
    if (Object.keys(local).length > 0 || !fields.openedOn) return;
    setSaving(true);
    setFailure(null);
    const values = {
      communityId: fields.communityId === null ? null : Number(fields.communityId),
      title: fields.title.trim(),
      posts: Number(fields.posts),
      skills: fields.skills.trim() || null,
      wage: fields.wage === '' ? null : Number(fields.wage),
      openedOn: fields.openedOn,
      publicWelfare: fields.publicWelfare,
      developedByCommunity: fields.developedByCommunity,
    };
    try {
      const saved = vacancy
        ? await call('vacancies.update', { id: vacancy.id, version: vacancy.version, ...values })
        : await call('vacancies.create', { employerId: employer.id, ...values });
      notifications.show({ color: 'green', message: `已保存岗位“${saved.title}”` });
      onSaved(saved);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} size="lg" title={vacancy ? `编辑岗位：${vacancy.title}（${employer.name}）` : `新增岗位：${employer.name}`}>
      <form onSubmit={submit} noValidate aria-label="岗位">
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput label="岗位名称" required data-autofocus placeholder="如 保洁员" value={fields.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} />
            <NumberInput label="招聘人数" required min={1} max={10_000} allowDecimal={false} value={fields.posts} onChange={(v) => set('posts', v)} error={errors.posts} />
          </SimpleGrid>
          <TextInput
            label="技能要求"
            placeholder="用顿号或空格分隔，如 家政、清洁"
            description="用于匹配求职人员的意愿工种和技能特长"
            value={fields.skills}
            onChange={(e) => set('skills', e.currentTarget.value)}
            error={errors.skills}
          />
          <SimpleGrid cols={2}>
            <NumberInput label="工资（元/月）" placeholder="面议可不填" min={0} thousandSeparator="," value={fields.wage} onChange={(v) => set('wage', v)} error={errors.wage} />
            <DateField label="发布日期" required value={fields.openedOn} onChange={(v) => set('openedOn', v)} error={errors.openedOn} />
          </SimpleGrid>
          <Select
            label="所属社区"
            placeholder="不限社区"
            description="岗位面向或由其开发的社区；默认为单位的结对社区"
            clearable
            searchable
            data={(communities.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
            value={fields.communityId}
            onChange={(v) => set('communityId', v)}
            error={errors.communityId}
            nothingFoundMessage="没有这个社区"
          />
          <Group>
            <Checkbox label="公益性岗位" checked={fields.publicWelfare} onChange={(e) => set('publicWelfare', e.currentTarget.checked)} error={errors.publicWelfare} />
            <Checkbox
              label="社区开发的岗位"
              checked={fields.developedByCommunity}
              onChange={(e) => set('developedByCommunity', e.currentTarget.checked)}
              error={errors.developedByCommunity}
            />
          </Group>
          <ModalFormFooter
            failure={failure}
            onRefresh={
              vacancy
                ? () => {
                    setFailure(null);
                    onRefresh();
                  }
                : undefined
            }
            onCancel={onClose}
            saving={saving}
            submitLabel="保存"
          />
        </Stack>
      </form>
    </Modal>
  );
}
