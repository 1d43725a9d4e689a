import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import QuickLog from './features/quicklog/QuickLog.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('missing #app');
// The quick-log window (made by the shell with this address) shows only its small form.
const Root = window.location.hash === '#quick-log' ? QuickLog : App;
export default mount(Root, { target });
