import { Select, type SelectProps } from '@mantine/core';

interface Props extends Omit<SelectProps, 'data'> {
  communities: readonly { id: number; name: string }[];
}

/**
 * A searchable choice of community (the value is its id as text). Disabled while there is none to choose (the list
 * still loading, or no community yet), so a click never opens an empty list that the arriving choice then filters.
 */
export function CommunitySelect({ communities, disabled, ...select }: Props) {
  return (
    <Select
      searchable
      nothingFoundMessage="没有这个社区"
      data={communities.map((c) => ({ value: String(c.id), label: c.name }))}
      disabled={disabled === true || communities.length === 0}
      {...select}
    />
  );
}
