import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { dkfdsUsedRules } from './dkfds-used-rules';
import { translationParts } from './translation-parts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Built into dist/console at the repository's root, outside the sources; the API serves it from `/` (apps/api/src/console).
export default defineConfig({
  root: here('.'),
  base: '/',
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  // dkfds's stylesheet without the rules for classes no page uses: most of its weight on a phone's first load; the texts in
  // two parts, so a phone's first load goes without the coordinators' (i18n.ts).
  plugins: [dkfdsUsedRules(here('.')), translationParts()],
  resolve: {
    // dkfds exports only its script; its stylesheet, fonts and icons are files in the package, bundled from there.
    alias: { 'dkfds-dist': here('../../node_modules/dkfds/dist') },
  },
  build: {
    outDir: here('../../dist/console'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // Every asset a file of its own, so the Content-Security-Policy needs no data: URL.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    // Which chunks each lazy page adds to the first load: first-load-size.mjs reads it to print each route's size.
    manifest: true,
    // The budgets are on gzipped first loads (first-load-size.mjs enforces them); this only quiets the warning on raw size.
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      // The young person's page is an entry of its own: her phone loads neither the coordinators' pages nor their router.
      input: { index: here('index.html'), 'young-person': here('young-person.html') },
      // React Server Components' "use client" marks mean nothing in a browser-only bundle; dropping them is what is wanted.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
