import { useTranslation } from 'react-i18next';
import { valueAt } from './policy-values';

/** The category and urgency with which one of the engine's own rules raises an escalation. */
export function RaiseAsInput({
  id,
  path,
  policy,
  set,
  readOnly,
}: {
  id: string;
  path: string;
  policy: unknown;
  set: (path: string, value: unknown) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const categories = (valueAt(policy, 'escalations.categories') as string[] | undefined) ?? [];
  const category = String(valueAt(policy, `${path}.category`) ?? '');
  return (
    <div className="raise-as">
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-category`}>
          {t('programs.raiseAs.category')}
        </label>
        <select
          id={`${id}-category`}
          className="form-select"
          disabled={readOnly}
          value={category}
          onChange={(event) => set(`${path}.category`, event.target.value)}
        >
          {[...new Set([category, ...categories])].map((option) => (
            <option key={option} value={option}>
              {t(`escalations.categories.${option}`, option)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor={`${id}-urgency`}>
          {t('programs.raiseAs.urgency')}
        </label>
        <select
          id={`${id}-urgency`}
          className="form-select"
          disabled={readOnly}
          value={String(valueAt(policy, `${path}.urgency`) ?? 'normal')}
          onChange={(event) => set(`${path}.urgency`, event.target.value)}
        >
          <option value="urgent">{t('escalations.urgency.urgent')}</option>
          <option value="normal">{t('escalations.urgency.normal')}</option>
        </select>
      </div>
    </div>
  );
}
