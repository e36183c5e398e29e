import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { LedgerExportResult } from '../../../shared/contract/ledgers';
import type { Orientation } from '../../../shared/print/page-setup';
import { JobProgress } from '../../components/JobProgress';
import { PrintPreview } from '../../components/print-view/PrintPreview';
import { call, downloadPrepared, pickSaveTarget } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';
import { followJob } from '../../lib/jobs';
import type { JobProgress as Progressing } from '../../lib/jobs';
import type { LedgerRequest } from './use-ledger-pages';

interface Props {
  request: LedgerRequest;
  title: string;
  /** 劳动力资源台账-七星岗社区-20261120 */
  baseName: string;
  disabled: boolean;
}

type ExportStep = { kind: 'idle' } | { kind: 'working'; progress: Progressing | null } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/** 打印 (the print view of the ledger as filtered) and 导出 Excel (the same rows and columns, laid out like the print). */
export function LedgerActions({ request, title, baseName, disabled }: Props) {
  const [printing, setPrinting] = useState(false);
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [print, setPrint] = useState<{ html: string; pdfName: string; rowCount: number; title: string } | null>(null);
  const [printError, setPrintError] = useState<string | null>(null);
  const [step, setStep] = useState<ExportStep>({ kind: 'idle' });

  const loadPrint = async (o: Orientation) => {
    setPrint(null);
    setPrintError(null);
    try {
      setPrint(await call('ledgers.print', { ...request, orientation: o }));
    } catch (e) {
      setPrintError(messageOf(e));
      setPrinting(false);
    }
  };
  const openPrint = () => {
    setPrinting(true);
    void loadPrint(orientation);
  };
  const exportXlsx = async () => {
    try {
      const target = await pickSaveTarget(`导出${title}`, `${baseName}.xlsx`, [{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
      if (target === 'cancelled') return;
      setStep({ kind: 'working', progress: null });
      const { jobId } = await call('ledgers.exportXlsx', { ...request, file: target?.ref ?? null });
      const result = await followJob(jobId, LedgerExportResult, (progress) => setStep({ kind: 'working', progress }));
      if (result.download) await downloadPrepared(result.download.ref, result.download.name);
      setStep({ kind: 'done', text: `已导出“${result.fileName}”，${result.rowCount.toLocaleString('zh-CN')} 行` });
    } catch (e) {
      setStep({ kind: 'failed', text: messageOf(e) });
    }
  };

  return (
    <>
      <Group gap="xs">
        <Button onClick={openPrint} disabled={disabled}>
          打印…
        </Button>
        <Button variant="default" onClick={() => void exportXlsx()} disabled={disabled || step.kind === 'working'}>
          导出 Excel
        </Button>
      </Group>
      {step.kind === 'working' && <JobProgress title="正在导出 Excel" progress={step.progress} />}
      {step.kind === 'done' && (
        <Alert color="green" withCloseButton onClose={() => setStep({ kind: 'idle' })} py={6}>
          {step.text}
        </Alert>
      )}
      {step.kind === 'failed' && (
        <Alert color="red" title="导出失败" withCloseButton onClose={() => setStep({ kind: 'idle' })}>
          {step.text}
        </Alert>
      )}
      {printError && (
        <Alert color="red" title="无法生成打印内容" withCloseButton onClose={() => setPrintError(null)}>
          {printError}
        </Alert>
      )}
      <PrintPreview
        opened={printing}
        onClose={() => setPrinting(false)}
        title={print?.title ?? title}
        html={print?.html ?? null}
        pdfName={print?.pdfName ?? `${baseName}.pdf`}
        orientation={orientation}
        onOrientationChange={(o) => {
          setOrientation(o);
          void loadPrint(o);
        }}
        note={print ? `共 ${print.rowCount.toLocaleString('zh-CN')} 行` : undefined}
      />
    </>
  );
}
