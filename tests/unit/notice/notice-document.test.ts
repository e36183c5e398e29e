/** The wall notice's print document: what it says, on which paper, escaped. */
import { describe, expect, it } from 'vitest';
import type { NoticeData } from '../../../shared/contract/notice';
import { noticeDocument, noticeTitle, rateText } from '../../../shared/notice/notice-document';

const DATA: NoticeData = {
  asOf: '2026-11-20',
  period: { from: '2026-01-01', to: '2026-11-20' },
  street: { code: '321102001', name: '解放路街道', complaintPhone: '0511-88886666', complaintMailbox: '一楼举报箱', address: '解放路 1 号' },
  community: { id: 1, code: '321102001001', name: '金山社区', kind: 'community' },
  population: { labourResources: 1234, withWish: 1200, employed: 1164, unemployed: 36, registeredUnemployed: 30, employmentRate: 1164 / 1200 },
  zeroEmploymentFamilies: { now: 1, eliminatedThisYear: 3 },
  difficultPersons: { recognised: 12, helpedThisYear: 10, employed: 7 },
  services: { total: 456, guidance: 100, referral: 80, training: 40, policy: 20 },
  vacancies: { open: 4, posts: 25 },
  assessment: { standard: { id: 'chongqing-2007', version: '2007', name: '重庆市充分就业社区创建标准（2007）', example: false }, verdict: 'pass', score: null, maxScore: null },
  stars: { standard: { id: 'jilin-stars', version: '2010-example', name: '吉林省星级（示例）', example: true }, stars: 3, starName: '三星级（县、市、区级）示例' },
};

describe('noticeDocument', () => {
  it('is an A3 portrait poster by default, A4 when chosen', () => {
    expect(noticeDocument(DATA)).toContain('size: A3 portrait');
    expect(noticeDocument(DATA, { paper: 'A4' })).toContain('size: A4 portrait');
  });

  it('names the community, the date, every aggregate, the verdict, the stars and the complaint channels', () => {
    const doc = noticeDocument(DATA);
    expect(doc).toContain(`<title>${noticeTitle(DATA)}</title>`);
    for (const text of ['金山社区', '解放路街道', '2026年11月20日', '1,234', '1,164', '97.0%', '本年消除零就业家庭', '456', '25', '达标', '★★★', '三星级', '0511-88886666', '一楼举报箱', '解放路 1 号']) {
      expect(doc).toContain(text);
    }
    expect(doc).toContain('示例标准');
  });

  it('says when the community reaches no star level, and shows a score when the standard has points', () => {
    const doc = noticeDocument({
      ...DATA,
      assessment: { ...DATA.assessment, verdict: 'fail', score: 72.5, maxScore: 100 },
      stars: { ...DATA.stars!, stars: 0, starName: null },
    });
    expect(doc).toContain('不达标');
    expect(doc).toContain('得分 72.5 / 100');
    expect(doc).toContain('未达到星级');
    expect(doc).not.toContain('★');
    expect(noticeDocument({ ...DATA, stars: null })).not.toContain('星级</div>');
  });

  it('escapes what clerks typed', () => {
    const doc = noticeDocument({ ...DATA, community: { ...DATA.community, name: '<script>x</script>' }, street: { ...DATA.street, complaintMailbox: '"><img src=x>' } });
    expect(doc).not.toContain('<script>x');
    expect(doc).not.toContain('<img');
    expect(doc).toContain('&lt;script&gt;');
  });

  it('rates to one decimal without rounding up to 100%', () => {
    expect(rateText(null)).toBe('—');
    expect(rateText(1)).toBe('100.0%');
    expect(rateText(0.9996)).toBe('99.9%');
    expect(rateText(0.95)).toBe('95.0%');
    expect(rateText(0)).toBe('0.0%');
  });
});
