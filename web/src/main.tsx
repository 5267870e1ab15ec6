import { render } from 'preact';
import { App } from './app';
import './styles.css';

const root = document.getElementById('app');
if (root) {
  // Replace the « Chargement » placeholder of index.html rather than render beside it.
  root.replaceChildren();
  render(<App />, root);
}

// The service worker keeps the app shell for a start without network (built to /sw.js; absent
// under `vite` dev, where registering simply fails). Secure contexts only, as browsers require.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined);
  });
}
