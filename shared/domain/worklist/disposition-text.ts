/** How a 待办 row's 已处理 / 暂缓 reads, on the page and in the Excel file alike. */
export interface DispositionFacts {
  decision: 'handled' | 'postponed';
  decidedOn: string;
  decidedBy: string;
  service: { label: string } | null;
  reason: string | null;
  postponedUntil: string | null;
}

export function dispositionText(d: DispositionFacts | null): string | null {
  if (!d) return null;
  if (d.decision === 'handled') return `已处理（${d.decidedOn}，${d.decidedBy}${d.service ? `；服务记录：${d.service.label}` : ''}）`;
  return `暂缓至 ${d.postponedUntil ?? ''}（${d.decidedOn}，${d.decidedBy}；原因：${d.reason ?? ''}）`;
}
