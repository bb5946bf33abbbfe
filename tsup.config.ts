import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'wire/index': 'src/wire/index.ts',
    'schema/index': 'src/schema/index.ts',
    'codec/index': 'src/codec/index.ts',
    'session/index': 'src/session/index.ts',
    'sparkle/index': 'src/sparkle/index.ts',
    'transport/index': 'src/transport/index.ts',
    'sink/index': 'src/sink/index.ts',
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
});
