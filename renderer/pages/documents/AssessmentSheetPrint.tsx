import { Group, Select } from '@mantine/core';
import { useState } from 'react';
import type { AssessmentRun } from '../../../shared/contract/assessment';
import type { SheetUnits } from '../../../shared/documents/assessment-sheet-document';
import { DocumentPrintButton } from './DocumentPrintButton';
import { assessmentSheetPrint } from './document-prints';

/** 打印考核表 of a saved assessment: every community and the street (one page each), the street, or one community. */
export function AssessmentSheetPrint({ savedId, run }: { savedId: number; run: AssessmentRun }) {
  const [units, setUnits] = useState<string>('all');
  const data = [
    { value: 'all', label: `全部社区和街道（${run.communities.length + 1} 张）` },
    { value: 'street', label: `街道：${run.street.name}` },
    ...run.communities.map((c) => ({ value: String(c.communityId), label: c.name })),
  ];
  const chosen: SheetUnits = units === 'all' || units === 'street' ? units : Number(units);
  return (
    <Group gap="xs" className="no-print">
      <Select aria-label="考核表范围" data={data} value={units} onChange={(v) => setUnits(v ?? 'all')} allowDeselect={false} w={260} />
      <DocumentPrintButton label="打印考核表" {...assessmentSheetPrint(savedId, chosen)} />
    </Group>
  );
}
