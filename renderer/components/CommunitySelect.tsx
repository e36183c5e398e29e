import { Select, type SelectProps } from '@mantine/core';

interface Props extends Omit<SelectProps, 'data'> {
  communities: readonly { id: number; name: string }[];
}

/** A searchable choice of community (the value is its id as text). */
export function CommunitySelect({ communities, ...select }: Props) {
  return <Select searchable nothingFoundMessage="没有这个社区" data={communities.map((c) => ({ value: String(c.id), label: c.name }))} {...select} />;
}
