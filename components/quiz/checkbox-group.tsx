/** A group of check boxes drawn as chips: ticked ones are filled. */
export function CheckboxGroup<T extends string | number>({
  legend,
  all,
  selected,
  label,
  onChange,
}: {
  legend: string;
  all: readonly T[];
  selected: T[];
  label: (v: T) => string;
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-2 font-semibold">{legend}</legend>
      <ul className="flex flex-wrap gap-2">
        {all.map((v) => (
          <li key={v}>
            <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-full border-2 border-line-strong bg-surface px-3 py-1.5 text-sm font-medium has-[:checked]:border-accent has-[:checked]:bg-accent-soft has-[:checked]:text-accent-ink has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent">
              <input
                type="checkbox"
                className="h-4 w-4 accent-accent focus-visible:outline-none"
                checked={selected.includes(v)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? all.filter((x) => x === v || selected.includes(x))
                      : selected.filter((x) => x !== v),
                  )
                }
              />
              {label(v)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
