/**
 * The map without WebGL: d3-geo's shapes and the SVG component, a chunk of their own that
 * only readers whose interactive map failed download.
 */
export interface StaticFallback {
  staticMapShapes: typeof import('./static-map.ts').staticMapShapes;
  StaticMap: typeof import('./StaticMap.svelte').default;
}

export async function loadStaticFallback(): Promise<StaticFallback> {
  const [geometry, component] = await Promise.all([import('./static-map.ts'), import('./StaticMap.svelte')]);
  return { staticMapShapes: geometry.staticMapShapes, StaticMap: component.default };
}
