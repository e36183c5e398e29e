import type { HouseholdDetail } from '../../../../shared/contract/registry';
import { FormDialog } from '../../../components/form-dialog/FormDialog';
import type { DialogProps } from '../../../components/form-dialog/FormDialog';
import { call } from '../../../lib/api';
import { useCommunityOptions } from '../../communities/community-options';

/** Edits the address and the community of a household; a stale version is shown with 刷新, never overwritten. */
export function HouseholdEditModal({ household, ...dialog }: DialogProps & { household: HouseholdDetail }) {
  const communities = useCommunityOptions();
  return (
    <FormDialog
      {...dialog}
      initial={{ address: household.address ?? '', communityId: String(household.communityId) }}
      title={`编辑户：${household.number}`}
      errorPrefix="fields."
      fields={() => [
        { kind: 'text', name: 'address', label: '地址', limit: 100 },
        { kind: 'select', name: 'communityId', label: '所属社区', searchable: true, data: communities },
      ]}
      save={async ({ address, communityId }) => {
        const fields = { address: address.trim() || null, communityId: Number(communityId) };
        await call('households.update', { id: household.id, version: household.version, fields });
        return `已保存户 ${household.number}`;
      }}
    />
  );
}
