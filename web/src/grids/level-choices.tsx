import type { GridItem, GridLevel } from '../api/types';
import { domainName, GRID_DOMAINS, LEVEL_CHOICES, levelLabel } from './grid-words';

/**
 * One grid item as a group of radio buttons (the four levels and « pas encore eu
 * l'occasion »), named by the item's own sentence: the young person's form and the
 * binôme's use the same one. `idPrefix` keeps two forms on one page apart.
 */
export function LevelChoices({
  item,
  idPrefix,
  value,
  onChoose,
}: {
  item: { id: string; label: string };
  idPrefix: string;
  value: GridLevel | null;
  onChoose: (level: GridLevel) => void;
}) {
  return (
    <fieldset class="field grid-item">
      <legend class="question-legend">{item.label}</legend>
      <div class="choices">
        {LEVEL_CHOICES.map((level) => {
          const inputId = `${idPrefix}-${item.id}-${level}`;
          return (
            <div key={level} class="field--radio">
              <input type="radio" id={inputId} name={`${idPrefix}-${item.id}`} checked={value === level} onChange={() => onChoose(level)} />
              <label for={inputId}>{levelLabel(level)}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** Every item of a grid version as `LevelChoices`, need by need under a heading each (needs with no item are left out). */
export function LevelChoicesByNeed({
  items,
  idPrefix,
  levelOf,
  onChoose,
}: {
  items: readonly GridItem[];
  idPrefix: string;
  levelOf: (itemId: string) => GridLevel | null;
  onChoose: (itemId: string, level: GridLevel) => void;
}) {
  return (
    <>
      {GRID_DOMAINS.map((domain) => {
        const inNeed = items.filter((item) => item.domain === domain);
        if (inNeed.length === 0) return null;
        return (
          <div key={domain} class="question-group">
            <h3>{domainName(domain)}</h3>
            {inNeed.map((item) => (
              <LevelChoices
                key={item.id}
                item={item}
                idPrefix={idPrefix}
                value={levelOf(item.id)}
                onChoose={(level) => onChoose(item.id, level)}
              />
            ))}
          </div>
        );
      })}
    </>
  );
}
