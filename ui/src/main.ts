import { mount } from 'svelte';
import './app.css';
import { uiLocale } from './api';
import { locale, provideWindowMessages, setLocale } from './shared/i18n';

// The page learns its language before any screen module runs (some build their words when
// they load), then loads the window it is: the quick-log window (made by the shell with
// this address) shows only its small form.
async function start() {
  const target = document.getElementById('app');
  if (!target) throw new Error('missing #app');
  const language = await uiLocale().catch(() => ({ locale: 'en', messages: '' }));
  provideWindowMessages(language.locale, language.messages);
  setLocale(language.locale);
  document.documentElement.lang = locale();
  const Root =
    window.location.hash === '#quick-log'
      ? (await import('./features/quicklog/QuickLog.svelte')).default
      : (await import('./App.svelte')).default;
  mount(Root, { target });
}

void start();
