import { CheckIcon } from "@/components/ui/icons";

/** A group of check boxes drawn as chips: a ticked one is filled, with a tick (the `.chip` rule in app/globals.css). */
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
            <label className="chip">
              <input
                type="checkbox"
                checked={selected.includes(v)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? all.filter((x) => x === v || selected.includes(x))
                      : selected.filter((x) => x !== v),
                  )
                }
              />
              <CheckIcon />
              {label(v)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
