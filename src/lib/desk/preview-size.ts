/**
 * When the desk's preview draws by itself. The story is drawn on the page's own thread, and
 * drawing a story of many thousand events holds the tab for seconds: the desk would freeze
 * after every edit. Up to this size the preview follows each edit; beyond it, the preview is
 * drawn when the editor asks, and the table, the problems and the forms stay usable meanwhile.
 */

/** The most events a story may have for the preview to redraw itself after every edit. */
export const PREVIEW_FOLLOWS_UP_TO = 2000;

/** True when the preview redraws a story of this many events by itself. */
export function previewFollows(eventCount: number): boolean {
  return eventCount <= PREVIEW_FOLLOWS_UP_TO;
}
