import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiDuration, DURATION_UNITS, humanDuration, type DurationUnit, type HumanDuration } from './policy-values';

/**
 * A duration as an amount and a unit ("6" "måneder"), sent to the API as ISO 8601 ("P6M"). What she types is kept as typed
 * (a half-written "1," or a word), so the API's message about it is shown beside what she wrote.
 */
export function DurationInput({
  id,
  value,
  onChange,
  label,
  labelled,
  describedBy,
  invalid,
  disabled,
}: {
  id: string;
  value: unknown;
  onChange: (value: string) => void;
  /** The field's name: the unit's accessible name, and the amount's when no label element names it. */
  label: string;
  labelled: boolean;
  describedBy?: string;
  invalid?: boolean;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const [human, setHuman] = useState<HumanDuration>(() => humanDuration(value));
  const change = (next: HumanDuration) => {
    setHuman(next);
    onChange(apiDuration(next));
  };
  return (
    <div className="duration-input">
      <input
        id={id}
        className="form-input input-width-xs"
        inputMode="decimal"
        value={human.amount}
        disabled={disabled}
        aria-label={labelled ? undefined : label}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => change({ ...human, amount: event.target.value })}
      />
      <select
        className="form-select"
        aria-label={t('programs.durationUnitOf', { field: label })}
        value={human.unit}
        disabled={disabled}
        onChange={(event) => change({ ...human, unit: event.target.value as DurationUnit })}
      >
        {DURATION_UNITS.map((unit) => (
          <option key={unit} value={unit}>
            {t(`programs.units.${unit}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
