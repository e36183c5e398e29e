import type { WorklistRow } from '../../../shared/contract/worklist';
import { usePrinting } from '../../components/screen-print/printing-state';
import { subjectKeyText, WORKLIST_KIND_LABEL, WORKLIST_STATUS_LABEL } from './worklist-labels';

/**
 * Every row of the worklist as a plain table for the printout: the screen's table is virtualised (only the rows in
 * view exist), so this one is rendered while printing and shown only on paper, its header repeated on every page.
 */
/** 序号 状态 期限 类型 社区 对象 证件号/户编号 事项 经办人 */
const WIDTHS = [4.5, 6, 10, 9, 8, 7.5, 19, 28, 8];

export function WorklistPrintTable({ rows }: { rows: readonly WorklistRow[] }) {
  const printing = usePrinting();
  if (!printing) return null;
  return (
    <table className="print-only" aria-label="待办（打印）" style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: '8.5pt' }}>
      <colgroup>
        {WIDTHS.map((w, i) => (
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {['序号', '状态', '期限', '类型', '社区', '对象', '证件号/户编号', '事项', '经办人'].map((h) => (
            <th key={h} style={{ border: '0.6pt solid #000', padding: '1mm', textAlign: 'center' }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.rowId}>
            {[String(i + 1), WORKLIST_STATUS_LABEL[r.status], r.dueOn, WORKLIST_KIND_LABEL[r.kind], r.communityName, r.subject.name, subjectKeyText(r.subject), r.detail, r.clerk ?? ''].map((cell, c) => (
              <td key={c} style={{ border: '0.6pt solid #000', padding: '1mm', ...(c === 6 ? { fontFamily: 'monospace', fontSize: '7.5pt', whiteSpace: 'nowrap' } : { overflowWrap: 'anywhere' }) }}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
