import { Group, List, Modal, NumberInput, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AssessmentRun, ItemResult, UnitResult } from '../../../shared/contract/assessment';
import { DateField } from '../../components/DateField';
import { failureOf } from '../../components/FailureAlert';
import type { Failure } from '../../components/FailureAlert';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { call } from '../../lib/api';
import { fieldErrorsOf } from '../../lib/field-errors';

interface Props {
  run: AssessmentRun;
  unit: UnitResult;
  item: ItemResult;
  today: string;
  onClose(): void;
  onSaved(): void;
}

/**
 * 录入评定 for a manual item (组织机构建设, 六到位…): 达标 or 不达标, the score where the standard gives points, and the
 * evidence — what was checked and seen. In force for the period given (by default the assessment's period).
 */
export function ManualVerdictModal({ run, unit, item, today, onClose, onSaved }: Props) {
  const previous = item.manual;
  const [verdict, setVerdict] = useState<'pass' | 'fail' | null>(previous?.verdict ?? null);
  const [score, setScore] = useState<number | string>(previous?.score ?? '');
  const [evidence, setEvidence] = useState('');
  const [periodFrom, setPeriodFrom] = useState<string | null>(run.period.from);
  const [periodTo, setPeriodTo] = useState<string | null>(run.period.to);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saving, setSaving] = useState(false);
  const points = item.points;
  const clear = (field: string) => setErrors(({ [field]: _gone, ...rest }) => rest);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (verdict === null) local.verdict = '请选择评定结论：达标或不达标';
    if (!evidence.trim()) local.evidence = '请填写评定依据（检查了什么、看到了什么）';
    if (typeof score === 'number' && points !== null && (score < 0 || score > points)) local.score = `得分应在 0 到 ${points} 之间`;
    if (!periodFrom) local.periodFrom = '请填写评定期间的开始日';
    else if (periodFrom > today) local.periodFrom = '评定期间不能从将来开始';
    if (!periodTo) local.periodTo = '请填写评定期间的结束日';
    else if (periodFrom && periodTo < periodFrom) local.periodTo = '期间结束日不能早于开始日';
    setErrors(local);
    if (Object.keys(local).length > 0 || verdict === null || !periodFrom || !periodTo) return;
    setSaving(true);
    setFailure(null);
    try {
      await call('assessment.recordManual', {
        standardId: run.standard.id,
        itemId: item.id,
        communityId: unit.communityId,
        periodFrom,
        periodTo,
        verdict,
        ...(points !== null && typeof score === 'number' ? { score } : {}),
        evidence: evidence.trim(),
      });
      notifications.show({ color: 'green', message: `已录入“${unit.name}”的${item.metricLabel ?? item.name}评定：${verdict === 'pass' ? '达标' : '不达标'}` });
      onSaved();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setFailure(failureOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal opened onClose={onClose} title={`录入评定：${unit.name} · ${item.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {item.checklist && (
            <div>
              <Text size="sm" fw={500}>
                检查要点
              </Text>
              <List size="sm">
                {item.checklist.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            </div>
          )}
          <Radio.Group label="评定结论" required value={verdict} onChange={(v) => {
              setVerdict(v === 'fail' ? 'fail' : 'pass');
              clear('verdict');
            }} error={errors.verdict}>
            <Group mt={4}>
              <Radio value="pass" label="达标" data-autofocus />
              <Radio value="fail" label="不达标" />
            </Group>
          </Radio.Group>
          {points !== null && (
            <NumberInput
              label="得分"
              description={`本项 ${points} 分；不填：达标得满分，不达标得 0 分`}
              min={0}
              max={points}
              value={score}
              onChange={(v) => {
                setScore(v);
                clear('score');
              }}
              error={errors.score}
            />
          )}
          <Textarea
            label="评定依据"
            required
            autosize
            minRows={3}
            placeholder="如：现场查看了社区劳动保障服务站，专职人员 2 名，经费列入 2026 年街道预算……"
            value={evidence}
            onChange={(e) => {
              setEvidence(e.currentTarget.value);
              clear('evidence');
            }}
            error={errors.evidence}
          />
          <Group grow align="flex-start">
            <DateField label="评定期间自" required value={periodFrom} onChange={(v) => {
                setPeriodFrom(v);
                clear('periodFrom');
              }} error={errors.periodFrom} />
            <DateField label="评定期间至" required value={periodTo} onChange={(v) => {
                setPeriodTo(v);
                clear('periodTo');
              }} error={errors.periodTo} />
          </Group>
          <Text size="xs" c="dimmed">
            评定在所填期间内有效；截止日落在期间内的考核都采用这一评定。录入后不能修改，可再次录入新的评定代替它。
          </Text>
          <ModalFormFooter failure={failure} onCancel={onClose} saving={saving} submitLabel="保存评定" />
        </Stack>
      </form>
    </Modal>
  );
}
