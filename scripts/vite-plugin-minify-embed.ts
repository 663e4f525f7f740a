/**
 * Minifies embed.js, the script newsrooms put on their article pages, in the build's copy of
 * public/. The readable source stays in public/embed.js (and is what the dev server serves);
 * readers of every embedding page download the small one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify, type Plugin, type ResolvedConfig } from 'vite';

export const EMBED_SCRIPT = 'embed.js';
const BANNER =
  "/*! Turkey and Israel embed: sizes the story's iframes and links to its views. Readable source and guide: public/embed.js and the README of the project. */\n";

export function minifyEmbedScript(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'minify-embed-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After the bundle is written, when Vite has copied public/ into the build.
    async writeBundle() {
      const path = join(resolve(config.root, config.build.outDir), EMBED_SCRIPT);
      const { code, errors } = await minify(EMBED_SCRIPT, readFileSync(path, 'utf8'), { compress: true, mangle: true });
      if (errors.length > 0) this.error(`${EMBED_SCRIPT} could not be minified: ${errors.map((error) => error.message).join('; ')}`);
      writeFileSync(path, BANNER + code);
    },
  };
}
