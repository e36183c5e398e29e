/** Tells the navigation's 待办 badge that rows were marked 已处理/暂缓 or withdrawn (its count changed). */
export const WORKLIST_CHANGED_EVENT = 'desk-worklist-changed';

export function announceWorklistChanged(): void {
  window.dispatchEvent(new Event(WORKLIST_CHANGED_EVENT));
}
