/**
 * The editors' desk (edit.html): its own entry, so the story page (index.html) loads none of
 * its code. It shares the app's styles for the preview.
 */
import { mount } from 'svelte';
import Desk from '../lib/desk/Desk.svelte';
import '../app.css';

mount(Desk, { target: document.getElementById('desk')! });
