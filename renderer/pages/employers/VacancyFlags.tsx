import { Badge, Group } from '@mantine/core';
import type { Vacancy } from '../../../shared/contract/employers';

/** 在招/已招满, 公益性岗位, 社区开发. */
export function VacancyFlags({ vacancy }: { vacancy: Vacancy }) {
  return (
    <Group gap={4} wrap="nowrap">
      {vacancy.filledOn === null ? (
        <Badge color="green" variant="light">
          在招
        </Badge>
      ) : (
        <Badge color="gray" variant="light">
          已招满
        </Badge>
      )}
      {vacancy.publicWelfare && (
        <Badge color="orange" variant="light">
          公益性岗位
        </Badge>
      )}
      {vacancy.developedByCommunity && (
        <Badge color="grape" variant="light">
          社区开发
        </Badge>
      )}
    </Group>
  );
}
