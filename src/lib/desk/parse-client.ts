/**
 * The main thread's side of parse-worker.ts: one worker, started on first use, and a
 * promise per request.
 */
import type { FileInput } from '../data/validate.ts';
import type { DeskValidation, Validator } from './desk-validation.ts';
import type { Problem } from '../data/problems.ts';
import type { ReadReply, WorkerReply, WorkerRequest } from './parse-worker.ts';

export type ReadResult = ReadReply;
/** Each kind of request, without the id the client adds. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (reply: WorkerReply) => void>();

function ask(request: WithoutId<WorkerRequest>): Promise<WorkerReply> {
  if (!worker) {
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
      pending.get(data.id)?.(data);
      pending.delete(data.id);
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ id, ...request });
  });
}

/** Reads a file; a spreadsheet is checked against `inputs`, the story's files as the desk has them. */
export async function readFileInWorker(file: File, inputs?: Record<string, FileInput>): Promise<ReadResult> {
  const { id: _, ...reply } = await ask({ file, inputs });
  if ('failed' in reply) return { refused: `${file.name} could not be read: ${reply.failed}` };
  return reply as ReadResult;
}

/** The name of each check's span in the browser's performance timeline (DevTools, and the big-story test). */
export const CHECK_MEASURE = 'desk: check the story';

export const validateInWorker: Validator = async (inputs: Record<string, FileInput>): Promise<DeskValidation> => {
  const start = performance.now();
  const reply = await ask({ inputs });
  performance.measure(CHECK_MEASURE, { start });
  if ('validation' in reply) return reply.validation;
  throw new Error('failed' in reply ? reply.failed : 'the check gave no answer');
};

/** The events as events.csv for a spreadsheet, or the events that could not go into one. */
export async function eventsCsvInWorker(events: unknown[]): Promise<{ text: string } | { problems: Problem[] }> {
  const reply = await ask({ csvOf: events });
  if ('csv' in reply) return { text: reply.csv };
  if ('csvProblems' in reply) return { problems: reply.csvProblems };
  throw new Error('failed' in reply ? reply.failed : 'the export gave no answer');
}
