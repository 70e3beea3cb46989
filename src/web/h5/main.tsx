import './h5.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from h5.html');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
