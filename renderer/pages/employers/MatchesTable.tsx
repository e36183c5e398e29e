import { Anchor, Badge, Button, Group, Text } from '@mantine/core';
import type { VacancyMatch } from '../../../shared/contract/employers';
import { GENDER_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { DataTable } from '../../components/DataTable';

interface Props {
  matches: VacancyMatch[];
  /** Persons already referred to this vacancy, with the result's label. */
  referred: Map<number, string>;
  onRefer(match: VacancyMatch): void;
}

/** 匹配推荐: unemployed persons whose wished job or skills fit the vacancy's words, best first. */
export function MatchesTable({ matches, referred, onRefer }: Props) {
  return (
    <DataTable aria-label="匹配推荐" rows={matches} rowKey={(m) => m.personId}
      columns={[
        {
          header: '姓名',
          cell: (m) => (
            <Group gap={4} wrap="nowrap">
              <Anchor href={`#/person/${m.personId}`}>{m.name}</Anchor>
              {m.registered && (
                <Badge size="xs" color="red" variant="light">
                  登记失业
                </Badge>
              )}
            </Group>
          ),
        },
        { header: '身份证号码', mono: true, cell: (m) => m.idNumberMasked },
        { header: '性别', cell: (m) => GENDER_LABEL[m.gender] },
        { header: '社区', cell: (m) => m.communityName },
        { header: '意愿工种', cell: (m) => m.wishedJob ?? '—' },
        { header: '技能特长', cell: (m) => m.skills ?? '—' },
        {
          header: '匹配',
          cell: (m) => (
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
          ),
        },
        {
          header: null,
          cell: (m) => {
            const done = referred.get(m.personId);
            return done ? (
              <Text size="sm" c="dimmed">
                已介绍（{done}）
              </Text>
            ) : (
              <Button size="compact-sm" variant="light" onClick={() => onRefer(m)} aria-label={`介绍${m.name}`}>
                介绍
              </Button>
            );
          },
        },
      ]}
    />
  );
}
