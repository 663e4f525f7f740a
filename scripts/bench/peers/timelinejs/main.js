// The benchmark's TimelineJS peer: TimelineJS 3 from npm, served from the same local server,
// fed the story's events converted to its JSON (scripts/bench/timelinejs-data.ts). Marks
// `data-timeline-ready` when TimelineJS says it is ready and its time navigation holds a
// positioned marker for every event: the moment its timeline is drawn, as ours marks it.
// Plain JavaScript, not built: it is served as written, next to TimelineJS's own files.
const story = document.querySelector('script[data-story]').dataset.story;
const response = await fetch(`data/${story}.json`);
const data = await response.json();

const timeline = new window.TL.Timeline('timeline', data, {
  // No web fonts (the default loads them from Google) and no other remote files.
  font: null,
  script_path: new URL('timelinejs/js/', location.href).href,
  hash_bookmark: false,
});

timeline.on('ready', () => {
  const markers = document.querySelectorAll('.tl-timenav .tl-timemarker');
  const positioned = [...markers].filter((marker) => marker.style.left !== '').length;
  if (markers.length !== data.events.length || positioned !== markers.length)
    throw new Error(`TimelineJS drew ${markers.length} markers (${positioned} positioned) for ${data.events.length} events`);
  document.documentElement.setAttribute('data-timeline-ready', '');
});
