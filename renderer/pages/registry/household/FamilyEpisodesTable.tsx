import { Badge, Table, Text } from '@mantine/core';
import type { FamilyEpisodeRow } from '../../../../shared/contract/population';
import { chineseDate } from '../labels';
import { EPISODE_KIND_LABEL, episodeEndText } from './episode-labels';

/** Every zero-employment / double-unemployed episode that had appeared by the date, as it stood on that date. */
export function FamilyEpisodesTable({ episodes, asOf }: { episodes: FamilyEpisodeRow[]; asOf: string }) {
  if (episodes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        截至 {chineseDate(asOf)}，这一户没有出现过零就业家庭或双失业家庭情形。
      </Text>
    );
  }
  return (
    <Table withTableBorder aria-label="家庭情形记录" maw={860}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>情形</Table.Th>
          <Table.Th>出现日期</Table.Th>
          <Table.Th>消除/结束日期</Table.Th>
          <Table.Th>结束方式</Table.Th>
          <Table.Th>{chineseDate(asOf)}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {episodes.map((e) => (
          <Table.Tr key={`${e.kind}-${e.appeared}`}>
            <Table.Td>{EPISODE_KIND_LABEL[e.kind]}</Table.Td>
            <Table.Td>{chineseDate(e.appeared)}</Table.Td>
            <Table.Td>{e.ended ? chineseDate(e.ended) : '—'}</Table.Td>
            <Table.Td>{episodeEndText(e) || '—'}</Table.Td>
            <Table.Td>
              {e.presentOnDate ? (
                <Badge color={e.kind === 'zero_employment' ? 'red' : 'orange'} variant="light">
                  存在
                </Badge>
              ) : (
                <Text size="sm" c="dimmed">
                  已{e.endReason === 'employed' ? '消除' : '结束'}
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
