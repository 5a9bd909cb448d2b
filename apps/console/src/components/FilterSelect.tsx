/** A choice of a list's filter: its value ('' for "all", where the list offers that) and what the option says. */
export interface FilterOption<V extends string> {
  value: V | '';
  label: string;
}

/** One of a list page's filters: a labelled select that narrows the list as soon as she chooses, with nothing to submit. */
export function FilterSelect<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: V | '';
  options: ReadonlyArray<FilterOption<V>>;
  onChange: (value: V | '') => void;
}) {
  return (
    <div className="form-group">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="form-select" value={value} onChange={(event) => onChange(event.target.value as V | '')}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
