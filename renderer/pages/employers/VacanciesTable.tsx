import { Anchor, Button, Group, Text } from '@mantine/core';
import type { Vacancy } from '../../../shared/contract/employers';
import { DataTable } from '../../components/DataTable';
import { dateText, vacancyHref, wageText } from './employer-labels';
import { VacancyFlags } from './VacancyFlags';

interface Props {
  vacancies: Vacancy[];
  communityName(id: number | null): string;
  onEdit(vacancy: Vacancy): void;
  onFill(vacancy: Vacancy): void;
}

/** An employer's vacancies: open ones first, each opening its page (matching suggestions, referrals). */
export function VacanciesTable({ vacancies, communityName, onEdit, onFill }: Props) {
  return (
    <DataTable aria-label="岗位列表" rows={vacancies} rowKey={(v) => v.id}
      columns={[
        { header: '岗位', cell: (v) => <Anchor href={vacancyHref(v.id)}>{v.title}</Anchor> },
        { header: '人数', ta: 'right', cell: (v) => v.posts },
        {
          header: '技能要求',
          cell: (v) => (
            <Text size="sm" lineClamp={2}>
              {v.skills ?? '—'}
            </Text>
          ),
        },
        { header: '工资（元/月）', ta: 'right', cell: (v) => wageText(v.wage) },
        { header: '发布日期', cell: (v) => dateText(v.openedOn) },
        { header: '招满日期', cell: (v) => dateText(v.filledOn) },
        { header: '所属社区', cell: (v) => communityName(v.communityId) },
        { header: '状态', cell: (v) => <VacancyFlags vacancy={v} /> },
        {
          header: null,
          cell: (v) => (
            <Group gap={4} wrap="nowrap">
              <Button size="compact-sm" variant="subtle" onClick={() => onEdit(v)} aria-label={`编辑岗位${v.title}`}>
                编辑
              </Button>
              {v.filledOn === null && (
                <Button size="compact-sm" variant="subtle" onClick={() => onFill(v)} aria-label={`招满${v.title}`}>
                  招满
                </Button>
              )}
            </Group>
          ),
        },
      ]}
    />
  );
}
