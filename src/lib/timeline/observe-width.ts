/**
 * An attachment that reports its element's width, as laid out, whenever it changes.
 *
 * The new width redraws the chart, which changes the page's height that an embed's shell
 * observes: reported inside the observer's callback, that change would be observed in the
 * same pass and Chromium reports a ResizeObserver loop. The next frame breaks the loop.
 */
export function observeWidth(onWidth: (width: number) => void) {
  return (element: HTMLElement) => {
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => onWidth(element.clientWidth));
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  };
}
