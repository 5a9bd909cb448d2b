import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../components/ErrorMessage';
import { movedOnKey } from './course-command';

/** A command refused because the course had moved on: its reason, above the commands the page now offers instead. */
export function MovedOnNotice({ id }: { id: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const refusal = useQuery<unknown>({ queryKey: movedOnKey(id), enabled: false });
  // Shown while she stays on the page; coming back later, the page is simply current.
  useEffect(() => () => queries.removeQueries({ queryKey: movedOnKey(id) }), [id, queries]);
  if (!refusal.data) return null;
  return (
    <>
      <ErrorMessage error={refusal.data} />
      <p>{t('course.commands.movedOn')}</p>
    </>
  );
}
