import '@testing-library/jest-dom/vitest';
import { windowMessageFiles } from './bindings/windowMessageFiles';
import { provideWindowMessages } from './shared/i18n';

// The shell sends the page its share of the Rust side's Fluent files (ui_locale); the tests
// take the same files from disk, only those the shell sends, in both languages.
const rustSideFiles = import.meta.glob('../../assets/locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
for (const lang of ['en', 'de']) {
  const text = (windowMessageFiles as readonly string[])
    .map((name) => rustSideFiles[`../../assets/locales/${lang}/${name}.ftl`])
    .join('\n');
  provideWindowMessages(lang, text);
}
