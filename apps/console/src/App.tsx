import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from './components/ErrorMessage';
import { WithStaffTexts } from './i18n/WithStaffTexts';
import { Layout } from './layout/Layout';
import { MentorCoursePage } from './mentor/MentorCoursePage';
import { MentorHomePage } from './mentor/MentorHomePage';
import { MentorPathPage } from './mentor/MentorPathPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PanelEscalationPage } from './panel/PanelEscalationPage';
import { PanelEscalationsPage } from './panel/PanelEscalationsPage';
import { MyReferralsPage } from './referrals/MyReferralsPage';
import { ReferPage } from './referrals/ReferPage';
import { ReferrerCoursePage } from './referrals/ReferrerCoursePage';
import { ByRole, StartPage } from './start/ByRole';
import { lazyPage } from './start/lazy-page';

// The coordinators' and administrators' pages load when first opened, so a mentor's, a panel member's or a referrer's phone
// fetches only her own pages up front. Today and a course's page are those main.tsx fetches before a coordinator's first render.
export const TodayStartPage = lazyPage(() => import('./today/TodayPage').then((module) => module.StartPage));
const CoursesPage = lazy(() => import('./pages/CoursesPage').then((module) => ({ default: module.CoursesPage })));
export const CoursePage = lazyPage(() => import('./course/CoursePage').then((module) => module.CoursePage));
const NewReferralPage = lazy(() => import('./intake/NewReferralPage').then((module) => ({ default: module.NewReferralPage })));
const EscalationsPage = lazy(() => import('./escalations/EscalationsPage').then((module) => ({ default: module.EscalationsPage })));
const EscalationPage = lazy(() => import('./escalations/EscalationPage').then((module) => ({ default: module.EscalationPage })));
const MentorsPage = lazy(() => import('./mentors/MentorsPage').then((module) => ({ default: module.MentorsPage })));
const MentorPage = lazy(() => import('./mentors/MentorPage').then((module) => ({ default: module.MentorPage })));
const ProgramsPage = lazy(() => import('./programs/ProgramsPage').then((module) => ({ default: module.ProgramsPage })));
const ProgramPage = lazy(() => import('./programs/ProgramPage').then((module) => ({ default: module.ProgramPage })));
const PolicyVersionPage = lazy(() => import('./programs/PolicyVersionPage').then((module) => ({ default: module.PolicyVersionPage })));
// A nudge's page is opened from its mail and their list from the daily digest, by anyone a nudge goes to; they read the kinds'
// texts Today has, which come with them.
const NudgePage = lazy(() => import('./nudges/NudgePage').then((module) => ({ default: module.NudgePage })));
const NudgesPage = lazy(() => import('./nudges/NudgesPage').then((module) => ({ default: module.NudgesPage })));
const ReportsPage = lazy(() => import('./reports/ReportsPage').then((module) => ({ default: module.ReportsPage })));

/** A lazy page loading, with the coordinators' texts, inside the layout, which stays on screen meanwhile. */
const loaded = (page: ReactNode) => (
  <Suspense fallback={<Loading />}>
    <WithStaffTexts>{page}</WithStaffTexts>
  </Suspense>
);

/** The console's pages; their paths are the API's own (a mail's link opens its page), listed for the server in console-routes.ts. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartPage staff={loaded(<TodayStartPage />)} />} />
        <Route path="mentorships" element={loaded(<CoursesPage />)} />
        <Route
          path="mentorships/:id"
          element={<ByRole staff={loaded(<CoursePage />)} mentor={<MentorCoursePage />} referrer={<ReferrerCoursePage />} />}
        />
        <Route path="referrals/new" element={loaded(<NewReferralPage />)} />
        <Route path="escalations" element={<ByRole staff={loaded(<EscalationsPage />)} panel={<PanelEscalationsPage />} />} />
        <Route path="escalations/:id" element={<ByRole staff={loaded(<EscalationPage />)} panel={<PanelEscalationPage />} />} />
        <Route path="mentors" element={loaded(<MentorsPage />)} />
        <Route path="mentors/:id" element={loaded(<MentorPage />)} />
        <Route path="mentors/:id/young-people" element={<MentorHomePage />} />
        <Route path="mentors/:id/path" element={<MentorPathPage />} />
        <Route path="my-referrals" element={<MyReferralsPage />} />
        <Route path="my-referrals/new" element={<ReferPage />} />
        <Route path="programs" element={loaded(<ProgramsPage />)} />
        <Route path="programs/:id" element={loaded(<ProgramPage />)} />
        <Route path="programs/:id/versions/:version" element={loaded(<PolicyVersionPage />)} />
        <Route path="reports" element={loaded(<ReportsPage />)} />
        {/* Every nudge mail's link and the digest's: coordinators, mentors, referrers and the panel alike. */}
        <Route path="nudges" element={loaded(<NudgesPage />)} />
        <Route path="nudges/:id" element={loaded(<NudgePage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
