import 'dkfds-dist/css/dkfds.min.css';
import './console.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { sessionQuery } from './api/session';
import { App } from './App';
import { setUpI18n } from './i18n/i18n';
import { preloadFirstPage } from './start/first-page';

const queries = new QueryClient({
  // A refusal or a missing page does not get better by asking again.
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

/**
 * Asks who she is once, beside the texts (the answer index.html preloaded, kept in the cache useSession reads), and for a coordinator
 * fetches her page before the first render (first-page.ts). Should that fetch fail, the page renders anyway and loads it lazily.
 */
async function start(): Promise<void> {
  await Promise.all([setUpI18n(), queries.prefetchQuery(sessionQuery)]);
  await preloadFirstPage(queries.getQueryData(sessionQuery.queryKey), window.location.pathname).catch(() => undefined);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queries}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
