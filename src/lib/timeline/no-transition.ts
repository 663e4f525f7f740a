/**
 * Stands in for d3-transition and d3-interpolate inside d3-zoom (the plugin in
 * scripts/vite-plugin-zoom-without-transitions.ts points d3-zoom's imports here, and only
 * d3-zoom's). d3-zoom needs them for animated zooms: to interrupt a running transition before
 * a gesture, and to interpolate a transition's path. The timeline never animates through
 * d3-zoom: its window lives in the app state, double-click zoom is off and zoom.transform is
 * never given a transition. Leaving them out leaves out d3-color, d3-ease and d3-timer too:
 * about 9 KB gzip of the gesture's chunk.
 */

/** There is never a transition on the timeline to interrupt. */
export function interrupt(): void {}

/** Only an animated zoom would call this, and the timeline has none. */
export function interpolateZoom(): never {
  throw new Error('The timeline does not animate zooms through d3-zoom (see no-transition.ts).');
}
