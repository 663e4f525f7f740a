/**
 * What the timeline adds in the frame after it shows (boot's `shown`): the chart's words (the
 * label placer and the view that draws what it placed) and the overview strip with its brush.
 * The first draw needs the marks and the axis only, and the first download has a size limit
 * (tests/e2e/budget.spec.ts); one chunk for all three costs less than one each.
 */
import { chartLabels } from './chart-labels.ts';
import ChartLabels from './ChartLabels.svelte';
import Overview from './Overview.svelte';

const afterReady = { placeLabels: chartLabels, ChartLabels, Overview };
export type AfterReady = typeof afterReady;
export default afterReady;
