/**
 * What the map shows of the issues and the countries, derived from the app state in the
 * reader's language: the tints and lines (issue-geography.ts), the country labels
 * (country-labels.ts), the legend's issues, the chosen issues' explainers, the notes on
 * disputed areas, and the geography the camera frames for a choice (camera.ts). MapView
 * hands these to MapLibre and to its presentational children.
 */
import type { AppState } from '../state/app-state.svelte.ts';
import { languageOfField, localized } from '../i18n/localize.ts';
import type { CameraFocus } from './camera.ts';
import { countryLabels } from './country-labels.ts';
import type { LineData } from '../data/schema.ts';
import type { Basemap } from './basemap.ts';
import { dashedNames, splitBorders } from './disputed.ts';
import { regionMarks } from './marks.ts';
import type { IssueLayers } from './style.ts';
import { geographyPoints, issueGeography } from './issue-geography.ts';

export class MapIssues {
  // Given in the constructor; the derived fields below read it only when first read themselves.
  readonly #app: AppState = null!;

  constructor(app: AppState) {
    this.#app = app;
  }

  /** Regions' colours and emphasis, by the issues that list them and the selection. */
  regionMarks = $derived(
    regionMarks(this.#app.model.regions, this.#app.model.themes, this.#app.activeThemes, this.#app.highlightedPlaceIds),
  );

  countries = $derived(this.#app.model.countries ?? []);
  lines = $derived(this.#app.model.lines ?? []);

  /** The chosen issues at full strength, the selected event's lightly. */
  geography = $derived(
    issueGeography({
      themes: this.#app.model.themes,
      activeThemes: this.#app.activeThemes,
      contextThemes: this.#app.selectedEvent?.themes ?? [],
      countries: this.countries,
    }),
  );

  /** Base map names of the areas whose borders are dashed. */
  dashed = $derived(dashedNames(this.countries));

  /** The issues' layers for a new MapLibre style, as plain data. */
  styleLayers = (basemap: Basemap): IssueLayers => ({
    geography: this.geography,
    lines: this.lines as LineData[],
    borders: splitBorders(basemap, this.dashed),
  });

  labels = $derived(countryLabels(this.countries, (country) => localized(country, 'label', this.#app.language)));

  /** Where Turkey's and Israel's names are written: every fitted view keeps both in sight. */
  anchors = $derived(this.labels.filter((label) => label.focus).map((label) => label.lonLat));

  legendThemes = $derived(
    this.#app.model.themes.map((theme) => ({
      id: theme.id,
      name: localized(theme, 'name', this.#app.language),
      colour: theme.colour,
      active: this.#app.activeThemes.includes(theme.id),
    })),
  );

  /** The chosen issues' explainers, for MapExplainer. */
  explained = $derived(
    this.#app.activeThemes.flatMap((id) => {
      const theme = this.#app.themeById.get(id);
      if (!theme) return [];
      const language = this.#app.language;
      const explainer = localized(theme, 'explainer', language);
      const lang = languageOfField(theme, 'explainer', language);
      return [{ id, name: localized(theme, 'name', language), colour: theme.colour, explainer, lang }];
    }),
  );

  /** How the map draws each disputed area, from countries.json's policy, for the map's notes. */
  disputedNotes = $derived(
    this.countries.flatMap((country) => {
      if (!country.disputed) return [];
      const language = this.#app.language;
      const translated = language === 'en' ? undefined : country.translations?.[language]?.explanation;
      const label = localized(country, 'label', language);
      return [{ id: country.id, label, explanation: translated ?? country.disputed.explanation, lang: translated ? language : 'en' }];
    }),
  );

  /** The camera's choice: the selection and the chosen issues. */
  choice = () => ({ selection: this.#app.selection, themes: this.#app.activeThemes });

  /** The page's first index has no issue geography: the camera waits for the full story. */
  complete = () => !this.#app.model.partial;

  /** What to frame for the selection or for the chosen issues. */
  focusFor = (what: 'selection' | 'issues'): CameraFocus => {
    const app = this.#app;
    const geographyOf = (ids: readonly string[]) =>
      geographyPoints({ themes: app.model.themes, ids, places: app.placeById, regions: app.model.regions, lines: this.lines });
    if (what === 'issues') return { kind: 'issues', geography: geographyOf(app.activeThemes) };
    const event = app.selectedEvent;
    if (event) {
      const places = event.places.map((id) => app.placeById.get(id)?.coordinates).filter((lonLat) => lonLat !== undefined);
      return { kind: 'event', places, geography: geographyOf(event.themes) };
    }
    const at = app.selectedPlace?.coordinates;
    return at ? { kind: 'place', at } : null;
  };
}
