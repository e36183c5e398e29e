import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import type { Vacancy } from '../../../shared/contract/employers';
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
    <Table striped highlightOnHover withTableBorder aria-label="岗位列表">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>岗位</Table.Th>
          <Table.Th ta="right">人数</Table.Th>
          <Table.Th>技能要求</Table.Th>
          <Table.Th ta="right">工资（元/月）</Table.Th>
          <Table.Th>发布日期</Table.Th>
          <Table.Th>招满日期</Table.Th>
          <Table.Th>所属社区</Table.Th>
          <Table.Th>状态</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {vacancies.map((v) => (
          <Table.Tr key={v.id}>
            <Table.Td>
              <Anchor href={vacancyHref(v.id)}>{v.title}</Anchor>
            </Table.Td>
            <Table.Td ta="right">{v.posts}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={2}>
                {v.skills ?? '—'}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{wageText(v.wage)}</Table.Td>
            <Table.Td>{dateText(v.openedOn)}</Table.Td>
            <Table.Td>{dateText(v.filledOn)}</Table.Td>
            <Table.Td>{communityName(v.communityId)}</Table.Td>
            <Table.Td>
              <VacancyFlags vacancy={v} />
            </Table.Td>
            <Table.Td>
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
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
