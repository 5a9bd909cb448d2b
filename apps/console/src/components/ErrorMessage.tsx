import { useLayoutEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, type ApiError } from '../api/api-error';
import { formatErrorParams } from '../api/error-params';

/** A refusal or a validation failure's text: its `code` translated with its params when the console knows it, else the API's message. */
export function useErrorText(): (error: { code?: string; params?: Record<string, unknown>; message: string }) => string {
  const { t, i18n } = useTranslation();
  return ({ code, params, message }) => {
    if (!code || !i18n.exists(`apiErrors.${code}`)) return message;
    const { values, context } = formatErrorParams(params, t, i18n.language);
    return t(`apiErrors.${code}`, { ...values, context });
  };
}

function headingKey(status: number): string {
  if (status === 409) return 'errors.refused';
  if (status === 400 || status === 422) return 'errors.invalid';
  if (status === 403) return 'errors.forbidden';
  if (status === 404) return 'errors.notFound';
  if (status === 0 || status >= 500) return 'errors.unavailable';
  return 'errors.failed';
}

interface ShownField {
  inputId: string;
  label: string;
}

/** The fields of the form around the alert that show a problem's path (see Field): their inputs and labels, by path. */
function fieldsAround(alert: HTMLElement, paths: readonly string[]): Record<string, ShownField> {
  const form = alert.closest('form');
  const shown: Record<string, ShownField> = {};
  for (const path of paths) {
    const label = form?.querySelector<HTMLLabelElement>(`[data-field-path="${CSS.escape(path)}"] > label`);
    if (label?.htmlFor) shown[path] = { inputId: label.htmlFor, label: label.textContent?.trim() || path };
  }
  return shown;
}

/** A problem's field: by its label, a link that takes her to it, when the form shows it; else by its path in the input. */
function FieldName({ path, field }: { path: string; field: ShownField | undefined }) {
  if (!field) return <strong>{path}</strong>;
  const focus = (event: MouseEvent) => {
    event.preventDefault();
    document.getElementById(field.inputId)?.focus();
  };
  return (
    <a href={`#${field.inputId}`} onClick={focus}>
      {field.label}
    </a>
  );
}

/**
 * The API's answer to what she tried, as an alert she is taken to: why it was refused, and each field's problem, the field
 * named by its label and linked when the form around the alert shows it.
 */
export function ErrorMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const text = useErrorText();
  const alert = useRef<HTMLDivElement>(null);
  const [fields, setFields] = useState<Record<string, ShownField>>({});
  // No answer at all (fetch's TypeError): the browser's own words for it are neither hers nor in her language.
  const body: ApiError =
    error instanceof ApiFailure
      ? error.body
      : {
          statusCode: 0,
          message: error instanceof TypeError ? t('errors.noAnswer') : error instanceof Error ? error.message : String(error),
        };
  useLayoutEffect(() => alert.current?.focus(), [error]);
  useLayoutEffect(() => {
    if (alert.current)
      setFields(
        fieldsAround(
          alert.current,
          (body.problems ?? []).map((problem) => problem.path),
        ),
      );
  }, [body.problems]);
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={alert}>
      <div className="alert-body">
        <p className="alert-heading">{t(headingKey(body.statusCode))}</p>
        <p className="alert-text">{text(body)}</p>
        {body.problems && body.problems.length > 0 && (
          <ul className="alert-text">
            {body.problems.map((problem) => (
              <li key={problem.path}>
                <FieldName path={problem.path} field={fields[problem.path]} />: {text({ ...problem, message: problem.problem })}
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
