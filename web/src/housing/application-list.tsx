import type { ComponentChildren } from 'preact';
import { youthNoteOf } from '../../../shared/domain/housing-application.js';
import type { HousingApplication } from '../api/types';
import { formatDate } from '../lib/dates';
import { roleLabel } from '../lib/role-label';
import { STATUS_FOR_YOUTH, STATUS_LABELS } from './labels';

const note = (application: HousingApplication) => youthNoteOf(application.history);

/** The applications with their number, status and dated history; `actions` adds staff buttons under each. */
export function ApplicationList({
  applications,
  voice,
  actions,
}: {
  applications: readonly HousingApplication[];
  voice: 'jeune' | 'staff';
  actions?: (application: HousingApplication) => ComponentChildren;
}) {
  if (applications.length === 0) {
    return <p class="empty">{voice === 'jeune' ? 'Tu n’as pas encore de demande.' : 'Aucune demande pour l’instant.'}</p>;
  }
  return (
    <ul class="plain-list">
      {applications.map((application) => (
        <li key={application.id} class="entry">
          <h3 class="card-title">
            {application.solutionTypeLabel}
            {application.partnerName ? ` – ${application.partnerName}` : ''}
          </h3>
          <p>
            <span class="tag">{STATUS_LABELS[application.status]}</span> N° {application.number}
            {application.numeroUnique ? ` · numéro unique ${application.numeroUnique}` : ''}
          </p>
          {voice === 'jeune' && <p>{STATUS_FOR_YOUTH[application.status]}</p>}
          {note(application) && (
            <p class="youth-note">
              {voice === 'jeune' ? 'Ton mot' : 'Mot du jeune'} : « {note(application)} »
            </p>
          )}
          {application.emergency && <p class="hint">Hébergement d’urgence : il ne compte pas comme une solution logement.</p>}
          {voice === 'staff' && application.lacksNews && (
            <p class="notice notice--warning">Sans nouvelle depuis 60 jours ou plus : relancez le partenaire.</p>
          )}
          <details>
            <summary>Historique</summary>
            <ol class="plain-list">
              {application.history.map((event) => (
                <li key={event.at}>
                  {formatDate(event.on)} : {STATUS_LABELS[event.to]} ({event.byName ?? roleLabel(event.byRole)})
                  {event.comment ? ` – « ${event.comment} »` : ''}
                </li>
              ))}
            </ol>
          </details>
          {actions?.(application)}
        </li>
      ))}
    </ul>
  );
}
