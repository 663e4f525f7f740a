/**
 * The map's voice in the page's one live region: after the reader changes the window or the
 * issue filter, once they pause, the map says what it shows (map-words.ts); a change that
 * comes with a selection stays quiet, since the view that made the selection announced it
 * (quiet-announcer.ts). Call from a component's setup: the effects end with it.
 */
import { untrack } from 'svelte';
import type { Language } from '../data/schema.ts';
import { localized } from '../i18n/localize.ts';
import type { AppState } from '../state/app-state.svelte.ts';
import { mapSummary } from './map-words.ts';
import type { PlaceMark } from './marks.ts';
import { QuietAnnouncer } from './quiet-announcer.ts';

/** What the map shows, read when it speaks: its places with their counts, the period's name, the language. */
export type MapView = () => { marks: readonly PlaceMark[]; period: string; language: Language };

export function announceMapChanges(app: AppState, view: MapView) {
  const summary = () => {
    const { marks, period, language } = view();
    return mapSummary({
      shown: marks.filter((mark) => mark.count > 0).map((mark) => ({ name: mark.name, count: mark.count })),
      period,
      issues: app.activeThemes.flatMap((id) => app.themeById.get(id) ?? []).map((theme) => localized(theme, 'name', language)),
      language,
    });
  };
  const announcer = new QuietAnnouncer((text) => app.announce(text));
  // By what is selected, not by object: a link that restates the selection is no new one.
  let selected: string | undefined;
  $effect(() => {
    const key = app.selection ? `${app.selection.kind}:${app.selection.id}` : '';
    if (selected !== undefined && key !== selected) announcer.selectionChanged();
    selected = key;
  });
  let seen = false;
  $effect(() => {
    void app.window;
    void app.activeThemes;
    // The first view is the page's, not a change: nothing to say.
    if (!seen) {
      seen = true;
      return;
    }
    untrack(() => announcer.viewChanged(summary));
  });
  $effect(() => () => announcer.dispose());
}
