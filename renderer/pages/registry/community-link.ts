/**
 * Opening a community: 人员与家庭 with that community chosen (`#/registry/community/12`); the registry page takes the
 * community from the address once and keeps it as the chosen one.
 */
export function communityHref(id: number): string {
  return `#/registry/community/${id}`;
}

/** The community named by the address (`#/registry/community/12`), or null. */
export function communityOfHash(hash: string): string | null {
  return /^#?\/registry\/community\/(\d+)$/.exec(hash)?.[1] ?? null;
}
