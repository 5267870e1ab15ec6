import { render } from 'preact';
import { App } from './app';
import './styles.css';

const root = document.getElementById('app');
if (root) {
  // Replace the « Chargement » placeholder of index.html rather than render beside it.
  root.replaceChildren();
  render(<App />, root);
}
