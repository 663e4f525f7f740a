/**
 * The messages between the desk and a preview in a second tab, over a BroadcastChannel:
 * same origin only, and nothing leaves the browser. The desk sends the checked story after
 * each edit; the preview asks for it when it opens, and again when a desk starts, and says
 * goodbye when it closes, so the desk stops sending once no preview is left.
 */
import type { StoryModel } from '../data/model.ts';
import type { Problem } from '../data/problems.ts';

export type PreviewMessage =
  /** From a preview tab (each names itself): send me the story. */
  | { type: 'hello'; tab: string }
  /** From a preview tab that is closing, or going into the browser's back-forward cache. */
  | { type: 'goodbye'; tab: string }
  /** From a desk that has just started: any preview open, say hello. */
  | { type: 'ready' }
  /** From the desk: the story as edited, its errors, and whether it is the last good one. */
  | { type: 'story'; model: StoryModel; problems: Problem[]; stale: boolean };

/** The query that turns edit.html into the preview tab. */
export const PREVIEW_QUERY = 'preview';

/**
 * The query that turns edit.html into the story alone, for the frame inside a preview. The
 * frame speaks with the preview holding it by postMessage, in the same messages: it says
 * hello, and is sent the story.
 */
export const FRAME_QUERY = 'frame';

/** One channel per copy of the site: two stories served from one origin do not hear each other. */
export function channelName(baseURI: string): string {
  return `editors-desk-preview:${new URL('.', baseURI).pathname}`;
}

/** A message as the other tab sent it, or null for anything else on the channel. */
export function readMessage(data: unknown): PreviewMessage | null {
  if (!data || typeof data !== 'object') return null;
  const message = data as Partial<Record<string, unknown>>;
  if (message.type === 'ready') return { type: 'ready' };
  if ((message.type === 'hello' || message.type === 'goodbye') && typeof message.tab === 'string' && message.tab !== '')
    return { type: message.type, tab: message.tab };
  if (
    message.type === 'story' &&
    message.model !== null &&
    typeof message.model === 'object' &&
    Array.isArray((message.model as { events?: unknown }).events) &&
    Array.isArray(message.problems) &&
    typeof message.stale === 'boolean'
  )
    return message as PreviewMessage;
  return null;
}

/** The preview tabs open after a message: a hello counts its tab in, a goodbye counts it out. */
export function openPreviews(open: ReadonlySet<string>, message: PreviewMessage | null): ReadonlySet<string> {
  if (message?.type === 'hello' && !open.has(message.tab)) return new Set([...open, message.tab]);
  if (message?.type === 'goodbye' && open.has(message.tab)) return new Set([...open].filter((tab) => tab !== message.tab));
  return open;
}
