import { matchPath } from 'react-router';
import type { Session } from '../api/session';
import { CoursePage, TodayStartPage } from '../App';
import { preloadStaffTexts } from '../i18n/WithStaffTexts';
import { roleView } from './role-view';

/**
 * For a coordinator, the texts and the chunk of the page her address opens (Today, or a course's page: issue 28 wants both drawn within
 * a second), fetched before the first render so nothing suspends on it: React holds a suspended page's fallback 300 ms longer than it
 * needs. Her other pages stay lazy; a mentor, a panel member or a referrer fetches no coordinators' chunk or text at all.
 */
export async function preloadFirstPage(session: Session | undefined, path: string): Promise<void> {
  if (!session || roleView(session) !== 'staff') return;
  const page = path === '/' ? TodayStartPage : matchPath('/mentorships/:id', path) ? CoursePage : undefined;
  await Promise.all([preloadStaffTexts(), page?.preload()]);
}
