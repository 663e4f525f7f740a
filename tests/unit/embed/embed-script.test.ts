/**
 * public/embed.js is plain browser JavaScript for the newsroom's page, so it runs here against
 * a small fake of the few browser objects it touches: window (message listeners), document
 * (querySelectorAll, readyState, DOMContentLoaded), location and history.replaceState.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SOURCE = readFileSync(new URL('../../../public/embed.js', import.meta.url), 'utf8');
const ATTRIBUTE = 'data-turkey-israel-embed';
const HOST = 'https://host.test/world/article.html?id=7';
const STORY = 'https://story.test/graphics/story/index.html?embed';

class FakeElement {
  readonly style: Record<string, string> = {};
  /** Stands in for the frame's window: messages name it as their source. */
  readonly contentWindow = {};
  private readonly attributes: Map<string, string>;

  constructor(
    readonly tagName: string,
    attributes: Record<string, string>,
  ) {
    this.attributes = new Map(Object.entries(attributes));
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name);
  }
}

const iframe = (attributes: Record<string, string>) => new FakeElement('IFRAME', attributes);
const ourFrame = (src = STORY, name = '') => iframe({ src, [ATTRIBUTE]: name });

interface MessageLike {
  source: unknown;
  origin: string;
  data: unknown;
}

/** Loads embed.js into a fake host page at `url` holding `elements`. */
function loadPage(url: string, elements: FakeElement[], readyState: 'loading' | 'complete' = 'complete') {
  const href = new URL(url);
  const location = {
    get href() {
      return href.href;
    },
    get pathname() {
      return href.pathname;
    },
    get search() {
      return href.search;
    },
    get hash() {
      return href.hash;
    },
  };
  const replaced: { state: unknown; url: string }[] = [];
  const history = {
    state: { fromTheHost: true },
    replaceState(state: unknown, _title: string, next: string) {
      replaced.push({ state, url: next });
      const resolved = new URL(next, href);
      href.pathname = resolved.pathname;
      href.search = resolved.search;
      href.hash = resolved.hash;
    },
  };
  const messageListeners: ((event: MessageLike) => void)[] = [];
  const readyListeners: (() => void)[] = [];
  const window = {
    addEventListener(type: string, listener: (event: MessageLike) => void) {
      if (type === 'message') messageListeners.push(listener);
    },
  };
  const document = {
    readyState,
    querySelectorAll(selector: string) {
      // Only the one selector embed.js needs: `iframe[attribute]`.
      const match = /^iframe\[([\w-]+)\]$/.exec(selector);
      if (!match?.[1]) throw new Error(`the fake document does not support ${selector}`);
      const attribute = match[1];
      return elements.filter((element) => element.tagName === 'IFRAME' && element.hasAttribute(attribute));
    },
    addEventListener(type: string, listener: () => void) {
      if (type === 'DOMContentLoaded') readyListeners.push(listener);
    },
  };
  new Function('window', 'document', 'location', 'history', 'URL', SOURCE)(window, document, location, history, URL);
  return {
    location,
    replaced,
    post: (event: MessageLike) => messageListeners.forEach((listener) => listener(event)),
    ready: () => readyListeners.forEach((listener) => listener()),
  };
}

/** A message from a frame's own window and origin. */
const from = (frame: FakeElement, data: unknown): MessageLike => ({
  source: frame.contentWindow,
  origin: new URL(frame.getAttribute('src') ?? '', HOST).origin,
  data,
});

describe('embed.js adopts only our iframes', () => {
  const cases: { name: string; element: FakeElement; adopted: boolean }[] = [
    { name: 'an iframe with the data attribute', element: ourFrame(), adopted: true },
    { name: 'an iframe with a named data attribute', element: ourFrame(STORY, 'second'), adopted: true },
    { name: 'an iframe without it', element: iframe({ src: STORY }), adopted: false },
    { name: 'a div with the data attribute', element: new FakeElement('DIV', { [ATTRIBUTE]: '' }), adopted: false },
  ];
  for (const c of cases) {
    it(`${c.adopted ? 'adopts' : 'leaves alone'} ${c.name}`, () => {
      loadPage(HOST, [c.element]);
      expect(c.element.hasAttribute('data-embed-ready')).toBe(c.adopted);
      expect(c.element.getAttribute('scrolling')).toBe(c.adopted ? 'no' : null);
      expect(c.element.style).toEqual(c.adopted ? { border: '0', width: '100%' } : {});
    });
  }

  it('does not size an iframe it did not adopt', () => {
    const theirs = iframe({ src: STORY });
    const page = loadPage(HOST, [theirs]);
    page.post(from(theirs, 'pymxPYMxstoryxPYMxheightxPYMx812'));
    expect(theirs.style.height).toBeUndefined();
  });

  it('adopts iframes added before DOMContentLoaded', () => {
    const elements: FakeElement[] = [];
    const page = loadPage(HOST, elements, 'loading');
    const late = ourFrame();
    elements.push(late);
    page.ready();
    page.post(from(late, 'pymxPYMxstoryxPYMxheightxPYMx812'));
    expect(late.style.height).toBe('812px');
  });
});

describe('embed.js sizes an iframe from its well-formed height messages', () => {
  const cases: { name: string; data: unknown; expected: string | undefined }[] = [
    { name: 'a height', data: 'pymxPYMxstoryxPYMxheightxPYMx812', expected: '812px' },
    { name: 'a height with our default id', data: 'pymxPYMxturkey-israelxPYMxheightxPYMx812', expected: '812px' },
    { name: 'a height with an empty id', data: 'pymxPYMxxPYMxheightxPYMx812', expected: '812px' },
    { name: 'the largest height', data: 'pymxPYMxstoryxPYMxheightxPYMx99999', expected: '99999px' },
    { name: 'a zero height', data: 'pymxPYMxstoryxPYMxheightxPYMx0', expected: undefined },
    { name: 'a negative height', data: 'pymxPYMxstoryxPYMxheightxPYMx-5', expected: undefined },
    { name: 'a height of 100,000', data: 'pymxPYMxstoryxPYMxheightxPYMx100000', expected: undefined },
    { name: 'a height of 1e9', data: 'pymxPYMxstoryxPYMxheightxPYMx1e9', expected: undefined },
    { name: 'a height with a unit', data: 'pymxPYMxstoryxPYMxheightxPYMx12px', expected: undefined },
    { name: 'a fractional height', data: 'pymxPYMxstoryxPYMxheightxPYMx12.5', expected: undefined },
    { name: 'a height that is not a number', data: 'pymxPYMxstoryxPYMxheightxPYMxtall', expected: undefined },
    { name: 'an empty height', data: 'pymxPYMxstoryxPYMxheightxPYMx', expected: undefined },
    { name: 'a height with CSS after it', data: 'pymxPYMxstoryxPYMxheightxPYMx12;color:red', expected: undefined },
    { name: 'an id that is not an id', data: 'pymxPYMx<b>xPYMxheightxPYMx812', expected: undefined },
    { name: 'another message type', data: 'pymxPYMxstoryxPYMxwidthxPYMx812', expected: undefined },
    { name: 'a number', data: 812, expected: undefined },
    { name: 'an object', data: { type: 'height', height: 812 }, expected: undefined },
    { name: 'AMP’s embed-size', data: { sentinel: 'amp', type: 'embed-size', height: 812 }, expected: undefined },
    { name: 'null', data: null, expected: undefined },
  ];
  for (const c of cases) {
    it(`sets ${String(c.expected)} from ${c.name}`, () => {
      const frame = ourFrame();
      const page = loadPage(HOST, [frame]);
      page.post(from(frame, c.data));
      expect(frame.style.height).toBe(c.expected);
    });
  }
});

describe('embed.js trusts a message only from the iframe’s window and origin', () => {
  const data = 'pymxPYMxstoryxPYMxheightxPYMx812';
  const cases: { name: string; src: string; message: (frame: FakeElement) => MessageLike; sized: boolean }[] = [
    { name: 'its window and origin', src: STORY, message: (frame) => from(frame, data), sized: true },
    {
      name: 'its window at another origin',
      src: STORY,
      message: (frame) => ({ ...from(frame, data), origin: 'https://evil.test' }),
      sized: false,
    },
    {
      name: 'its window at the host’s origin',
      src: STORY,
      message: (frame) => ({ ...from(frame, data), origin: 'https://host.test' }),
      sized: false,
    },
    { name: 'another window at its origin', src: STORY, message: (frame) => ({ ...from(frame, data), source: {} }), sized: false },
    { name: 'no window at its origin', src: STORY, message: (frame) => ({ ...from(frame, data), source: null }), sized: false },
    { name: 'a relative src, from the host’s origin', src: '/graphics/story/?embed', message: (frame) => from(frame, data), sized: true },
  ];
  for (const c of cases) {
    it(`${c.sized ? 'sizes' : 'does not size'} the iframe from ${c.name}`, () => {
      const frame = ourFrame(c.src);
      const page = loadPage(HOST, [frame]);
      page.post(c.message(frame));
      expect(frame.style.height).toBe(c.sized ? '812px' : undefined);
    });
  }

  it('sizes only the iframe that sent the message', () => {
    const [first, second] = [ourFrame(STORY, 'first'), ourFrame(STORY, 'second')];
    const page = loadPage(HOST, [first, second]);
    page.post(from(second, 'pymxPYMxstoryxPYMxheightxPYMx640'));
    expect([first.style.height, second.style.height]).toEqual([undefined, '640px']);
  });
});

describe('embed.js mirrors the story’s view into the host’s fragment', () => {
  const article = 'https://host.test/world/article.html?id=7';
  const cases: { name: string; host: string; view: string; frameName?: string; expected: string }[] = [
    { name: 'a view into an empty fragment', host: article, view: '#event=a-b', expected: `${article}#turkey-israel=event%3Da-b` },
    { name: 'a view without its #', host: article, view: 'event=a-b', expected: `${article}#turkey-israel=event%3Da-b` },
    {
      name: 'a view next to the host’s anchor',
      host: `${article}#intro`,
      view: '#event=a-b&lang=tr',
      expected: `${article}#intro&turkey-israel=event%3Da-b%26lang%3Dtr`,
    },
    {
      name: 'a new view over the old one, keeping the host’s parts',
      host: `${article}#intro&turkey-israel=event%3Dold&utm=x`,
      view: '#event=new',
      expected: `${article}#intro&utm=x&turkey-israel=event%3Dnew`,
    },
    {
      name: 'an empty view, removing only our part',
      host: `${article}#intro&turkey-israel=event%3Dold`,
      view: '',
      expected: `${article}#intro`,
    },
    { name: 'an empty view, removing the whole fragment', host: `${article}#turkey-israel=event%3Dold`, view: '#', expected: article },
    {
      name: 'a named iframe’s view under its own key',
      host: `${article}#turkey-israel=event%3Dfirst`,
      view: '#event=a',
      frameName: 'second',
      expected: `${article}#turkey-israel=event%3Dfirst&turkey-israel-second=event%3Da`,
    },
    {
      name: 'a badly named iframe’s view under the default key',
      host: article,
      view: '#event=a',
      frameName: '<b>',
      expected: `${article}#turkey-israel=event%3Da`,
    },
  ];
  for (const c of cases) {
    it(`writes ${c.name}`, () => {
      const frame = ourFrame(STORY, c.frameName);
      const page = loadPage(c.host, [frame]);
      page.post(from(frame, `pymxPYMxstoryxPYMxhashxPYMx${c.view}`));
      expect(page.location.href).toBe(c.expected);
      // Replaced, not pushed, keeping the host's own history state.
      expect(page.replaced).toEqual([{ state: { fromTheHost: true }, url: c.expected.replace('https://host.test', '') }]);
    });
  }

  const invalid: { name: string; view: string }[] = [
    { name: 'a script tag', view: '#event=<script>alert(1)</script>' },
    { name: 'a space', view: '#event=a b' },
    { name: 'a view longer than 1,000 characters', view: `#event=${'a'.repeat(1_000)}` },
    { name: 'a second #', view: '##event=a' },
  ];
  for (const c of invalid) {
    it(`leaves the host’s fragment alone for ${c.name}`, () => {
      const frame = ourFrame();
      const page = loadPage(`${article}#intro`, [frame]);
      page.post(from(frame, `pymxPYMxstoryxPYMxhashxPYMx${c.view}`));
      expect([page.location.href, page.replaced]).toEqual([`${article}#intro`, []]);
    });
  }

  it('ignores a view from another origin', () => {
    const frame = ourFrame();
    const page = loadPage(article, [frame]);
    page.post({ ...from(frame, 'pymxPYMxstoryxPYMxhashxPYMx#event=a'), origin: 'https://evil.test' });
    expect(page.replaced).toEqual([]);
  });
});

describe('embed.js hands a shared article link’s view back to the story', () => {
  const article = 'https://host.test/world/article.html?id=7';
  const cases: { name: string; hash: string; src?: string; frameName?: string; expected: string }[] = [
    { name: 'a view', hash: '#turkey-israel=event%3Dgantz-visits-ankara', expected: `${STORY}#event=gantz-visits-ankara` },
    {
      name: 'a view among the host’s parts',
      hash: '#intro&turkey-israel=event%3Da%26lang%3Dtr&utm=x',
      expected: `${STORY}#event=a&lang=tr`,
    },
    {
      name: 'a view over the src’s own fragment',
      hash: '#turkey-israel=event%3Dnew',
      src: `${STORY}#event=old`,
      expected: `${STORY}#event=new`,
    },
    { name: 'a view written with its #', hash: '#turkey-israel=%23event%3Da', expected: `${STORY}#event=a` },
    {
      name: 'a named iframe’s view',
      hash: '#turkey-israel=event%3Da&turkey-israel-second=event%3Db',
      frameName: 'second',
      expected: `${STORY}#event=b`,
    },
    { name: 'no view', hash: '#intro', expected: STORY },
    { name: 'an empty view', hash: '#turkey-israel=', expected: STORY },
    { name: 'another iframe’s view', hash: '#turkey-israel-second=event%3Db', expected: STORY },
    { name: 'a script tag', hash: '#turkey-israel=%3Cscript%3Ealert(1)%3C%2Fscript%3E', expected: STORY },
    { name: 'a view longer than 1,000 characters', hash: `#turkey-israel=${'a'.repeat(1_001)}`, expected: STORY },
    { name: 'broken percent-encoding', hash: '#turkey-israel=%E0%A4%A', expected: STORY },
  ];
  for (const c of cases) {
    it(`${c.expected === (c.src ?? STORY) ? 'ignores' : 'hands back'} ${c.name}`, () => {
      const frame = ourFrame(c.src ?? STORY, c.frameName);
      loadPage(`${article}${c.hash}`, [frame]);
      expect(frame.getAttribute('src')).toBe(c.expected);
    });
  }
});
