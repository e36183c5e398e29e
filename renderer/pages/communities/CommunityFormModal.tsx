import type { Community } from '../../../shared/contract/communities';
import { communityCodeProblem } from '../../../shared/domain/admin-codes';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { call } from '../../lib/api';

interface Props {
  community: Community | null;
  onClose(): void;
  onSaved(): void;
}

/** 新增/编辑社区: the 12-digit code (within the street's), the name, 社区 or 村, and a contact. */
export function CommunityFormModal({ community, ...dialog }: Props) {
  const initial = { code: community?.code ?? '', name: community?.name ?? '', kind: community?.kind ?? ('community' as 'community' | 'village'), contact: community?.contact ?? '' };
  return (
    <FormDialog
      {...dialog}
      initial={initial}
      title={community ? `编辑社区：${community.name}` : '新增社区'}
      errorPrefix={community ? 'fields.' : ''}
      fields={() => [
        {
          kind: 'text',
          name: 'code',
          label: '社区代码（12 位）',
          required: true,
          inputMode: 'numeric',
          maxLength: 12,
          filter: (t) => t.replace(/\D/g, ''),
          check: (code) => communityCodeProblem(code, null),
        },
        { kind: 'text', name: 'name', label: '社区名称', required: true },
        { kind: 'segmented', name: 'kind', label: '类型', data: { community: '社区', village: '村' } },
        { kind: 'text', name: 'contact', label: '联系人及电话' },
      ]}
      save={async (v) => {
        const fields = { ...v, name: v.name.trim(), contact: v.contact.trim() || null };
        if (community) await call('communities.update', { id: community.id, version: community.version, fields });
        else await call('communities.create', fields);
        return `已保存“${fields.name}”`;
      }}
    />
  );
}
