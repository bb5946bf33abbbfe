import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

/**
 * The browser build: the same sources, with each module that has a `.browser.ts` edition beside
 * it (the wire layer's platform, gzip, reading bundle files) replaced by that edition. Which
 * build a program gets is chosen by the package's `browser` export condition, at build time.
 */
const browserEditions = {
  name: 'browser-editions',
  setup(build: { onResolve(o: { filter: RegExp }, cb: (a: { path: string; resolveDir: string }) => { path: string } | undefined): void }) {
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const edition = resolve(args.resolveDir, args.path.replace(/\.js$/, '.browser.ts'));
      return existsSync(edition) ? { path: edition } : undefined;
    });
  },
};

/** The entry points both builds share. */
const shared = {
  index: 'src/index.ts',
  'wire/index': 'src/wire/index.ts',
  'schema/index': 'src/schema/index.ts',
  'codec/index': 'src/codec/index.ts',
  'session/index': 'src/session/index.ts',
  'sparkle/index': 'src/sparkle/index.ts',
};

const node: Options = {
  entry: {
    ...shared,
    'transport/index': 'src/transport/index.ts',
    // The browser transport's types come from here (sharing the session's declarations); its code from the browser build.
    'transport/browser': 'src/transport/browser-index.ts',
    'sink/index': 'src/sink/index.ts',
    'store/index': 'src/store/index.ts',
    'testing/index': 'src/testing/index.ts',
    cli: 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  // Shared chunks: one EtpError class whichever sub-path it is imported from.
  splitting: true,
  dts: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  sourcemap: false,
};

const browser: Options = {
  entry: {
    ...shared,
    'transport/index': 'src/transport/browser-index.ts',
  },
  outDir: 'dist/browser',
  format: ['esm'],
  splitting: true,
  // Types: Node's .d.ts files (the browser transport's are dist/transport/browser.d.ts).
  dts: false,
  target: 'es2022',
  platform: 'browser',
  sourcemap: false,
  esbuildPlugins: [browserEditions as never],
};

export default defineConfig([node, browser]);
