/**
 * How the young person reads who their binôme is: « Sophie Lefebvre, ta référente ASE ».
 * The referent's title agrees with their civility, and is épicène when it is not known
 * (« référent·e ASE », never a guess); the second member's title is the département's
 * own label (« Coordonnateur ASE en mission locale »), which it words itself.
 */
import type { Civility } from './staff.js';

export interface BinomePerson {
  role: 'referent' | 'coordinateur';
  firstName: string;
  lastName: string;
  civility: Civility | null;
}

/** The title after the name, addressed to the young person (tu). */
export function binomeTitle(person: Pick<BinomePerson, 'role' | 'civility'>, secondMemberLabel: string): string {
  if (person.role === 'coordinateur') return lowerFirst(secondMemberLabel);
  if (person.civility === 'madame') return 'ta référente ASE';
  if (person.civility === 'monsieur') return 'ton référent ASE';
  return 'référent·e ASE';
}

/** « Sophie Lefebvre, ta référente ASE ». */
export function binomeNameAndTitle(person: BinomePerson, secondMemberLabel: string): string {
  return `${person.firstName} ${person.lastName}, ${binomeTitle(person, secondMemberLabel)}`;
}

/** A label starts with a capital in a form; inside a sentence it does not (an acronym such as « ASE » keeps its case). */
function lowerFirst(label: string): string {
  const [first = '', second = ''] = label;
  return second && second === second.toUpperCase() && second !== second.toLowerCase() ? label : first.toLowerCase() + label.slice(1);
}
