import { Route, Routes } from 'react-router';
import { CoursePage } from './course/CoursePage';
import { EscalationPage } from './escalations/EscalationPage';
import { EscalationsPage } from './escalations/EscalationsPage';
import { Layout } from './layout/Layout';
import { MentorPage } from './mentors/MentorPage';
import { MentorsPage } from './mentors/MentorsPage';
import { CoursesPage } from './pages/CoursesPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { NewReferralPage } from './intake/NewReferralPage';
import { StartPage } from './today/TodayPage';
import { MyReferralsPage } from './referrals/MyReferralsPage';
import { PolicyVersionPage } from './programs/PolicyVersionPage';
import { ProgramPage } from './programs/ProgramPage';
import { ProgramsPage } from './programs/ProgramsPage';
import { ReportsPage } from './reports/ReportsPage';

/** The console's pages; their paths are the API's own (a mail's link opens its page), listed for the server in console-routes.ts. */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<StartPage />} />
        <Route path="mentorships" element={<CoursesPage />} />
        <Route path="mentorships/:id" element={<CoursePage />} />
        <Route path="referrals/new" element={<NewReferralPage />} />
        <Route path="escalations" element={<EscalationsPage />} />
        <Route path="escalations/:id" element={<EscalationPage />} />
        <Route path="mentors" element={<MentorsPage />} />
        <Route path="mentors/:id" element={<MentorPage />} />
        <Route path="my-referrals" element={<MyReferralsPage />} />
        <Route path="programs" element={<ProgramsPage />} />
        <Route path="programs/:id" element={<ProgramPage />} />
        <Route path="programs/:id/versions/:version" element={<PolicyVersionPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
