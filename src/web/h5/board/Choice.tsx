/** A row of big buttons choosing one of a few (the period, the status); the chosen one is pressed. */
export function Choice<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="choice-field board-choice">
      <legend className="sr-only">{legend}</legend>
      <div className="choice">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className="btn btn-choice"
            aria-pressed={o.value === value}
            onClick={() => onChange(o.value)}
          >
            {o.label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
