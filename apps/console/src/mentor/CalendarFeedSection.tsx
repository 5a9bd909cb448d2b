import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, unwrap } from '../api/api-error';
import { api } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatDateTime } from '../i18n/format';

const path = (id: string) => ({ params: { path: { id } } });

/**
 * Her private calendar feed of what is due: make it, make a new one (the old address stops working), or delete it. Only a hash of the
 * address is kept, so it is shown once, when made, with a button to copy it into her calendar app.
 */
export function CalendarFeedSection({ mentorId }: { mentorId: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const key = ['mentor', mentorId, 'calendar-feed'];
  const [copied, setCopied] = useState(false);
  const current = useQuery({
    queryKey: key,
    queryFn: async () => {
      const answer = await api.GET('/mentors/{id}/calendar-feed', path(mentorId));
      if (answer.response.status === 404) return null;
      return unwrap(answer) as unknown as { createdAt: string };
    },
  });
  const issue = useMutation({
    mutationFn: async () => unwrap(await api.POST('/mentors/{id}/calendar-feed', path(mentorId))),
    onSuccess: () => (setCopied(false), queries.invalidateQueries({ queryKey: key })),
  });
  const revoke = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/mentors/{id}/calendar-feed', path(mentorId))),
    onSuccess: () => (issue.reset(), queries.invalidateQueries({ queryKey: key })),
  });
  const url = issue.data?.url;
  const copy = async () => {
    if (!url) return;
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  return (
    <section aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">{t('mentor.feed.title')}</h2>
      <p>{t('mentor.feed.intro')}</p>
      {current.error && !(current.error instanceof ApiFailure && current.error.body.statusCode === 404) && (
        <ErrorMessage error={current.error} />
      )}
      {current.data && !url && <p>{t('mentor.feed.exists', { date: formatDateTime(current.data.createdAt) })}</p>}
      {url && (
        <div className="form-group">
          <label className="form-label" htmlFor="feed-url">
            {t('mentor.feed.url')}
          </label>
          <span className="form-hint" id="feed-url-hint">
            {t('mentor.feed.urlHint')}
          </span>
          <input id="feed-url" className="form-input" readOnly value={url} aria-describedby="feed-url-hint" />
          <button type="button" className="button button-primary" onClick={() => void copy()}>
            {t('mentor.feed.copy')}
          </button>
          <p role="status" aria-live="polite">
            {copied ? t('mentor.feed.copied') : ''}
          </p>
        </div>
      )}
      <div className="choice-buttons">
        <button type="button" className="button button-secondary" disabled={issue.isPending} onClick={() => issue.mutate()}>
          {current.data ? t('mentor.feed.rotate') : t('mentor.feed.create')}
        </button>
        {current.data && (
          <button type="button" className="button button-secondary" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
            {t('mentor.feed.revoke')}
          </button>
        )}
      </div>
      {issue.error && <ErrorMessage error={issue.error} />}
      {revoke.error && <ErrorMessage error={revoke.error} />}
      {revoke.isSuccess && !current.data && <p role="status">{t('mentor.feed.revoked')}</p>}
    </section>
  );
}
