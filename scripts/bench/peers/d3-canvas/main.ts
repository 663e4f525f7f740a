/**
 * The benchmark's floor for drawing N events: fetch the same synthetic events.json the app
 * loads, parse the dates, and draw one mark per event in a lane per category on one
 * canvas, with d3-scale for the numbers. No validation, layout, labels or interaction:
 * what any timeline must at least do. Marks `data-timeline-ready` once drawn.
 */
import { scaleBand, scaleUtc } from 'd3-scale';

interface SyntheticEvent {
  date: string;
  category: string;
}

const response = await fetch('data/events.json');
const { events } = (await response.json()) as { events: SyntheticEvent[] };
const dated = events.map((event) => ({ time: parseDay(event.date), category: event.category }));

const canvas = document.querySelector<HTMLCanvasElement>('#timeline')!;
const width = canvas.clientWidth;
const height = canvas.clientHeight;
const ratio = window.devicePixelRatio || 1;
canvas.width = width * ratio;
canvas.height = height * ratio;
const context = canvas.getContext('2d')!;
context.scale(ratio, ratio);

const margin = { top: 10, right: 10, bottom: 24, left: 10 };
const times = dated.map((event) => event.time);
const x = scaleUtc()
  .domain([Math.min(...times), Math.max(...times)])
  .range([margin.left, width - margin.right]);
const lanes = scaleBand<string>()
  .domain([...new Set(dated.map((event) => event.category))].sort())
  .range([margin.top, height - margin.bottom])
  .padding(0.2);

context.fillStyle = 'rgba(59, 111, 182, 0.5)';
for (const event of dated) context.fillRect(x(event.time), lanes(event.category) ?? 0, 2, lanes.bandwidth());

context.fillStyle = '#333';
context.font = '12px system-ui, sans-serif';
const format = x.tickFormat();
for (const tick of x.ticks()) context.fillText(format(tick), x(tick), height - 6);

document.documentElement.setAttribute('data-timeline-ready', '');

/** "2010-05-31" as a UTC instant (the synthetic data always has full dates). */
function parseDay(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year!, (month ?? 1) - 1, date ?? 1);
}
