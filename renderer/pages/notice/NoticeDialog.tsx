import { Text } from '@mantine/core';
import { useState } from 'react';
import { todayIso } from '../../../shared/clock';
import type { Community } from '../../../shared/contract/communities';
import { noticeDocument, noticeTitle } from '../../../shared/notice/notice-document';
import type { PaperSize } from '../../../shared/print/page-setup';
import { FormDialog } from '../../components/form-dialog/FormDialog';
import { PrintPreview } from '../../components/print-view/PrintPreview';
import { call } from '../../lib/api';

interface Props {
  communities: readonly Community[];
  /** The community chosen when the dialog opens. */
  initialId: number | null;
  onClose(): void;
}

interface Values {
  communityId: string | null;
  asOf: string;
  paper: PaperSize;
}

const PAPER_LABEL: Record<PaperSize, string> = { A3: 'A3 纵向（张贴）', A4: 'A4 纵向' };

/**
 * 打印公示牌: a community, the date its numbers are as of (today by default) and the paper (A3 portrait, or A4);
 * then the print view of the poster — aggregates only, the complaint phone and mailbox from 街道信息.
 */
export function NoticeDialog({ communities, initialId, onClose }: Props) {
  const [preview, setPreview] = useState<{ title: string; html: string; pdfName: string; paper: PaperSize } | null>(null);
  const first = initialId ?? communities[0]?.id ?? null;

  if (preview) return <PrintPreview opened onClose={onClose} title={preview.title} html={preview.html} pdfName={preview.pdfName} note={`${preview.paper} 纵向`} />;
  return (
    <FormDialog<Values>
      title="打印社区公示牌"
      size="md"
      initial={{ communityId: first === null ? null : String(first), asOf: todayIso(), paper: 'A3' }}
      fields={() => [
        <Text key="note" size="sm" c="dimmed">
          “创建充分就业社区”公示牌只列汇总数字（劳动力资源、就业、零就业家庭、就业困难人员、服务、空岗、考核结论），不含任何个人信息。监督举报电话和信箱取自“设置 → 街道信息”。
        </Text>,
        { name: 'communityId', label: '社区', kind: 'select', required: true, searchable: true, data: communities.map((c) => ({ value: String(c.id), label: `${c.name}（${c.code}）` })) },
        { name: 'asOf', label: '数据截至', noun: '公示数据的截止日期', kind: 'date', required: true },
        { name: 'paper', label: '纸张', kind: 'segmented', data: PAPER_LABEL },
      ]}
      save={async (values) => {
        const asOf = values.asOf;
        const data = await call('notice.data', { communityId: Number(values.communityId), asOf });
        setPreview({ title: noticeTitle(data), html: noticeDocument(data, { paper: values.paper }), pdfName: `公示牌-${data.community.name}-${asOf}.pdf`, paper: values.paper });
        return undefined;
      }}
      submitLabel="预览公示牌"
      onClose={onClose}
    />
  );
}
