import { useEffect } from 'react';

/** The tab's title names the page, as a screen reader announces it after a navigation. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Mentorflow`;
  }, [title]);
}
