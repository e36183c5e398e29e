/** Tells the shell that the street's details changed (its header shows the street's name). */
export const STREET_CHANGED_EVENT = 'desk-street-changed';

export function announceStreetChanged(): void {
  window.dispatchEvent(new Event(STREET_CHANGED_EVENT));
}
