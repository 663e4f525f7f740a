import { mount } from 'svelte';
import App from './App.svelte';
import { parsePageOptions, preferredLanguage } from './lib/embed/options.ts';
import { pageLanguage } from './lib/i18n/page-language.ts';
import { loadCatalogue } from './lib/i18n/load-catalogue.ts';
import { registerCatalogue } from './lib/i18n/messages.ts';
import { FIRST_DRAW_TEXT_ELEMENT_ID, readFirstDrawText } from './lib/i18n/first-draw-text.ts';
import { applyLook } from './lib/embed/apply-look.ts';
import { parseUrlState } from './lib/state/url-state.ts';
import { readStoryIndex, STORY_INDEX_ELEMENT_ID } from './lib/data/story-index.ts';
import './app.css';

const options = parsePageOptions(location.search);
const look = applyLook(document.documentElement, options, matchMedia('(prefers-color-scheme: dark)').matches);
// The fragment's language (a shared link) wins over the embed code's, which wins over the
// page's own (index.he.html is the Hebrew page), which wins over the browser's. The English
// page is also the page for every other language, so it names none and the browser decides.
const language =
  parseUrlState(location.hash).lang ?? options.lang ?? pageLanguage(document.documentElement) ?? preferredLanguage(navigator.languages);

const target = document.getElementById('app')!;
const indexed = readStoryIndex(document.getElementById(STORY_INDEX_ELEMENT_ID)?.textContent, language);
// The first render gets a task of its own, after the parser's. Chromium ends parsing (the
// task that runs this module) with DOMContentLoaded and a forced style and layout of the
// document; mounted here, the first render's layout would run inside that same long task.
// From a task of its own, the layout waits for the browser's next frame and input is
// blocked for less time before the timeline is ready.
// The build prerenders the story as text into #app for readers without JavaScript (scripts/
// vite-plugin-prerender.ts): the app takes its place rather than adding to it.
// The interface text comes first, so the first draw is in the reader's language, and the
// prerendered text stays until then. English is in this download; a language's own page
// carries its first draw's strings (first-draw-text.ts), and the rest follows the timeline.
const firstDrawText = readFirstDrawText(document.getElementById(FIRST_DRAW_TEXT_ELEMENT_ID)?.textContent, language);
if (firstDrawText) registerCatalogue(language, firstDrawText, true);
const interfaceText = firstDrawText ? Promise.resolve() : loadCatalogue(language);
setTimeout(async () => {
  await Promise.all([interfaceText, look]);
  target.replaceChildren();
  mount(App, { target, props: { options, language, indexed } });
}, 0);
