/**
 * Addresses the app may hand to the system browser (`shell.openExternal`). None is needed today: the allow-list is
 * empty, so every link a page tries to open outside the app is refused. Add an exact origin here only with a reason.
 */
export const EXTERNAL_ORIGIN_ALLOW_LIST: readonly string[] = [];

export function isAllowedExternalUrl(url: string): boolean {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  return EXTERNAL_ORIGIN_ALLOW_LIST.includes(origin);
}
