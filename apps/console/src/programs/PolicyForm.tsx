import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../api/api-error';
import { ErrorMessage } from '../components/ErrorMessage';
import { POLICY_PARTS } from './policy-fields';
import { problemsByField } from './policy-problems';
import { PolicyFieldInput } from './PolicyFieldInput';
import { PolicyProblemSummary } from './PolicyProblemSummary';
import { withValueAt, type PolicyDocument } from './policy-values';
import { useRevisePolicy } from './program-data';

/**
 * The policy as a form, part by part; saving sends the whole policy as the program's next version. When the API refuses it,
 * each rule's message stands beside its field, and the alert above lists them all.
 */
export function PolicyForm({ programId, policy: saved, readOnly }: { programId: string; policy: PolicyDocument; readOnly: boolean }) {
  const { t } = useTranslation();
  const [policy, setPolicy] = useState<PolicyDocument>(saved);
  const revise = useRevisePolicy(programId);
  const problems = revise.error instanceof ApiFailure ? (revise.error.body.problems ?? []) : [];
  const { byField } = problemsByField(problems);
  const set = (path: string, value: unknown) => setPolicy((current) => withValueAt(current, path, value));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    revise.mutate(policy);
  };
  return (
    <form onSubmit={submit} noValidate className="policy-form">
      {revise.error && (problems.length > 0 ? <PolicyProblemSummary problems={problems} /> : <ErrorMessage error={revise.error} />)}
      {revise.isSuccess && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('programs.saved', { version: revise.data?.version })}</p>
          </div>
        </div>
      )}
      {POLICY_PARTS.map(({ part, fields }) => (
        <fieldset key={part} className="policy-part">
          <legend className="h3">{t(`programs.parts.${part}`)}</legend>
          {fields.map((field) => (
            <PolicyFieldInput
              key={field.path}
              field={field}
              policy={policy}
              set={set}
              problems={byField.get(field.path) ?? []}
              readOnly={readOnly}
            />
          ))}
        </fieldset>
      ))}
      {!readOnly && (
        <button type="submit" className="button button-primary" disabled={revise.isPending}>
          {t('programs.save')}
        </button>
      )}
    </form>
  );
}
