import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import type { VacancyMatch } from '../../../shared/contract/employers';
import { GENDER_LABEL } from '../../../shared/domain/workbook/vocabulary';

interface Props {
  matches: VacancyMatch[];
  /** Persons already referred to this vacancy, with the result's label. */
  referred: Map<number, string>;
  onRefer(match: VacancyMatch): void;
}

/** 匹配推荐: unemployed persons whose wished job or skills fit the vacancy's words, best first. */
export function MatchesTable({ matches, referred, onRefer }: Props) {
  return (
    <Table striped highlightOnHover withTableBorder aria-label="匹配推荐">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>姓名</Table.Th>
          <Table.Th>身份证号码</Table.Th>
          <Table.Th>性别</Table.Th>
          <Table.Th>社区</Table.Th>
          <Table.Th>意愿工种</Table.Th>
          <Table.Th>技能特长</Table.Th>
          <Table.Th>匹配</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {matches.map((m) => {
          const done = referred.get(m.personId);
          return (
            <Table.Tr key={m.personId}>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Anchor href={`#/person/${m.personId}`}>{m.name}</Anchor>
                  {m.registered && (
                    <Badge size="xs" color="red" variant="light">
                      登记失业
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ff="monospace">{m.idNumberMasked}</Table.Td>
              <Table.Td>{GENDER_LABEL[m.gender]}</Table.Td>
              <Table.Td>{m.communityName}</Table.Td>
              <Table.Td>{m.wishedJob ?? '—'}</Table.Td>
              <Table.Td>{m.skills ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {m.matchedWords.map((w) => (
                    <Badge key={w} size="sm" variant="outline">
                      {w}
                    </Badge>
                  ))}
                  <Text size="xs" c="dimmed">
                    {m.score} 分
                  </Text>
                </Group>
              </Table.Td>
              <Table.Td>
                {done ? (
                  <Text size="sm" c="dimmed">
                    已介绍（{done}）
                  </Text>
                ) : (
                  <Button size="compact-sm" variant="light" onClick={() => onRefer(m)} aria-label={`介绍${m.name}`}>
                    介绍
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
