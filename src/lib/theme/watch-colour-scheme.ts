/**
 * Calls `onChange` whenever the page's colours may have changed: the reader's system scheme,
 * a forced theme (`data-theme`), or a newsroom's override on the root's style. Returns the
 * teardown, for an `$effect`.
 */
export function watchColourScheme(root: HTMLElement, onChange: () => void): () => void {
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  const observer = new MutationObserver(onChange);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme', 'style'] });
  scheme.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    scheme.removeEventListener('change', onChange);
  };
}

/** The root's tokens as the canvas and map need them, read once now. */
export function readRootStyle(root: HTMLElement = document.documentElement) {
  return { style: getComputedStyle(root), prefersDark: matchMedia('(prefers-color-scheme: dark)').matches };
}
