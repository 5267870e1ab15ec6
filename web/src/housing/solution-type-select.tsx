import type { HousingSolutionType } from '../api/types';

/** A choice among the département's housing solutions: a new application's type, a new partner's. */
export function SolutionTypeSelect({
  id,
  label,
  types,
  value,
  onValue,
}: {
  id: string;
  label: string;
  types: readonly HousingSolutionType[];
  value: string;
  onValue: (typeId: string) => void;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onValue(event.currentTarget.value)}>
        {types.map((type) => (
          <option key={type.id} value={type.id}>
            {type.label}
          </option>
        ))}
      </select>
    </div>
  );
}
