/**
 * The main thread's side of parse-worker.ts: one worker, started on first use, and a
 * promise per file.
 */
import type { ParseReply } from './parse-worker.ts';

export type ReadResult = { refused: string } | { text: string; value: unknown; parsed: boolean };

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (reply: ReadResult) => void>();

export function readFileInWorker(file: File): Promise<ReadResult> {
  if (!worker) {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<ParseReply>) => {
      const { id, ...result } = data;
      pending.get(id)?.(result);
      pending.delete(id);
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ id, file });
  });
}
