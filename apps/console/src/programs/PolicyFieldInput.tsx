import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/api-error';
import { DurationInput } from './DurationInput';
import { DurationList } from './DurationList';
import { labelKey, type PolicyField } from './policy-fields';
import { usePolicyProblemText } from './policy-text';
import { valueAt } from './policy-values';
import { RaiseAsInput } from './RaiseAsInput';

export interface PolicyFieldProps {
  field: PolicyField;
  policy: unknown;
  set: (path: string, value: unknown) => void;
  problems: ApiProblem[];
  readOnly: boolean;
}

export const fieldId = (path: string): string => `policy-${path.replace(/\./g, '-')}`;

/** One rule of the policy: its label, the API's message about it when it refused it, and its input. */
export function PolicyFieldInput({ field, policy, set, problems, readOnly }: PolicyFieldProps) {
  const { t } = useTranslation();
  const problemText = usePolicyProblemText();
  const id = fieldId(field.path);
  const label = t(labelKey(field.path));
  const value = valueAt(policy, field.path);
  const errorId = problems.length > 0 ? `${id}-error` : undefined;
  const common = { id, disabled: readOnly, 'aria-describedby': errorId, 'aria-invalid': errorId ? true : undefined };
  const grouped = ['checkboxes', 'durations', 'schedule', 'raise-as'].includes(field.kind);
  const problem = errorId && (
    <span className="form-error-message" id={errorId}>
      <span className="sr-only">{t('errors.fieldError')}: </span>
      {problems.map(problemText).join(' ')}
    </span>
  );
  let input: ReactNode;
  switch (field.kind) {
    case 'integer':
    case 'number':
      input = (
        <input
          {...common}
          className="form-input input-width-xs"
          type="number"
          step={field.kind === 'integer' ? 1 : 'any'}
          value={value === undefined || value === null ? '' : String(value)}
          onChange={(event) => set(field.path, event.target.value === '' ? null : Number(event.target.value))}
        />
      );
      break;
    case 'boolean':
      return (
        <div className={problem ? 'form-group form-error' : 'form-group'}>
          {problem}
          <div className="form-group-checkbox">
            <input
              {...common}
              className="form-checkbox"
              type="checkbox"
              checked={value === true}
              onChange={(event) => set(field.path, event.target.checked)}
            />
            <label htmlFor={id}>{label}</label>
          </div>
        </div>
      );
    case 'choice':
      input = (
        <select {...common} className="form-select" value={String(value ?? '')} onChange={(event) => set(field.path, event.target.value)}>
          {field.options.map((option) => (
            <option key={option} value={option}>
              {t(`${field.optionKeys}.${option}`)}
            </option>
          ))}
        </select>
      );
      break;
    case 'duration':
      input = (
        <DurationInput
          id={id}
          label={label}
          labelled
          value={value}
          onChange={(next) => set(field.path, next)}
          describedBy={errorId}
          invalid={!!errorId}
          disabled={readOnly}
        />
      );
      break;
    case 'words':
      input = (
        <input
          {...common}
          className="form-input"
          value={Array.isArray(value) ? value.join(', ') : ''}
          onChange={(event) =>
            set(
              field.path,
              event.target.value
                .split(',')
                .map((word) => word.trim())
                .filter(Boolean),
            )
          }
        />
      );
      break;
    case 'clock':
      input = (
        <input
          {...common}
          className="form-input input-width-xs"
          type="time"
          value={String(value ?? '')}
          onChange={(event) => set(field.path, event.target.value)}
        />
      );
      break;
    case 'text':
      input = (
        <input {...common} className="form-input" value={String(value ?? '')} onChange={(event) => set(field.path, event.target.value)} />
      );
      break;
    case 'checkboxes':
      input = (
        <>
          {field.options.map((option) => {
            const chosen = Array.isArray(value) ? (value as string[]) : [];
            return (
              <div key={option} className="form-group-checkbox">
                <input
                  id={`${id}-${option}`}
                  className="form-checkbox"
                  type="checkbox"
                  disabled={readOnly}
                  checked={chosen.includes(option)}
                  onChange={(event) =>
                    set(field.path, event.target.checked ? [...chosen, option] : chosen.filter((step) => step !== option))
                  }
                />
                <label htmlFor={`${id}-${option}`}>{t(`${field.optionKeys}.${option}`)}</label>
              </div>
            );
          })}
        </>
      );
      break;
    case 'durations':
      input = <DurationList id={id} label={label} path={field.path} policy={policy} set={set} readOnly={readOnly} />;
      break;
    case 'raise-as':
      input = <RaiseAsInput id={id} path={field.path} policy={policy} set={set} readOnly={readOnly} />;
      break;
    case 'schedule':
      input = (Array.isArray(value) ? value : []).map((due: { instrument: string }, index) => (
        <div key={due.instrument} className="schedule-entry">
          <p className="font-lead">{t(`instruments.${due.instrument}`, due.instrument)}</p>
          <DurationList
            id={`${id}-${index}`}
            label={t('programs.policy.measurements.at')}
            path={`${field.path}.${index}.at`}
            policy={policy}
            set={set}
            readOnly={readOnly}
          />
          <div className="form-group-checkbox">
            <input
              id={`${id}-${index}-close`}
              className="form-checkbox"
              type="checkbox"
              disabled={readOnly}
              checked={valueAt(policy, `${field.path}.${index}.atClose`) === true}
              onChange={(event) => set(`${field.path}.${index}.atClose`, event.target.checked)}
            />
            <label htmlFor={`${id}-${index}-close`}>{t('programs.policy.measurements.atClose')}</label>
          </div>
        </div>
      ));
      break;
  }
  if (grouped)
    return (
      <fieldset className={problem ? 'form-group form-error' : 'form-group'} aria-describedby={errorId}>
        <legend className="form-label">{label}</legend>
        {problem}
        {input}
      </fieldset>
    );
  return (
    <div className={problem ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {problem}
      {input}
    </div>
  );
}
