/**
 * MapLibre's controls and texts for our map: zoom buttons, a "whole region" button beside
 * them, the scale and the credits, in the reader's language. MapLibre takes its texts once,
 * at creation (https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/MapOptions/#locale).
 */
import { AttributionControl, NavigationControl, ScaleControl, type IControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { MessageKey } from '../i18n/messages.ts';

type Translate = (key: MessageKey) => string;

/** MapLibre's own UI strings, by its keys. */
export function mapLocale(t: Translate): Record<string, string> {
  return {
    'Map.Title': t('map.canvas'),
    'NavigationControl.ZoomIn': t('map.zoomIn'),
    'NavigationControl.ZoomOut': t('map.zoomOut'),
    'AttributionControl.ToggleAttribution': t('map.toggleAttribution'),
    'ScaleControl.Kilometers': t('map.kilometres'),
    'ScaleControl.Meters': t('map.metres'),
    'CooperativeGesturesHandler.WindowsHelpText': t('map.gestureHintWindows'),
    'CooperativeGesturesHandler.MacHelpText': t('map.gestureHintMac'),
    'CooperativeGesturesHandler.MobileHelpText': t('map.gestureHintTouch'),
  };
}

/** "Show the whole region" as a MapLibre control, so it sits with the zoom buttons. */
export function resetControl(label: string, onReset: () => void): IControl {
  let container: HTMLDivElement;
  return {
    onAdd() {
      container = document.createElement('div');
      container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'map-reset';
      button.setAttribute('aria-label', label);
      button.title = label;
      button.textContent = '⌂';
      button.addEventListener('click', onReset);
      container.append(button);
      return container;
    },
    onRemove() {
      container.remove();
    },
  };
}

/** Adds our controls to a new map: no rotation (the story's maps are north-up), zoom and reset top right. */
export function addMapControls(map: MapLibreMap, t: Translate, onReset: () => void) {
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(resetControl(t('map.reset'), onReset), 'top-right');
  map.addControl(new ScaleControl({ maxWidth: 100, unit: 'metric' }), 'bottom-left');
  // Natural Earth's page is the credit's link: nothing is loaded from it.
  map.addControl(
    new AttributionControl({ compact: true, customAttribution: '<a href="https://www.naturalearthdata.com/">Natural Earth</a>' }),
    'bottom-right',
  );
}

/** Where the controls above sit, so place labels keep clear of them. */
export function controlBoxes(width: number, height: number) {
  return [
    { x0: width - 48, y0: 0, x1: width, y1: 126 },
    { x0: 0, y0: height - 34, x1: 116, y1: height },
    { x0: width - 130, y0: height - 34, x1: width, y1: height },
  ];
}
