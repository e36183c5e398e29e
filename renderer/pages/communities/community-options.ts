import type { Community } from '../../../shared/contract/communities';
import { useApiQuery } from '../../lib/use-api-query';

export interface CommunityOption {
  value: string;
  label: string;
}

/** The street's communities as a select's choices (the id as text, the name shown). */
export function communityOptions(communities: readonly Community[]): CommunityOption[] {
  return communities.map((c) => ({ value: String(c.id), label: c.name }));
}

/** The same, read from the service (an empty list while it loads). */
export function useCommunityOptions(): CommunityOption[] {
  return communityOptions(useApiQuery('communities.list', {}).data ?? []);
}
