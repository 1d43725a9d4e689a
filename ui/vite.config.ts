import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * Fluent files imported `?raw` arrive without their comment lines (`#` at the start of a
 * line: notes for translators), as the Rust side embeds its own (crates/i18n/build.rs): the
 * app's binary carries the page, and its size has a budget (issue 18). An indented `#` is
 * text inside a message and stays.
 */
function fluentWithoutComments(): Plugin {
  return {
    name: 'fluent-without-comments',
    enforce: 'pre',
    load(id) {
      const [path, query] = id.split('?');
      if (!path.endsWith('.ftl') || query !== 'raw') return null;
      const text = readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('#'))
        .join('\n');
      return `export default ${JSON.stringify(text)};`;
    },
  };
}

// Tauri serves ui/dist; the dev server is only for `tauri dev`.
export default defineConfig({
  plugins: [fluentWithoutComments(), svelte()],
  clearScreen: false,
  // The Fluent files live in assets/locales, shared with the Rust side (docs/i18n.md).
  server: { port: 5173, strictPort: true, fs: { allow: ['.', '../assets/locales'] } },
  build: {
    target: 'safari15',
    outDir: 'dist',
    emptyOutDir: true,
    // Keep every asset a file: the CSP allows no inline scripts or styles.
    assetsInlineLimit: 0,
    cssCodeSplit: false,
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
  },
});
