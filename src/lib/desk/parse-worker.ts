/**
 * The desk's work off the main thread, so a 7 MB story (or a hostile file) never freezes
 * the tab: reading an opened file (refused when too large or too deeply nested, then
 * parsed, or a spreadsheet turned into events.json), checking the whole story after
 * each edit, and writing the events out as events.csv. The spreadsheet code lives here
 * alone: the desk's page carries none of it.
 */
import type { FileInput } from '../data/validate.ts';
import { validateFiles, type DeskValidation } from './desk-validation.ts';
import type { Problem } from '../data/problems.ts';
import { eventsToCsv } from './events-csv.ts';
import { importEventsCsv, type EventsImport } from './events-import.ts';
import { refuseFile } from './json-guard.ts';

export type WorkerRequest =
  /** Read a file; a spreadsheet is checked against `inputs`, the story's files as the desk has them. */
  | { id: number; file: File; inputs?: Record<string, FileInput> }
  /** Check the story. */
  | { id: number; inputs: Record<string, FileInput> }
  /** Write the events as events.csv. */
  | { id: number; csvOf: unknown[] };
/** A file read: refused, or its text, parsed when it is JSON, turned into events.json when it is a spreadsheet. */
export type ReadReply = { refused: string } | { text: string; value: unknown; parsed: boolean; imported?: EventsImport };
/** events.csv, or the events that could not go into a spreadsheet. */
export type CsvReply = { csv: string } | { csvProblems: Problem[] };
export type WorkerReply = { id: number } & (ReadReply | { validation: DeskValidation } | CsvReply | { failed: string });

async function read(file: File, inputs: Record<string, FileInput> = {}): Promise<ReadReply> {
  const early = refuseFile(file.name, file.size);
  if (early) return { refused: early };
  const text = await file.text();
  const refused = refuseFile(file.name, file.size, text);
  if (refused) return { refused };
  if (file.name.endsWith('.csv')) return { text, value: undefined, parsed: false, imported: importEventsCsv(text, inputs, file.name) };
  if (!file.name.endsWith('.json')) return { text, value: undefined, parsed: false };
  try {
    return { text, value: JSON.parse(text), parsed: true };
  } catch {
    // The validation reports it, located, from the text.
    return { text, value: undefined, parsed: false };
  }
}

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  try {
    if ('file' in data) post({ id: data.id, ...(await read(data.file, data.inputs)) });
    else if ('csvOf' in data) {
      const { text, problems } = eventsToCsv(data.csvOf);
      post(problems.length ? { id: data.id, csvProblems: problems } : { id: data.id, csv: text });
    } else post({ id: data.id, validation: validateFiles(data.inputs) });
  } catch (error) {
    post({ id: data.id, failed: String(error) });
  }
};
