import 'dkfds-dist/css/dkfds.min.css';
import './console.css';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './App';
import { setUpI18n } from './i18n/i18n';

const queries = new QueryClient({
  // A refusal or a missing page does not get better by asking again.
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});

void setUpI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queries}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
