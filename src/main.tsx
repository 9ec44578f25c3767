// Starts the app, or explains which configuration is missing instead of showing a blank page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigError } from './app/config-error.tsx';
import { AppProvider } from './app/providers.tsx';
import { AppRouter } from './app/router.tsx';
import { envResult } from './lib/env.ts';
import './index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The build's static head tags (scripts/prerender) describe the page as crawled; from here on each page sets its own.
document.querySelectorAll('head [data-prerendered]').forEach((tag) => tag.remove());

createRoot(root).render(
  <StrictMode>
    {envResult.ok ? (
      <AppProvider>
        <AppRouter />
      </AppProvider>
    ) : (
      <ConfigError problems={envResult.problems} />
    )}
  </StrictMode>,
);
