import { Field } from './Field';

/** A labelled text input (a date, an address…) with an optional hint under its label and the API's problem for its path. */
export function TextField(props: {
  id: string;
  label: string;
  hint?: string;
  path: string;
  error: unknown;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  max?: string;
  autoComplete?: string;
}) {
  return (
    <Field id={props.id} label={props.label} path={props.path} error={props.error}>
      {props.hint && (
        <span className="form-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      )}
      <input
        id={props.id}
        className="form-input"
        type={props.type ?? 'text'}
        value={props.value}
        max={props.max}
        autoComplete={props.autoComplete}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </Field>
  );
}
