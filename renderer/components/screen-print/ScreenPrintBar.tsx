import { Button, Group, Kbd, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect } from 'react';
import { todayIso } from '../../../shared/clock';
import { formatChineseDate } from '../../../shared/domain/dates';
import { cssString } from '../../../shared/print/html';
import { SERIF_CJK_STACK } from '../../../shared/print/print-styles';
import { useApiQuery } from '../../lib/use-api-query';
import { printScreen } from './printing-state';
import './screen-print.css';

const GAP = '\u3000';

/**
 * What a screen's printout says about itself: a heading on the first page (hidden on screen) and, in the margins of
 * every page, the street and the page's subject, the date printed and 第 N 页 共 M 页.
 */
export function ScreenPrintHeading({ subject }: { subject: string }) {
  const status = useApiQuery('system.status', {});
  const street = status.data?.street?.name ?? '';
  const printedOn = formatChineseDate(todayIso());
  useEffect(() => {
    const style = document.createElement('style');
    style.dataset.screenPrint = 'margins';
    style.textContent = `@media print { @page { size: A4 portrait; margin: 14mm 10mm 14mm 10mm;
  @top-left { content: ${cssString(`${street}${GAP}${subject}`)}; font-family: ${SERIF_CJK_STACK}; font-size: 8pt; }
  @top-right { content: ${cssString(`打印日期：${printedOn}`)}; font-family: ${SERIF_CJK_STACK}; font-size: 8pt; }
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-family: ${SERIF_CJK_STACK}; font-size: 8pt; } } }`;
    document.head.appendChild(style);
    return () => style.remove();
  }, [street, subject, printedOn]);
  return (
    <div className="print-only" data-testid="screen-print-heading">
      <Text fw={700} size="lg">
        {street}
        {GAP}
        {subject}
      </Text>
      <Text size="sm">打印日期：{printedOn}</Text>
    </div>
  );
}

/**
 * 打印: every row of the page's lists rendered, then the print dialog. Ctrl+P does the same (the Electron shell has no
 * print shortcut of its own); with a dialog open — a print view prints its own document — the page is not printed.
 */
export function ScreenPrintButton() {
  useHotkeys([
    [
      'mod+P',
      () => {
        if (!document.querySelector('[role="dialog"]')) printScreen();
      },
    ],
  ]);
  return (
    <Button variant="default" className="no-print" onClick={printScreen} rightSection={<Kbd size="xs">Ctrl+P</Kbd>}>
      打印
    </Button>
  );
}

/** The heading and the button on a line of their own, for a page without a button row. */
export function ScreenPrintBar({ subject }: { subject: string }) {
  return (
    <>
      <ScreenPrintHeading subject={subject} />
      <Group justify="flex-end" className="no-print">
        <ScreenPrintButton />
      </Group>
    </>
  );
}
