/**
 * « Qui a consulté mon dossier », as the young person reads it. The audit log keeps one
 * entry per request for the DPO; a young person wants one line per person and visit: « Sophie
 * Lefebvre a ouvert ton dossier le 29 novembre à 14 h 29 ». See docs/access-log.md.
 */

/** How long a visit lasts at most between two requests of the same person. */
export const VISIT_GAP_MINUTES = 30;

/** What the rule needs of an audit entry (the API's `AuditEntry` has more). */
export interface AccessEntry {
  id: string;
  at: string;
  actorSub: string;
  actorName: string | null;
  actorRole: string;
  action: string;
  /** The read returned nothing (an unshared answer, a plan not written yet): kept for the DPO only. */
  nothingSeen?: boolean | undefined;
  /** Why an admin opened or reopened an archived file, as they stated it. */
  reason?: string | undefined;
}

/** One line of the young person's log: a visit (reads) or a write, by one person. */
export interface AccessLine {
  /** The newest entry's id: stable while older pages load. */
  id: string;
  kind: 'visit' | 'write';
  actorSub: string;
  actorName: string | null;
  actorRole: string;
  /** When the visit or the write began. */
  startedAt: string;
  /** The distinct actions of the line, in the order they were first done. */
  actions: string[];
  /** The stated reason of an opening or reopening of an archived file: such a line holds that one entry. */
  reason?: string;
}

/** An action is a write when its name says so; everything else shows the file (a visit). */
export function accessKind(action: string): 'visit' | 'write' {
  const verb = action.slice(action.indexOf('.') + 1);
  return ['write', 'update', 'create', 'assign', 'request', 'decide', 'join', 'reopen', 'answer'].includes(verb) ? 'write' : 'visit';
}

/**
 * Groups audit entries (newest first, as the API lists them) into the lines shown to the
 * young person, newest first. Rules:
 * - an entry whose read returned nothing is left out: the person saw nothing;
 * - reads of one person form one visit while each comes at most `gapMinutes` after the
 *   previous one; writes of one person are grouped the same way, apart from reads, so that
 *   « a modifié » is never hidden in « a ouvert »;
 * - an entry with a stated reason (an admin opening or reopening an archived file) is a line
 *   of its own, with its reason: each opening is told, and why; it also ends the person's line
 *   of that kind, so that no line spans across it;
 * - a line starts at its oldest entry.
 */
export function groupAccessLog(entries: readonly AccessEntry[], gapMinutes = VISIT_GAP_MINUTES): AccessLine[] {
  const gapMs = gapMinutes * 60_000;
  const lines: AccessLine[] = [];
  // The line each person and kind is adding to, with the time of its oldest entry so far.
  const open = new Map<string, { line: AccessLine; oldestMs: number }>();
  const sorted = [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  for (const entry of sorted) {
    if (entry.nothingSeen) continue;
    const kind = accessKind(entry.action);
    const key = `${kind}\u0000${entry.actorSub}`;
    const atMs = Date.parse(entry.at);
    if (entry.reason) {
      lines.push({ ...lineOf(entry, kind), reason: entry.reason });
      open.delete(key);
      continue;
    }
    const current = open.get(key);
    if (current && current.oldestMs - atMs <= gapMs) {
      current.oldestMs = atMs;
      current.line.startedAt = entry.at;
      if (!current.line.actions.includes(entry.action)) current.line.actions.unshift(entry.action);
      continue;
    }
    const line = lineOf(entry, kind);
    lines.push(line);
    open.set(key, { line, oldestMs: atMs });
  }
  return lines;
}

function lineOf(entry: AccessEntry, kind: AccessLine['kind']): AccessLine {
  return {
    id: entry.id,
    kind,
    actorSub: entry.actorSub,
    actorName: entry.actorName,
    actorRole: entry.actorRole,
    startedAt: entry.at,
    actions: [entry.action],
  };
}
