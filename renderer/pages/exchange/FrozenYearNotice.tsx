import { Alert, Anchor, Badge } from '@mantine/core';
import { dateTimeText } from './exchange-format';

/** Shown in 考核 when the year of the date looked at was frozen for the annual submission. */
export function FrozenYearNotice({ year, frozen }: { year: number; frozen: { frozenAt: string; frozenBy: string; assessmentId: number } }) {
  return (
    <Alert color="blue" title={`${year} 年度考核已冻结上报`}>
      {dateTimeText(frozen.frozenAt)} 由 {frozen.frozenBy} 冻结：该年度不能再录入人工评定或保存考核结果，上报以
      <Anchor href={`#/assessment/saved/${frozen.assessmentId}`}> 冻结的考核结果 </Anchor>
      为准。这里的计算结果仅供查看。
    </Alert>
  );
}

export function FrozenBadge() {
  return (
    <Badge color="blue" variant="light">
      年度上报（已冻结）
    </Badge>
  );
}
