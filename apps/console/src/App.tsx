import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from './components/ErrorMessage';
import { Layout } from './layout/Layout';
import { MentorCoursePage } from './mentor/MentorCoursePage';
import { MentorHomePage } from './mentor/MentorHomePage';
import { MentorPathPage } from './mentor/MentorPathPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PanelEscalationPage } from './panel/PanelEscalationPage';
import { PanelEscalationsPage } from './panel/PanelEscalationsPage';
import { ByRole, StartPage } from './start/ByRole';

// The coordinators' pages load when first opened, so a mentor's or a panel member's phone fetches only her own pages up front.
const CoursesPage = lazy(() => import('./pages/CoursesPage').then((module) => ({ default: module.CoursesPage })));
const CoursePage = lazy(() => import('./course/CoursePage').then((module) => ({ default: module.CoursePage })));
const EscalationsPage = lazy(() => import('./escalations/EscalationsPage').then((module) => ({ default: module.EscalationsPage })));
const EscalationPage = lazy(() => import('./escalations/EscalationPage').then((module) => ({ default: module.EscalationPage })));

/** A lazy page loading inside the layout, which stays on screen meanwhile. */
const loaded = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;
import { MyReferralsPage } from './referrals/MyReferralsPage';

/** The console's pages; their paths are the API's own (a mail's link opens its page), listed for the server in console-routes.ts. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartPage staff={loaded(<CoursesPage />)} />} />
        <Route path="mentorships/:id" element={<ByRole staff={loaded(<CoursePage />)} mentor={<MentorCoursePage />} />} />
        <Route path="escalations" element={<ByRole staff={loaded(<EscalationsPage />)} panel={<PanelEscalationsPage />} />} />
        <Route path="escalations/:id" element={<ByRole staff={loaded(<EscalationPage />)} panel={<PanelEscalationPage />} />} />
        <Route path="mentors/:id/young-people" element={<MentorHomePage />} />
        <Route path="mentors/:id/path" element={<MentorPathPage />} />
        <Route path="my-referrals" element={<MyReferralsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
