/**
 * Limits on an opened file, checked before it is parsed: a file too large or nested too
 * deeply would freeze the tab (or overflow the stack of the code that walks it) instead of
 * giving the editor an error to act on. The 20,000-event story is about 7 MB and five levels deep.
 */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_NESTING = 64;

/** The deepest nesting of [ and { in JSON text, brackets inside strings not counted; stops early past `limit`. */
export function nestingDepth(text: string, limit = Infinity): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

/** Why a file cannot be opened, in words for an editor; null when it can. */
export function refuseFile(name: string, bytes: number, text?: string): string | null {
  if (bytes > MAX_FILE_BYTES) {
    return `${name} is ${(bytes / 1024 / 1024).toFixed(1)} MB; the desk opens files up to ${MAX_FILE_BYTES / 1024 / 1024} MB. Check that it is the right file.`;
  }
  if (text !== undefined && name.endsWith('.json') && nestingDepth(text, MAX_NESTING) > MAX_NESTING) {
    return `${name} is nested more than ${MAX_NESTING} levels deep; no file of the story is. Check that it is the right file.`;
  }
  return null;
}
