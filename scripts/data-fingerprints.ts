/**
 * The fingerprints the build records for the data/ files it ships (src/lib/data/as-built.ts),
 * so that readers of the published story skip a second validation of the same bytes. Recorded
 * only when, for every language a reader may ask for, the model the page would build without
 * validation equals the one validate.ts builds from the same files, without errors: otherwise
 * (a story validation mends, trims or reports) the page validates as before.
 */
import { isDeepStrictEqual } from 'node:util';
import { fingerprintOf, modelFromBuiltFiles, type Fingerprints } from '../src/lib/data/as-built.ts';
import { mergeTranslations, readTranslationFile, TRANSLATIONS_FOLDER } from '../src/lib/data/split-translations.ts';
import { validateStory, type FileInput } from '../src/lib/data/validate.ts';
import { DATA_FILES } from '../src/lib/data/data-files.ts';

export interface RecordedFingerprints {
  fingerprints: Fingerprints;
  /** Why none were recorded, for the build's log. */
  reason?: string;
}

/** `shipped`: each file the build writes into data/, by name, as its text. */
export async function recordFingerprints(shipped: Readonly<Record<string, string>>): Promise<RecordedFingerprints> {
  const encoded = new Map(Object.entries(shipped).map(([file, text]) => [file, new TextEncoder().encode(text)]));
  const bytes = (file: string): FileInput => ({ bytes: encoded.get(file)! });
  const base = Object.fromEntries(DATA_FILES.filter((file) => encoded.has(file)).map((file) => [file, bytes(file)]));
  const languageFiles = Object.keys(shipped).filter((file) => file.startsWith(`${TRANSLATIONS_FOLDER}/`));
  for (const languageFile of [undefined, ...languageFiles]) {
    const translation = languageFile === undefined ? null : readTranslationFile(bytes(languageFile));
    if (languageFile !== undefined && !translation) return { fingerprints: {}, reason: `data/${languageFile} is not a language file` };
    const files = mergeTranslations(base, translation ? [translation] : []);
    const { model, problems } = validateStory(files);
    const reader = languageFile ?? 'English';
    if (!model || problems.some((problem) => problem.severity === 'error'))
      return { fingerprints: {}, reason: `validation reports errors for a reader of ${reader}` };
    if (!isDeepStrictEqual(plain(model), plain(modelFromBuiltFiles(files))))
      return {
        fingerprints: {},
        reason: `validation changes the story for a reader of ${reader} (it mends, trims or leaves something out)`,
      };
  }
  const fingerprints: Record<string, string> = {};
  for (const [file, fileBytes] of encoded) {
    const fingerprint = await fingerprintOf(fileBytes);
    if (!fingerprint) return { fingerprints: {}, reason: 'this Node offers no SHA-256 digest' };
    fingerprints[file] = fingerprint;
  }
  return { fingerprints };
}

/** As JSON has it: keys in any order, and a key set to undefined the same as no key. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
