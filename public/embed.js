/*! Turkey and Israel embed: sizes our iframes ([data-turkey-israel-embed]) from their pym.js-format
    height messages and mirrors the story's view into #turkey-israel=… in this page's URL. See the README. */
(function () {
  'use strict';
  var ATTRIBUTE = 'data-turkey-israel-embed';
  var MESSAGE = /^pymxPYMx[\w-]{0,64}xPYMx(height|hash|view)xPYMx([\s\S]{0,2000})$/;
  var VIEW = /^#?[\w\-.,=&%]{0,1000}$/;

  // The fragment key for one iframe: the attribute's value when a page holds several.
  function keyOf(frame) {
    var name = frame.getAttribute(ATTRIBUTE);
    return /^[\w-]{1,40}$/.test(name || '') ? 'turkey-israel-' + name : 'turkey-israel';
  }

  function hostParts() {
    var hash = location.hash.slice(1);
    return hash ? hash.split('&') : [];
  }

  function readView(key) {
    var parts = hostParts();
    for (var i = 0; i < parts.length; i++) {
      if (parts[i].indexOf(key + '=') === 0) {
        try {
          var view = decodeURIComponent(parts[i].slice(key.length + 1));
          return VIEW.test(view) ? view : '';
        } catch {
          return '';
        }
      }
    }
    return '';
  }

  function writeView(key, view) {
    var parts = hostParts().filter(function (part) {
      return part.indexOf(key + '=') !== 0;
    });
    if (view) parts.push(key + '=' + encodeURIComponent(view));
    var url = location.pathname + location.search + (parts.length ? '#' + parts.join('&') : '');
    // Replace, not push: the story keeps its own history; the article's Back button stays the article's.
    history.replaceState(history.state, '', url);
  }

  var frames = [];

  function adopt(frame) {
    if (frame.hasAttribute('data-embed-ready')) return;
    frame.setAttribute('data-embed-ready', '');
    var src = frame.getAttribute('src') || '';
    var origin;
    try {
      origin = new URL(src, location.href).origin;
    } catch {
      return;
    }
    frame.setAttribute('scrolling', 'no');
    frame.style.border = '0';
    frame.style.width = '100%';
    var entry = { frame: frame, origin: origin, key: keyOf(frame), wanted: readView(keyOf(frame)).replace(/^#/, ''), tries: 0 };
    frames.push(entry);
    // Hand a shared article link's view back to the story.
    if (entry.wanted) handBack(entry);
  }

  function handBack(entry) {
    entry.tries++;
    entry.frame.setAttribute('src', (entry.frame.getAttribute('src') || '').split('#')[0] + '#' + entry.wanted);
  }

  function onMessage(event) {
    for (var i = 0; i < frames.length; i++) {
      var entry = frames[i];
      if (event.source !== entry.frame.contentWindow) continue;
      if (event.origin !== entry.origin || typeof event.data !== 'string') return;
      var match = MESSAGE.exec(event.data);
      if (!match) return;
      if (match[1] === 'height') {
        var height = Number(match[2]);
        if (height > 0 && height < 100000 && Math.floor(height) === height) entry.frame.style.height = height + 'px';
      } else if (VIEW.test(match[2])) {
        var view = match[2].replace(/^#/, '');
        // The story opened elsewhere than the article's link says (it started before we
        // handed the view back): hand it back again, a few times at most.
        if (match[1] === 'view') {
          if (entry.wanted && view !== entry.wanted && entry.tries < 3) handBack(entry);
        } else writeView(entry.key, view);
      }
      return;
    }
  }

  function scan() {
    var found = document.querySelectorAll('iframe[' + ATTRIBUTE + ']');
    for (var i = 0; i < found.length; i++) adopt(found[i]);
  }

  window.addEventListener('message', onMessage);
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
