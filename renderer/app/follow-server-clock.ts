import { pinToday, pinnedToday } from '../../shared/clock';

/**
 * Pins this page's clock to the date the server's clock is pinned to (DESK_TODAY / --today), or unpins it, so that
 * default dates in dialogs are the server's "today". Called while rendering, before any page reads the date: it
 * changes nothing when the clock already follows the server, so re-renders never restart the pinned clock.
 */
export function followServerClock(serverPinnedToday: string | null): void {
  if (pinnedToday() !== serverPinnedToday) pinToday(serverPinnedToday);
}
