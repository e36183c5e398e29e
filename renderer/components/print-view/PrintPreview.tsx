import { Alert, Button, Group, Loader, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useRef, useState } from 'react';
import { ORIENTATION_LABEL, ORIENTATIONS } from '../../../shared/print/page-setup';
import type { Orientation } from '../../../shared/print/page-setup';
import { nativePrinting, printNatively, savePdfNatively } from '../../lib/api';

interface Props {
  opened: boolean;
  onClose(): void;
  /** The document's title: the window's heading and the print job's name. */
  title: string;
  /** The complete print document (shared/print printDocument), or null while it is being prepared. */
  html: string | null;
  /** The PDF file name proposed in the Electron shell, e.g. 劳动力资源台账-2026-11-20.pdf. */
  pdfName: string;
  /** When given, the paper can be turned (the caller rebuilds `html`). */
  orientation?: Orientation;
  onOrientationChange?(orientation: Orientation): void;
  /** A line under the toolbar (e.g. how many rows and pages to expect). */
  note?: string;
}

/**
 * The print view: the very document every door prints, shown in a frame (srcdoc, no script), printed with the
 * browser's print of that frame in browser mode, or with the Electron shell's system print dialog and printToPDF.
 * Ctrl+P prints, Esc closes.
 */
export function PrintPreview({ opened, onClose, title, html, pdfName, orientation, onOrientationChange, note }: Props) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const print = async () => {
    if (!html) return;
    setMessage(null);
    if (!nativePrinting) {
      frame.current?.contentWindow?.focus();
      frame.current?.contentWindow?.print();
      return;
    }
    setBusy(true);
    const outcome = await printNatively({ html, title });
    setBusy(false);
    if (outcome.status === 'failed') setMessage({ color: 'red', text: outcome.error ?? '打印失败' });
  };

  const savePdf = async () => {
    if (!html) return;
    setBusy(true);
    setMessage(null);
    const outcome = await savePdfNatively({ html, title, defaultName: pdfName });
    setBusy(false);
    if (outcome.status === 'done') setMessage({ color: 'green', text: `已保存：${outcome.fileName ?? pdfName}` });
    else if (outcome.status === 'failed') setMessage({ color: 'red', text: outcome.error ?? '保存失败' });
  };

  useHotkeys(opened ? [['mod+P', () => void print()]] : [], []);

  return (
    <Modal opened={opened} onClose={onClose} fullScreen title={`打印预览：${title}`} closeButtonProps={{ 'aria-label': '关闭打印预览' }}>
      <Stack gap="xs" h="calc(100vh - 80px)">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Button onClick={() => void print()} disabled={!html || busy}>
              打印（Ctrl+P）
            </Button>
            {nativePrinting && (
              <Button variant="default" onClick={() => void savePdf()} disabled={!html || busy}>
                保存为 PDF
              </Button>
            )}
            {orientation && onOrientationChange && (
              <SegmentedControl
                aria-label="纸张方向"
                value={orientation}
                onChange={(v) => onOrientationChange(v as Orientation)}
                data={ORIENTATIONS.map((o) => ({ value: o, label: `A4 ${ORIENTATION_LABEL[o]}` }))}
              />
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {note ?? ''}
            {!nativePrinting && '　在打印对话框中可选打印机，或“另存为 PDF”'}
          </Text>
        </Group>
        {message && (
          <Alert color={message.color} py={6} withCloseButton onClose={() => setMessage(null)}>
            {message.text}
          </Alert>
        )}
        {html === null ? (
          <Group justify="center" mt="xl" role="status">
            <Loader size="sm" />
            <Text>正在生成打印内容…</Text>
          </Group>
        ) : (
          <iframe
            ref={frame}
            title="打印内容"
            data-testid="print-frame"
            srcDoc={html}
            sandbox="allow-same-origin allow-modals"
            style={{ flex: 1, width: '100%', border: '1px solid var(--mantine-color-gray-4)', background: '#e9ecef' }}
          />
        )}
      </Stack>
    </Modal>
  );
}
