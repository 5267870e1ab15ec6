import type { ComponentChildren } from 'preact';
import { ageOn, formatDate } from '../lib/dates';
import { Fact } from './fact';

/** First name, last name, birth date and age, as a description list; `children` adds rows. */
export function IdentityDetails({
  youth,
  today,
  children,
}: {
  youth: { firstName: string; lastName: string; birthDate: string };
  today: string;
  children?: ComponentChildren;
}) {
  return (
    <dl class="details">
      <Fact term="Prénom">{youth.firstName}</Fact>
      <Fact term="Nom">{youth.lastName}</Fact>
      <Fact term="Date de naissance">
        <time dateTime={youth.birthDate}>{formatDate(youth.birthDate)}</time> ({ageOn(youth.birthDate, today)} ans)
      </Fact>
      {children}
    </dl>
  );
}
