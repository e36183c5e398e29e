import { List, Text } from '@mantine/core';
import type { AssessmentRun, ItemResult, UnitResult } from '../../../shared/contract/assessment';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';

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
export function ManualVerdictModal({ run, unit, item, today, ...dialog }: Props) {
  const points = item.points;
  const initial = {
    verdict: item.manual?.verdict ?? (null as 'pass' | 'fail' | null),
    score: (item.manual?.score ?? '') as number | string,
    evidence: '',
    periodFrom: run.period.from,
    periodTo: run.period.to,
  };
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title={`录入评定：${unit.name} · ${item.name}`}
      size="lg"
      submitLabel="保存评定"
      fields={({ periodFrom }) => [
        item.checklist && (
          <div>
            <Text size="sm" fw={500}>检查要点</Text>
            <List size="sm">
              {item.checklist.map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
          </div>
        ),
        { kind: 'radio', name: 'verdict', label: '评定结论', required: true, requiredMessage: '请选择评定结论：达标或不达标', data: { pass: '达标', fail: '不达标' } },
        points !== null && {
          kind: 'number',
          name: 'score',
          label: '得分',
          description: `本项 ${points} 分；不填：达标得满分，不达标得 0 分`,
          min: 0,
          max: points,
          check: (score) => typeof score === 'number' && (score < 0 || score > points) && `得分应在 0 到 ${points} 之间`,
        },
        {
          kind: 'textarea',
          name: 'evidence',
          label: '评定依据',
          required: true,
          requiredMessage: '请填写评定依据（检查了什么、看到了什么）',
          minRows: 3,
          placeholder: '如：现场查看了社区劳动保障服务站，专职人员 2 名，经费列入 2026 年街道预算……',
        },
        {
          row: [
            {
              kind: 'date',
              name: 'periodFrom',
              label: '评定期间自',
              required: true,
              requiredMessage: '请填写评定期间的开始日',
              future: true,
              check: (from) => from > today && '评定期间不能从将来开始',
            },
            {
              kind: 'date',
              name: 'periodTo',
              label: '评定期间至',
              noun: '期间结束日',
              required: true,
              requiredMessage: '请填写评定期间的结束日',
              future: true,
              notBefore: { 开始日: periodFrom },
            },
          ],
        },
        <Text size="xs" c="dimmed">评定在所填期间内有效；截止日落在期间内的考核都采用这一评定。录入后不能修改，可再次录入新的评定代替它。</Text>,
      ]}
      save={async ({ verdict, score, evidence, periodFrom: from, periodTo: to }) => {
        if (verdict === null) return;
        await call('assessment.recordManual', {
          standardId: run.standard.id,
          itemId: item.id,
          communityId: unit.communityId,
          periodFrom: from,
          periodTo: to,
          verdict,
          ...(points !== null && typeof score === 'number' ? { score } : {}),
          evidence: evidence.trim(),
        });
        return `已录入“${unit.name}”的${item.metricLabel ?? item.name}评定：${verdict === 'pass' ? '达标' : '不达标'}`;
      }}
    />
  );
}
