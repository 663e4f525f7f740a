// In-page half of the benchmark, installed with Playwright's addInitScript so it runs before
// any of the page's own scripts: it sees every long task and the moment each ready mark
// appears, on the page's own clock (performance.now(), 0 = navigation start).
// Plain JavaScript on purpose: functions that tsx compiles can carry helpers (`__name`)
// that do not exist in the page.
(() => {
  const READY_MARKS = ['data-timeline-ready', 'data-map-ready'];
  const marks = {};
  const longTasks = [];
  /** The "timeline-shown" measurement has started (it starts once). */
  let shownPending = false;
  /** Callers of whenMarked, each waiting for a list of marks. */
  const waiting = new Set();

  // The app removes a mark when its component is torn down; the first appearance counts.
  const recordMarks = () => {
    const root = document.documentElement;
    if (!root) return;
    for (const name of READY_MARKS) {
      if (!(name in marks) && root.hasAttribute(name)) marks[name] = performance.now();
    }
    // A page may mark itself ready before the browser has laid out and painted what it drew
    // (the app does: its canvas is drawn in a task before the frame). "timeline-shown" is the
    // end of the main thread's work for the next frame, the same for every page.
    if ('data-timeline-ready' in marks && !shownPending) {
      shownPending = true;
      afterNextFrame({ urgent: true }).then((at) => (marks['timeline-shown'] = at));
    }
    for (const waiter of waiting) {
      if (!waiter.names.every((name) => name in marks)) continue;
      waiting.delete(waiter);
      waiter.done({ ...marks });
    }
  };
  // Observing `document` (not <html>, which may not exist yet) with subtree covers <html>.
  new MutationObserver(recordMarks).observe(document, { attributes: true, attributeFilter: READY_MARKS, subtree: true });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No Long Tasks API: the figure is reported as missing rather than as zero.
    longTasks.push(null);
  }

  /**
   * Resolves after the frame following now has been produced (its style, layout, paint and
   * commit): rAF, then a task. `urgent` makes it a task at the top priority, so tasks the page
   * has queued meanwhile (its lazy chunks, say) do not run first and count as the frame's.
   */
  function afterNextFrame({ urgent = false } = {}) {
    return new Promise((done) =>
      requestAnimationFrame(() => {
        const finish = () => done(performance.now());
        if (urgent && globalThis.scheduler?.postTask) globalThis.scheduler.postTask(finish, { priority: 'user-blocking' });
        else setTimeout(finish, 0);
      }),
    );
  }

  let pending = null;

  /** Starts the clock at the next click's own timestamp (when the input event was created). */
  const nextClick = () =>
    new Promise((done) => window.addEventListener('click', (event) => done(event.timeStamp), { capture: true, once: true }));

  window.__bench = {
    marks: () => ({ ...marks }),
    /** Resolves with the marks once all of `names` have appeared (why not poll: measure.ts, waitForMarks). */
    whenMarked(names) {
      return new Promise((done) => {
        waiting.add({ names, done });
        recordMarks();
      });
    },
    longTasks: () => (longTasks.includes(null) ? null : longTasks.slice()),

    /** Arms a measurement of the next click: until the end of the frame after it. */
    armFrame() {
      // Work: from the click to the moment the app has handled it, its effects have run and
      // the page is laid out again. A bubble listener on window runs after the app's own
      // (delegated) handler and after the microtasks that flush its updates; forcing layout
      // there adds style and layout. Painting and waiting for the display are not included.
      const workDone = new Promise((done) =>
        window.addEventListener(
          'click',
          () => {
            document.body.getBoundingClientRect();
            done(performance.now());
          },
          { once: true },
        ),
      );
      pending = Promise.all([nextClick(), workDone]).then(async ([clickAt, workAt]) => {
        // Registered in the capture phase, before the app's handler, so this rAF is the next frame.
        const frameAt = await afterNextFrame();
        return { clickAt, frameMs: frameAt - clickAt, workMs: workAt - clickAt };
      });
    },

    /** Arms a measurement of the next click: until the h2 inside `region` shows other text. */
    armTextChange(region) {
      const textOf = () => region.querySelector('h2')?.textContent ?? '';
      const before = textOf();
      const changed = new Promise((done) => {
        const observer = new MutationObserver(() => {
          if (textOf() === before) return;
          observer.disconnect();
          done(performance.now());
        });
        observer.observe(region, { childList: true, characterData: true, subtree: true });
      });
      pending = Promise.all([nextClick(), changed]).then(async ([clickAt, changedAt]) => {
        const frameAt = await afterNextFrame();
        return { clickAt, textMs: changedAt - clickAt, frameMs: frameAt - clickAt, before, after: textOf() };
      });
    },

    /** The armed measurement's result, or null when nothing happened within `timeoutMs`. */
    result(timeoutMs = 15000) {
      const current = pending;
      pending = null;
      if (!current) return Promise.resolve(null);
      return Promise.race([current, new Promise((done) => setTimeout(() => done(null), timeoutMs))]);
    },
  };
})();
