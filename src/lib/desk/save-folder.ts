/**
 * Saves files straight into a folder the editor picks, where the browser has the File System
 * Access API (Chromium-based browsers); elsewhere the desk offers downloads instead.
 * https://developer.mozilla.org/docs/Web/API/Window/showDirectoryPicker
 */
interface WritableFolder {
  name: string;
  getFileHandle(
    name: string,
    options: { create: boolean },
  ): Promise<{ createWritable(): Promise<{ write(text: string): Promise<void>; close(): Promise<void> }> }>;
}
type FolderPicker = (options: { mode: 'readwrite'; id?: string }) => Promise<WritableFolder>;

export function canSaveToFolder(): boolean {
  return typeof (window as { showDirectoryPicker?: unknown }).showDirectoryPicker === 'function';
}

/** Writes each file into the picked folder; resolves to the folder's name. Rejects if the editor cancels. */
export async function saveToFolder(files: readonly { file: string; text: string }[]): Promise<string> {
  const pick = (window as unknown as { showDirectoryPicker: FolderPicker }).showDirectoryPicker;
  const folder = await pick({ mode: 'readwrite', id: 'story-data' });
  for (const { file, text } of files) {
    const writable = await (await folder.getFileHandle(file, { create: true })).createWritable();
    await writable.write(text);
    await writable.close();
  }
  return folder.name;
}
