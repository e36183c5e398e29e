/** The clerk name last used on this computer: the default of the next service entry (clerks share one PC in turns). */
const KEY = 'desk.services.lastClerk';

export function lastClerk(): string {
  try {
    return window.localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberClerk(name: string): void {
  try {
    if (name.trim()) window.localStorage.setItem(KEY, name.trim());
  } catch {
    // Storage unavailable (private window): the default is only a convenience.
  }
}
