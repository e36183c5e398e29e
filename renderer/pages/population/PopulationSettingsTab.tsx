import { Alert, Checkbox, Loader, NumberInput, Paper, Radio, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { PopulationSettings } from '../../../shared/contract/population';
import { AdminFormActions } from '../../components/AdminFormActions';
import { JobStatus } from '../../components/JobStatus';
import { call } from '../../lib/api';
import { fieldErrorsOf, messageOf } from '../../lib/field-errors';
import { followJob } from '../../lib/jobs';
import type { JobProgress as Progressing } from '../../lib/jobs';
import { useApiQuery } from '../../lib/use-api-query';
import { AGE_4050_FIELDS, draftOf, RETIREMENT_AGE_FIELDS, settingsOf } from './population-draft';
import type { AgeField, PopulationDraft } from './population-draft';
import { useIsAdmin } from '../../lib/use-is-admin';

type Step = { kind: 'idle' } | { kind: 'saving'; progress: Progressing | null } | { kind: 'done'; seconds: number } | { kind: 'failed'; message: string };

const BASES = [
  { value: '55', label: '55 岁基准（女干部）' },
  { value: '50', label: '50 岁基准（女工人）' },
];

/** 人口口径: the choices of DOMAIN §3; saving recomputes everyone's derived state as a job with progress. */
export function PopulationSettingsTab() {
  const canEdit = useIsAdmin();
  const current = useApiQuery('population.settings', {});
  const [draft, setDraft] = useState<PopulationDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  useEffect(() => {
    if (current.data) setDraft(draftOf(current.data));
  }, [current.data]);

  if (current.error) return <Alert color="red">{current.error.message}</Alert>;
  if (!draft) return <Loader aria-label="正在读取设置" />;
  const d = draft;
  const saving = step.kind === 'saving';
  const set = (patch: Partial<PopulationDraft>) => {
    setDraft({ ...d, ...patch });
    if (step.kind === 'done' || step.kind === 'failed') setStep({ kind: 'idle' });
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = settingsOf(d);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setStep({ kind: 'saving', progress: null });
    try {
      const started = performance.now();
      const { jobId } = await call('population.setSettings', checked.value);
      await followJob(jobId, PopulationSettings, (progress) => setStep({ kind: 'saving', progress }));
      setStep({ kind: 'done', seconds: (performance.now() - started) / 1000 });
      current.reload();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }

  function revert() {
    if (current.data) setDraft(draftOf(current.data));
    setErrors({});
    setStep({ kind: 'idle' });
  }

  const ages = (fields: readonly AgeField[]) => (
    <SimpleGrid cols={3}>
      {fields.map((f) => (
        <NumberInput
          key={f.key}
          label={f.label}
          value={d[f.key]}
          onChange={(v) => set({ ...d, [f.key]: v })}
          min={16}
          max={75}
          allowDecimal={false}
          suffix=" 岁"
          error={errors[f.path]}
          disabled={saving || !canEdit}
        />
      ))}
    </SimpleGrid>
  );

  return (
    <Paper withBorder p="md" maw={760}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <div>
            <Title order={4}>人口口径</Title>
            <Text size="sm" c="dimmed">
              这些选择决定谁属于劳动年龄人口、谁是“4050”人员、哪些家庭算零就业家庭。保存后全街道每个人的退休日期和受影响家庭的零就业、双失业记录都会按新口径重新计算（人多的街道需数秒）。
            </Text>
          </div>
          <Radio.Group label="法定退休年龄" value={d.rule} onChange={(v) => set({ rule: v === 'fixed' ? 'fixed' : 'reform2025' })}>
            <Stack gap={6} mt={6}>
              <Radio value="reform2025" label="2025 年起渐进式延迟退休（国家现行规定）" disabled={saving || !canEdit} />
              <Radio value="fixed" label="固定年龄（改革前的规定，或本地另有规定）" disabled={saving || !canEdit} />
            </Stack>
          </Radio.Group>
          {d.rule === 'fixed' && ages(RETIREMENT_AGE_FIELDS)}
          <Select
            label="未注明身份的女性按"
            description="人员资料里没有填写女干部/女工人时使用"
            data={BASES}
            value={d.base}
            allowDeselect={false}
            onChange={(v) => v && set({ base: v === '50' ? '50' : '55' })}
            error={errors.defaultWomenRetirementBase}
            disabled={saving || !canEdit}
            maw={320}
          />
          {ages(AGE_4050_FIELDS)}
          <Checkbox
            label="农村户不计为零就业家庭"
            description="勾选时，农村户口的家庭即使无人就业也不列为零就业家庭"
            checked={d.rural}
            onChange={(e) => set({ rural: e.currentTarget.checked })}
            disabled={saving || !canEdit}
          />
          <JobStatus step={step} title="正在保存并重新计算" failedTitle="未保存" />
          {step.kind === 'done' && (
            <Alert color="green" title="已保存人口口径">
              已按新口径重新计算全街道人员的退休日期和各户零就业家庭记录（用时 {step.seconds.toFixed(1)} 秒）。
            </Alert>
          )}
          <AdminFormActions canEdit={canEdit} saving={saving} onRevert={revert} submitLabel="保存并重新计算" />
        </Stack>
      </form>
    </Paper>
  );
}
