import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/api-error';
import { labelKey } from './policy-fields';
import { fieldOf } from './policy-problems';
import { usePolicyProblemText } from './policy-text';
import { fieldId } from './PolicyFieldInput';

/** The rules the API refused, listed above the form in her language, each linking to its field (where the same message stands). */
export function PolicyProblemSummary({ problems }: { problems: ApiProblem[] }) {
  const { t } = useTranslation();
  const text = usePolicyProblemText();
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={(node) => node?.focus()}>
      <div className="alert-body">
        <p className="alert-heading">{t('programs.refused', { count: problems.length })}</p>
        <ul className="alert-text">
          {problems.map((problem) => {
            const field = fieldOf(problem);
            return (
              <li key={`${problem.path}-${problem.code}`}>
                {field ? <a href={`#${fieldId(field)}`}>{t(labelKey(field))}</a> : <strong>{problem.path}</strong>}: {text(problem)}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
