import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { renderPdf } from '../../../electron/services/prints/chromium-pdf';
import type { HouseholdCard } from '../../../shared/contract/documents';
import type { NoticeData } from '../../../shared/contract/notice';
import { householdCardDocument } from '../../../shared/documents/household-card-document';
import { noticeDocument } from '../../../shared/notice/notice-document';
import type { BenchCase } from '../bench-case';
import { LARGE_AS_OF, openRuntimeAt } from '../large-street';
import { prepareLargeCopy } from '../population-bench';

/**
 * The wall notice and a household card on the large street: notice.data of one community (population snapshot,
 * families, recognitions, services, vacancies and two assessments of the whole street) cold and again, the poster
 * rendered to an A3 PDF in the system Chromium (what `export-notice` does), and the household card of the household
 * with the most service records.
 */
export const printsDocsLarge: BenchCase = {
  name: 'prints-docs-large',
  description: `notice.data (公示牌) of one community on ${LARGE_AS_OF} cold, then its A3 PDF; 户卡 data of the busiest household, large street`,
  async setup(ctx) {
    await prepareLargeCopy(ctx.workDir);
  },
  async run(ctx) {
    const runtime = openRuntimeAt(ctx.workDir);
    try {
      const communityId = Number(runtime.db.sqlite.prepare('SELECT id FROM communities ORDER BY code LIMIT 1').pluck().get());
      const time = async <T>(method: string, input: unknown): Promise<[T, number]> => {
        const start = performance.now();
        const result = await runtime.call(method, input);
        const took = performance.now() - start;
        if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
        return [result.value as T, took];
      };
      const [notice, cold] = await time<NoticeData>('notice.data', { communityId, asOf: LARGE_AS_OF });
      const [, warm] = await time<NoticeData>('notice.data', { communityId, asOf: LARGE_AS_OF });
      const pdfStart = performance.now();
      await renderPdf(noticeDocument(notice, { paper: 'A3' }), join(ctx.workDir, 'notice.pdf'));
      const pdfMs = performance.now() - pdfStart;
      const householdId = Number(
        runtime.db.sqlite.prepare('SELECT p.household_id FROM service_records s JOIN persons p ON p.id = s.person_id GROUP BY p.household_id ORDER BY COUNT(*) DESC LIMIT 1').pluck().get(),
      );
      const [card, cardMs] = await time<HouseholdCard>('documents.householdCard', { householdId, asOf: LARGE_AS_OF });
      const buildStart = performance.now();
      householdCardDocument(card, LARGE_AS_OF);
      const buildMs = performance.now() - buildStart;
      ctx.note(
        `${notice.community.name}: LF ${notice.population.labourResources}, services ${notice.services.total}; notice.data cold ${cold.toFixed(0)} ms, again ${warm.toFixed(0)} ms; A3 PDF ${pdfMs.toFixed(0)} ms; 户卡 (${card.members.length} members, ${card.services.length} services) ${cardMs.toFixed(0)} ms + HTML ${buildMs.toFixed(1)} ms`,
      );
      return { wallMs: cold + pdfMs };
    } finally {
      runtime.close();
    }
  },
};
