import { Button, Table, Text } from '@mantine/core';
import type { Attendee } from './attendees';

interface Props {
  attendees: Attendee[];
  /** The service's objection to a person, by person id (someone archived meanwhile, born after the date…). */
  errors: ReadonlyMap<number, string>;
  onRemove(personId: number): void;
}

/** 参加人员: who will be registered, ID numbers masked; each can be taken off the list. */
export function AttendeeTable({ attendees, errors, onRemove }: Props) {
  if (attendees.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        名单为空：在上方查找加入，或粘贴身份证号码核对加入。
      </Text>
    );
  }
  return (
    <Table striped aria-label="参加人员" verticalSpacing={4}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={50}>序号</Table.Th>
          <Table.Th>姓名</Table.Th>
          <Table.Th>身份证号码</Table.Th>
          <Table.Th>社区</Table.Th>
          <Table.Th>来源</Table.Th>
          <Table.Th w={80} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {attendees.map((a, index) => {
          const error = errors.get(a.personId);
          return (
            <Table.Tr key={a.personId} bg={error ? 'var(--mantine-color-red-light)' : undefined}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>
                {a.name}
                {error && (
                  <Text size="xs" c="red">
                    {error}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ff="monospace">{a.maskedIdNumber}</Table.Td>
              <Table.Td>{a.communityName}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {a.source}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button size="compact-xs" variant="subtle" color="red" aria-label={`移除 ${a.name}`} onClick={() => onRemove(a.personId)}>
                  移除
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
