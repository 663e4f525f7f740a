/**
 * Reads an opened file off the main thread: refuses one too large or too deeply nested, then
 * parses JSON, so a 7 MB story (or a hostile file) never freezes the desk's tab.
 */
import { refuseFile } from './json-guard.ts';

export type ParseRequest = { id: number; file: File };
export type ParseReply = { id: number; refused: string } | { id: number; text: string; value: unknown; parsed: boolean };

self.onmessage = async ({ data }: MessageEvent<ParseRequest>) => {
  const { id, file } = data;
  const post = (reply: ParseReply) => self.postMessage(reply);
  const early = refuseFile(file.name, file.size);
  if (early) return post({ id, refused: early });
  const text = await file.text();
  const refused = refuseFile(file.name, file.size, text);
  if (refused) return post({ id, refused });
  if (!file.name.endsWith('.json')) return post({ id, text, value: undefined, parsed: false });
  try {
    post({ id, text, value: JSON.parse(text), parsed: true });
  } catch {
    // The validation reports it, located, from the text.
    post({ id, text, value: undefined, parsed: false });
  }
};
