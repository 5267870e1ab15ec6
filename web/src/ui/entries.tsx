import type { AccessLine } from '../../../shared/domain/access-log.js';
import type { AuditEntry, JournalEntry } from '../api/types';
import { formatTimestamp } from '../lib/dates';
import { accessLineLabel, auditActionLabel, personLabel, reasonLabel, type Voice } from '../lib/labels';

export function AuditItem({ entry, voice }: { entry: AuditEntry; voice: Voice }) {
  return (
    <div class="entry">
      <p>
        <strong>{personLabel(entry.actorName, entry.actorRole)}</strong> {auditActionLabel(entry.action, voice)}
      </p>
      {entry.reason && <p class="entry-text">{reasonLabel(entry.reason, voice)}</p>}
      <p class="entry-meta">
        le <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
      </p>
    </div>
  );
}

/** A line of the young person's « Qui a consulté mon dossier »: one person, one visit or write. */
export function AccessLineItem({ line }: { line: AccessLine }) {
  return (
    <div class="entry">
      <p>
        <strong>{personLabel(line.actorName, line.actorRole)}</strong> {accessLineLabel(line)}
      </p>
      {line.reason && <p class="entry-text">{reasonLabel(line.reason, 'jeune')}</p>}
      <p class="entry-meta">
        le <time dateTime={line.startedAt}>{formatTimestamp(line.startedAt)}</time>
      </p>
    </div>
  );
}

export function JournalItem({ entry, showVisibility }: { entry: JournalEntry; showVisibility: boolean }) {
  return (
    <article class="entry">
      <p class="entry-meta">
        <strong>{personLabel(entry.authorName, entry.authorRole)}</strong>, le{' '}
        <time dateTime={entry.createdAt}>{formatTimestamp(entry.createdAt)}</time>
      </p>
      <p class="entry-text">{entry.text}</p>
      {showVisibility &&
        (entry.visibleToYouth ? <p class="tag tag--shared">Visible par le jeune</p> : <p class="tag">Non visible par le jeune</p>)}
    </article>
  );
}
