import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const params = new URLSearchParams(location.search);
const target = document.getElementById('app')!;
mount(App, { target, props: { embedded: params.has('embed') } });
