import type { ComponentChildren } from 'preact';
import { ageOn, formatDate } from '../lib/dates';

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
      <div>
        <dt>Prénom</dt>
        <dd>{youth.firstName}</dd>
      </div>
      <div>
        <dt>Nom</dt>
        <dd>{youth.lastName}</dd>
      </div>
      <div>
        <dt>Date de naissance</dt>
        <dd>
          <time dateTime={youth.birthDate}>{formatDate(youth.birthDate)}</time> ({ageOn(youth.birthDate, today)} ans)
        </dd>
      </div>
      {children}
    </dl>
  );
}
