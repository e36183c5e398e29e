import { describe, expect, it } from 'vitest';
import { SERVICE_KIND_CODES } from '../../shared/contract/services';
import { nameInitials } from '../../shared/domain/name-initials';
import { filterKinds, kindMatches, kindOptions, SERVICE_KIND_INITIALS, SERVICE_KIND_LABEL } from '../../renderer/pages/services/service-kinds';

describe('service kinds as the clerk types them', () => {
  it('the initials are the labels’ pinyin initials', () => {
    for (const kind of SERVICE_KIND_CODES) expect(SERVICE_KIND_INITIALS[kind], kind).toBe(nameInitials(SERVICE_KIND_LABEL[kind]));
  });

  it('finds a kind by part of its label or its initials, keeping the list order', () => {
    const found = (search: string) => filterKinds({ options: kindOptions(), search }).map((o) => ('value' in o ? o.value : ''));
    expect(found('zyzd')).toEqual(['guidance']);
    expect(found('介绍')).toEqual(['referral']);
    expect(found('ZY')).toEqual(['guidance', 'referral']);
    expect(found('px')).toEqual(['training']);
    expect(found('')).toHaveLength(SERVICE_KIND_CODES.length);
    expect(kindMatches('follow_up', '回访')).toBe(true);
    expect(kindMatches('follow_up', '培训')).toBe(false);
  });
});
