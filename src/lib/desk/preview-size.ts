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

/**
 * The reader's windows the preview can stand for. The story lays out by its window (and its
 * own width), so the preview draws it in a frame of that size, then scales the frame down to
 * fit the desk's column: "Desktop" is what a reader at 1280 × 800 sees, not a 600 px page.
 */
export const PREVIEW_WINDOWS = [
  { name: 'Desktop', width: 1280, height: 800 },
  { name: 'Embed', width: 660, height: 800 },
  { name: 'Phone', width: 375, height: 667 },
] as const;

export type PreviewWindow = (typeof PREVIEW_WINDOWS)[number];

/** The frame's scale to fit `available` pixels of width (never enlarged), and the room it then takes. */
export function fitWindow(size: { width: number; height: number }, available: number): { scale: number; width: number; height: number } {
  const scale = available > 0 ? Math.min(1, available / size.width) : 1;
  return { scale, width: size.width * scale, height: size.height * scale };
}
