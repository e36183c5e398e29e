/**
 * The one "today" of the end-to-end tests: the desk servers run with DESK_TODAY set to it and every page's clock
 * is installed on it, so results do not change from one day to the next.
 */
export const E2E_TODAY = '2026-11-20';

/** The page's clock at the start of each test: 10:00 in Asia/Shanghai on E2E_TODAY (it runs on from there). */
export const E2E_PAGE_TIME = new Date(`${E2E_TODAY}T10:00:00+08:00`);
