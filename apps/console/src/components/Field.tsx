import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/api-error';
import { useErrorText } from './ErrorMessage';

/**
 * A labelled field, with the API's problem for its path (from the last failed send) right under its label. `data-field-path`
 * lets the form's alert name the field by its label and take her to it.
 */
export function Field({
  id,
  label,
  path,
  error,
  children,
}: {
  id: string;
  label: string;
  path: string;
  error: unknown;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const text = useErrorText();
  const problem = error instanceof ApiFailure ? error.body.problems?.find((candidate) => candidate.path === path) : undefined;
  return (
    <div className={problem ? 'form-group form-error' : 'form-group'} data-field-path={path}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {problem && (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('errors.fieldError')}: </span>
          {text({ ...problem, message: problem.problem })}
        </span>
      )}
      {children}
    </div>
  );
}
