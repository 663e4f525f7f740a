/**
 * The editors' desk (edit.html): its own entry, so the story page (index.html) loads none of
 * its code. It shares the app's styles for the preview. With ?preview, the page is the
 * desk's second-tab preview instead, following the desk open in another tab; with ?frame, it
 * is the story alone, in the frame a preview draws it in.
 */
import { mount } from 'svelte';
import Desk from '../lib/desk/Desk.svelte';
import PreviewTab from '../lib/desk/PreviewTab.svelte';
import PreviewFrame from '../lib/desk/PreviewFrame.svelte';
import { FRAME_QUERY, PREVIEW_QUERY } from '../lib/desk/preview-channel.ts';
import '../app.css';

const target = document.getElementById('desk')!;
const query = new URLSearchParams(location.search);
if (query.has(FRAME_QUERY)) mount(PreviewFrame, { target });
else if (query.has(PREVIEW_QUERY)) {
  document.title = `Preview · ${document.title}`;
  mount(PreviewTab, { target });
} else mount(Desk, { target });
