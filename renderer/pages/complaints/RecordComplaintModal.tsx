import { Text } from '@mantine/core';
import type { Community } from '../../../shared/contract/communities';
import { todayIso } from '../../../shared/clock';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { communityOptions } from '../communities/community-options';

interface Props {
  communities: Community[];
  /** The community the list is filtered to: the default. */
  communityId: string | null;
  onClose(): void;
  onSaved(): void;
}

/** 登记投诉: the community complained about, the date received and what was said. */
export function RecordComplaintModal({ communities, communityId, ...dialog }: Props) {
  return (
    <FormDialog
      {...dialog}
      initial={{ communityId, date: todayIso(), content: '' }}
      title="登记投诉"
      size="lg"
      submitLabel="登记"
      fields={() => [
        {
          kind: 'select',
          name: 'communityId',
          label: '被投诉社区',
          required: true,
          requiredMessage: '请选择被投诉的社区',
          searchable: true,
          data: communityOptions(communities),
          nothingFound: '没有这个社区',
        },
        { kind: 'date', name: 'date', label: '投诉日期', required: true },
        {
          kind: 'textarea',
          name: 'content',
          label: '投诉内容',
          required: true,
          limit: 1000,
          minRows: 4,
          maxRows: 10,
          placeholder: '来电、来信或来访反映的问题，如 介绍的岗位已不存在',
          description: 'Ctrl+Enter 保存',
        },
        <Text size="xs" c="dimmed">登记后再认定是否有效（写明理由）并办结；有效投诉计入社区考核。</Text>,
      ]}
      save={async ({ communityId: community, date, content }) => {
        if (!community) return;
        await call('complaints.record', { communityId: Number(community), date, content: content.trim() });
        return `已登记投诉（${date}）`;
      }}
    />
  );
}
