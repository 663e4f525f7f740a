/**
 * The map's English strings, loaded with the map's chunk rather than the first download (see
 * messages.ts). Every module of the map imports this file, so its strings are registered
 * before any of them asks translate() for one.
 */
import { registerEnglish } from './messages.ts';

export const enMap = {
  'map.region': 'Map',
  'map.canvas': 'Interactive map: drag or use the arrow keys to pan, + and − to zoom',
  'map.reset': 'Show the whole region',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.staticNote': 'Interactive map unavailable in this browser: showing a static map.',
  'map.selectedPlace': {
    '=0': 'Selected place: {name}, no events',
    one: 'Selected place: {name}, {count} event',
    other: 'Selected place: {name}, {count} events',
  },
  'map.offMap': 'Beyond the edge of the map',
  'map.kind.capital': 'Capital',
  'map.kind.city': 'City',
  'map.kind.site': 'Site',
  'map.kind.sea': 'At sea',
  'map.kind.region': 'Area',
  'map.legend': 'Key',
  'map.legendSymbols': 'Symbols',
  'map.legendIssues': 'Issues (chosen issues stand out)',
  'map.legendPointer': 'Place beyond the map',
  'map.legendHighlighted': 'In the selection',
  'map.legendTint': 'Countries an issue is about (lighter: the selected event’s issues)',
  'map.legendLine': 'Route or planned pipeline of an issue',
  'map.legendDisputed': 'Border that is not agreed',
  'map.legendDimmed': 'No events in the period shown',
  'map.legendCluster': 'Several places: open to see them',
  'map.legendChoose': 'Show on the map',
  'map.about': 'About this map',
  'map.aboutBorders': 'Borders from Natural Earth. How the map draws disputed areas:',
  'map.explainer': 'The issues on the map',
  'map.toggleAttribution': 'Show or hide the map credits',
  'map.kilometres': 'km',
  'map.metres': 'm',
  'map.gestureHintWindows': 'Use Ctrl + scroll to zoom the map',
  'map.gestureHintMac': 'Use ⌘ + scroll to zoom the map',
  'map.gestureHintTouch': 'Use two fingers to move the map',
  // The map in time (window-counts.ts, map-words.ts) and its clusters (clusters.ts).
  'map.placeInPeriod': {
    '=0': '{name}, no events in {period}',
    one: '{name}, {count} event in {period}',
    other: '{name}, {count} events in {period}',
  },
  'map.cluster': { one: '{count} place: {names}', other: '{count} places: {names}' },
  'map.clusterHint': 'Opens to show each place',
  'map.clusterClose': 'Close the list of places',
  'map.summary': 'Map: {places}, {period}',
  'map.summaryIssues': { one: 'Map: {places}, {period}, issue {issues}', other: 'Map: {places}, {period}, issues {issues}' },
  'map.summaryPlaces': { '=0': '{name}', one: '{name} and {count} other place', other: '{name} and {count} other places' },
  'map.summaryNone': 'no places with events',
  'map.unavailable': 'The map could not be drawn: some of its data could not be loaded. The timeline and the text version are complete.',
} as const;

registerEnglish(enMap);
