import { Button } from '@mantine/core';
import type { ButtonProps } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { PrintPreview } from '../../components/print-view/PrintPreview';
import { ApiCallError } from '../../lib/api';

export interface BuiltDocument {
  title: string;
  html: string;
  pdfName: string;
}

interface Props<T> extends Omit<ButtonProps, 'children' | 'onClick'> {
  label: string;
  /** Reads the document's data (a `documents.*` or `notice.*` method). */
  load(): Promise<T>;
  /** The print document of the data (shared/documents, shared/notice). */
  build(data: T): BuiltDocument;
}

/**
 * A button that opens the print view of one document: the data is read when it is pressed (so the print says what
 * is recorded now) and built into the same HTML the CLI renders to PDF.
 */
export function DocumentPrintButton<T>({ label, load, build, ...button }: Props<T>) {
  const [doc, setDoc] = useState<BuiltDocument | null>(null);
  const [opened, setOpened] = useState(false);
  const open = async () => {
    setDoc(null);
    setOpened(true);
    try {
      setDoc(build(await load()));
    } catch (error) {
      setOpened(false);
      notifications.show({ color: 'red', title: `无法${label}`, message: error instanceof ApiCallError ? error.error.message : String(error), autoClose: 8000 });
    }
  };
  return (
    <>
      <Button variant="default" {...button} onClick={() => void open()}>
        {label}
      </Button>
      {opened && <PrintPreview opened onClose={() => setOpened(false)} title={doc?.title ?? label} html={doc?.html ?? null} pdfName={doc?.pdfName ?? `${label}.pdf`} />}
    </>
  );
}
