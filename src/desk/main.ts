/**
 * The editors' desk (edit.html): its own entry, so the story page (index.html) loads none of
 * its code. It shares the app's styles for the preview. With ?preview, the page is the
 * desk's second-tab preview instead, following the desk open in another tab.
 */
import { mount } from 'svelte';
import Desk from '../lib/desk/Desk.svelte';
import PreviewTab from '../lib/desk/PreviewTab.svelte';
import { PREVIEW_QUERY } from '../lib/desk/preview-channel.ts';
import '../app.css';

const target = document.getElementById('desk')!;
if (new URLSearchParams(location.search).has(PREVIEW_QUERY)) {
  document.title = `Preview · ${document.title}`;
  mount(PreviewTab, { target });
} else mount(Desk, { target });
