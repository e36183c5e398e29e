import type { Community } from '../../../shared/contract/communities';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';
import { communityOptions } from '../communities/community-options';

interface Props {
  communities: Community[];
  communityId: number;
  onClose(): void;
  /** The new household's id: the page opens it so that its members can be added. */
  onCreated(id: number): void;
}

/** 新建户: number (unique across the street), address, community and the household's flags; then its page opens. */
export function NewHouseholdModal({ communities, communityId, onClose, onCreated }: Props) {
  return (
    <FormDialog
      initial={{ number: '', address: '', communityId: String(communityId), urban: true, dibao: false, businessIncome: false }}
      title="新建户"
      submitLabel="新建"
      onClose={onClose}
      fields={() => [
        { kind: 'text', name: 'number', label: '户编号', required: true, limit: 30 },
        { kind: 'text', name: 'address', label: '地址', limit: 100 },
        { kind: 'select', name: 'communityId', label: '所属社区', searchable: true, data: communityOptions(communities) },
        {
          row: [
            { kind: 'checkbox', name: 'urban', label: '城镇户籍' },
            { kind: 'checkbox', name: 'dibao', label: '低保户' },
            { kind: 'checkbox', name: 'businessIncome', label: '有经营性或投资收入' },
          ],
          inline: true,
        },
      ]}
      save={async (v) => {
        const created = await call('households.create', { ...v, communityId: Number(v.communityId), number: v.number.trim(), address: v.address.trim() || null });
        onCreated(created.id);
        return `已新建户 ${created.number}，请添加成员（先添加户主）`;
      }}
    />
  );
}
