/** The fingerprints of the data/ files the build shipped (scripts/vite-plugin-story-data.ts); empty in the dev server. */
declare module 'virtual:built-data' {
  export const BUILT_FINGERPRINTS: Readonly<Record<string, string>>;
}
