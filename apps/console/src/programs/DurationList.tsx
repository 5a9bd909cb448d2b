import { useTranslation } from 'react-i18next';
import { DurationInput } from './DurationInput';
import { valueAt } from './policy-values';

/** A list of durations (points after the match start), each changed or removed on its own, and one more added. */
export function DurationList({
  id,
  label,
  path,
  policy,
  set,
  readOnly,
}: {
  id: string;
  label: string;
  path: string;
  policy: unknown;
  set: (path: string, value: unknown) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  const list = (valueAt(policy, path) as string[] | undefined) ?? [];
  return (
    <ol className="duration-list">
      {list.map((duration, index) => (
        <li key={`${index}-${list.length}`}>
          <DurationInput
            id={`${id}-${index}`}
            label={t('programs.pointNumber', { label, number: index + 1 })}
            labelled={false}
            value={duration}
            disabled={readOnly}
            onChange={(next) =>
              set(
                path,
                list.map((old, at) => (at === index ? next : old)),
              )
            }
          />
          {!readOnly && (
            <button
              type="button"
              className="button button-tertiary"
              onClick={() =>
                set(
                  path,
                  list.filter((_, at) => at !== index),
                )
              }
            >
              {t('programs.removePoint', { number: index + 1 })}
            </button>
          )}
        </li>
      ))}
      {!readOnly && (
        <li>
          <button type="button" className="button button-secondary" onClick={() => set(path, [...list, 'P1M'])}>
            {t('programs.addPoint')}
          </button>
        </li>
      )}
    </ol>
  );
}
