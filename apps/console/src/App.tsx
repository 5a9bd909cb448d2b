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
import { MyReferralsPage } from './referrals/MyReferralsPage';
import { ByRole, StartPage } from './start/ByRole';
import { CoursePage } from './course/CoursePage';
import { StartPage as TodayStartPage } from './today/TodayPage';

// The coordinators' and administrators' pages load when first opened, so a mentor's, a panel member's or a referrer's phone
// fetches only her own pages up front. Not Today and a course, which coordinators open first and most: a lazy page costs a round
// trip for its chunk after the session is known, then React keeps the fallback it showed meanwhile for up to 300 ms more (its
// throttle on revealing suspended content). Both in the first load add 11 KiB gzipped to it (bench/NOTES.md, the console).
const CoursesPage = lazy(() => import('./pages/CoursesPage').then((module) => ({ default: module.CoursesPage })));
const NewReferralPage = lazy(() => import('./intake/NewReferralPage').then((module) => ({ default: module.NewReferralPage })));
const EscalationsPage = lazy(() => import('./escalations/EscalationsPage').then((module) => ({ default: module.EscalationsPage })));
const EscalationPage = lazy(() => import('./escalations/EscalationPage').then((module) => ({ default: module.EscalationPage })));
const MentorsPage = lazy(() => import('./mentors/MentorsPage').then((module) => ({ default: module.MentorsPage })));
const MentorPage = lazy(() => import('./mentors/MentorPage').then((module) => ({ default: module.MentorPage })));
const ProgramsPage = lazy(() => import('./programs/ProgramsPage').then((module) => ({ default: module.ProgramsPage })));
const ProgramPage = lazy(() => import('./programs/ProgramPage').then((module) => ({ default: module.ProgramPage })));
const PolicyVersionPage = lazy(() => import('./programs/PolicyVersionPage').then((module) => ({ default: module.PolicyVersionPage })));
const ReportsPage = lazy(() => import('./reports/ReportsPage').then((module) => ({ default: module.ReportsPage })));

/** A lazy page loading inside the layout, which stays on screen meanwhile. */
const loaded = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

/** The console's pages; their paths are the API's own (a mail's link opens its page), listed for the server in console-routes.ts. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartPage staff={<TodayStartPage />} />} />
        <Route path="mentorships" element={loaded(<CoursesPage />)} />
        <Route path="mentorships/:id" element={<ByRole staff={<CoursePage />} mentor={<MentorCoursePage />} />} />
        <Route path="referrals/new" element={loaded(<NewReferralPage />)} />
        <Route path="escalations" element={<ByRole staff={loaded(<EscalationsPage />)} panel={<PanelEscalationsPage />} />} />
        <Route path="escalations/:id" element={<ByRole staff={loaded(<EscalationPage />)} panel={<PanelEscalationPage />} />} />
        <Route path="mentors" element={loaded(<MentorsPage />)} />
        <Route path="mentors/:id" element={loaded(<MentorPage />)} />
        <Route path="mentors/:id/young-people" element={<MentorHomePage />} />
        <Route path="mentors/:id/path" element={<MentorPathPage />} />
        <Route path="my-referrals" element={<MyReferralsPage />} />
        <Route path="programs" element={loaded(<ProgramsPage />)} />
        <Route path="programs/:id" element={loaded(<ProgramPage />)} />
        <Route path="programs/:id/versions/:version" element={loaded(<PolicyVersionPage />)} />
        <Route path="reports" element={loaded(<ReportsPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
