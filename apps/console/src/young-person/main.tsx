import 'dkfds-dist/css/dkfds.min.css';
import '../console.css';
import './young-person.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setUpI18n } from '../i18n/i18n';
import { takeLinkToken } from './link-token';
import { YoungPersonPage } from './YoungPersonPage';

// The young person's own page: a small entry of its own, without the coordinators' pages, router, session or query cache.
// Read, and taken out of the address, before anything renders.
const token = takeLinkToken();
void setUpI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <YoungPersonPage token={token} />
    </StrictMode>,
  ),
);
