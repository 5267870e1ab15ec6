/** The answers that differ from what the server holds (a missing answer counts as empty). */
export function changedAnswers(saved: Readonly<Record<string, string>>, draft: Readonly<Record<string, string>>): Record<string, string> {
  const changes: Record<string, string> = {};
  for (const [id, value] of Object.entries(draft)) {
    if ((saved[id] ?? '') !== value) changes[id] = value;
  }
  return changes;
}

export type AutosavePhase = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Saves a questionnaire as it is filled in: one request at a time, each carrying only
 * the answers changed since the last success. What is typed during a request goes in
 * the next one; a failed request keeps every answer in the draft, to be sent again
 * by the next `flush` (a retry, or the next answer given).
 */
export class AnswerAutosave {
  private readonly saved: Record<string, string>;
  private readonly draft: Record<string, string>;
  private running: Promise<boolean> | null = null;
  phase: AutosavePhase = 'idle';
  error: unknown = null;

  constructor(
    initial: Readonly<Record<string, string>>,
    private readonly send: (changes: Record<string, string>) => Promise<unknown>,
    private readonly onChange: () => void = () => {},
  ) {
    this.saved = { ...initial };
    this.draft = { ...initial };
  }

  value(id: string): string {
    return this.draft[id] ?? '';
  }

  set(id: string, value: string): void {
    this.draft[id] = value;
    this.onChange();
  }

  /** The ids whose answer is not saved yet. */
  unsaved(): string[] {
    return Object.keys(changedAnswers(this.saved, this.draft));
  }

  /** The answers not saved yet, by id: what the phone keeps as a draft. */
  unsavedAnswers(): Record<string, string> {
    return changedAnswers(this.saved, this.draft);
  }

  /**
   * Answers that reached the server by another way (the phone sent its draft when the
   * connection came back): they count as saved; a failure they were the cause of is over.
   */
  markSaved(answers: Readonly<Record<string, string>>): void {
    Object.assign(this.saved, answers);
    if (this.phase === 'failed' && this.unsaved().length === 0) this.update('saved', null);
    else this.onChange();
  }

  /** True when at least one saved answer is not blank. */
  hasSavedAnswer(): boolean {
    return Object.values(this.saved).some((value) => value.trim() !== '');
  }

  /**
   * Sends what changed. Resolves true once everything typed so far is saved (`sent` says
   * whether a request was needed), false if a request failed.
   */
  async flush(): Promise<{ ok: boolean; sent: boolean }> {
    if (this.running) {
      // A request is under way: once it ends, send what was typed meanwhile.
      const ok = await this.running;
      if (!ok) return { ok: false, sent: false };
      return this.flush();
    }
    if (this.unsaved().length === 0) return { ok: true, sent: false };
    this.running = this.sendUntilSaved();
    try {
      return { ok: await this.running, sent: true };
    } finally {
      this.running = null;
    }
  }

  private async sendUntilSaved(): Promise<boolean> {
    for (;;) {
      const changes = changedAnswers(this.saved, this.draft);
      if (Object.keys(changes).length === 0) {
        this.update('saved', null);
        return true;
      }
      this.update('saving', this.error);
      try {
        await this.send(changes);
      } catch (error) {
        this.update('failed', error);
        return false;
      }
      Object.assign(this.saved, changes);
    }
  }

  private update(phase: AutosavePhase, error: unknown): void {
    this.phase = phase;
    this.error = error;
    this.onChange();
  }
}
