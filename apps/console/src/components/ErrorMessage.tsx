import { useTranslation } from 'react-i18next';
import { ApiFailure, type ApiError } from '../api/api-error';

/** A refusal or a validation failure's text: its `code` translated with its params when the console knows it, else the API's message. */
export function useErrorText(): (error: { code?: string; params?: Record<string, string | number>; message: string }) => string {
  const { t, i18n } = useTranslation();
  return ({ code, params, message }) => (code && i18n.exists(`apiErrors.${code}`) ? t(`apiErrors.${code}`, params) : message);
}

function headingKey(status: number): string {
  if (status === 409) return 'errors.refused';
  if (status === 400 || status === 422) return 'errors.invalid';
  if (status === 403) return 'errors.forbidden';
  if (status === 404) return 'errors.notFound';
  if (status === 0 || status >= 500) return 'errors.unavailable';
  return 'errors.failed';
}

/** The API's answer to what she tried, as an alert she is taken to: why it was refused, and each field's problem. */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const body: ApiError =
    error instanceof ApiFailure ? error.body : { statusCode: 0, message: error instanceof Error ? error.message : String(error) };
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={(node) => node?.focus()}>
      <div className="alert-body">
        <p className="alert-heading">{t(headingKey(body.statusCode))}</p>
        <p className="alert-text">{text(body)}</p>
        {body.problems && body.problems.length > 0 && (
          <ul className="alert-text">
            {body.problems.map((problem) => (
              <li key={problem.path}>
                <strong>{problem.path}</strong>: {text({ ...problem, message: problem.problem })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** A query still loading, or failed. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}
