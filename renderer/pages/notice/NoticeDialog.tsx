import { Alert, Button, Group, Modal, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { todayIso } from '../../../shared/clock';
import type { Community } from '../../../shared/contract/communities';
import { noticeDocument, noticeTitle } from '../../../shared/notice/notice-document';
import type { PaperSize } from '../../../shared/print/page-setup';
import { DateField } from '../../components/DateField';
import { PrintPreview } from '../../components/print-view/PrintPreview';
import { call } from '../../lib/api';
import { fieldErrorsOf, messageOf } from '../../lib/field-errors';

interface Props {
  communities: readonly Community[];
  /** The community chosen when the dialog opens. */
  initialId: number | null;
  onClose(): void;
}

/**
 * 打印公示牌: a community, the date its numbers are as of (today by default) and the paper (A3 portrait, or A4);
 * then the print view of the poster — aggregates only, the complaint phone and mailbox from 街道信息.
 */
export function NoticeDialog({ communities, initialId, onClose }: Props) {
  const [communityId, setCommunityId] = useState<string | null>(initialId === null ? (communities[0] ? String(communities[0].id) : null) : String(initialId));
  const [asOf, setAsOf] = useState<string | null>(todayIso());
  const [paper, setPaper] = useState<PaperSize>('A3');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ title: string; html: string; pdfName: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!communityId) local.communityId = '请选择社区';
    if (!asOf) local.asOf = '请填写公示数据的截止日期';
    setErrors(local);
    setFailure(null);
    if (!communityId || !asOf) return;
    setBusy(true);
    try {
      const data = await call('notice.data', { communityId: Number(communityId), asOf });
      setPreview({ title: noticeTitle(data), html: noticeDocument(data, { paper }), pdfName: `公示牌-${data.community.name}-${asOf}.pdf` });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setErrors(fields);
      setFailure(messageOf(error));
    } finally {
      setBusy(false);
    }
  }

  if (preview) return <PrintPreview opened onClose={onClose} title={preview.title} html={preview.html} pdfName={preview.pdfName} note={`${paper} 纵向`} />;
  return (
    <Modal opened onClose={onClose} title="打印社区公示牌" size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            “创建充分就业社区”公示牌只列汇总数字（劳动力资源、就业、零就业家庭、就业困难人员、服务、空岗、考核结论），不含任何个人信息。监督举报电话和信箱取自“设置 → 街道信息”。
          </Text>
          <Select
            label="社区"
            data={communities.map((c) => ({ value: String(c.id), label: `${c.name}（${c.code}）` }))}
            value={communityId}
            onChange={setCommunityId}
            allowDeselect={false}
            searchable
            error={errors.communityId}
            required
          />
          <DateField label="数据截至" value={asOf} onChange={setAsOf} error={errors.asOf} required />
          <div>
            <Text size="sm" fw={500} mb={4}>
              纸张
            </Text>
            <SegmentedControl aria-label="纸张" value={paper} onChange={(v) => setPaper(v === 'A4' ? 'A4' : 'A3')} data={[{ value: 'A3', label: 'A3 纵向（张贴）' }, { value: 'A4', label: 'A4 纵向' }]} />
          </div>
          {failure && <Alert color="red">{failure}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" loading={busy}>
              预览公示牌
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
