import { describe, expect, it, vi } from 'vitest';
import { AnswerAutosave, changedAnswers } from './answer-autosave';

describe('changedAnswers', () => {
  it('keeps only the answers that differ, a missing one counting as empty', () => {
    expect(changedAnswers({ a: 'oui', b: 'x' }, { a: 'oui', b: 'y', c: '', d: 'neuf' })).toEqual({ b: 'y', d: 'neuf' });
  });

  it('sends an emptied answer so that the server forgets it', () => {
    expect(changedAnswers({ a: 'oui' }, { a: '' })).toEqual({ a: '' });
  });
});

/** A send whose requests the test settles one by one. */
function controlledSend() {
  const calls: { changes: Record<string, string>; resolve: () => void; reject: (error: unknown) => void }[] = [];
  const send = vi.fn(
    (changes: Record<string, string>) =>
      new Promise<void>((resolve, reject) => {
        calls.push({ changes, resolve, reject });
      }),
  );
  return { send, calls };
}

const tick = () => new Promise((resolve) => setTimeout(resolve));

describe('AnswerAutosave', () => {
  it('sends nothing when nothing changed', async () => {
    const send = vi.fn(async () => {});
    const saver = new AnswerAutosave({ a: 'oui' }, send);
    saver.set('a', 'oui');

    expect(await saver.flush()).toEqual({ ok: true, sent: false });
    expect(send).not.toHaveBeenCalled();
  });

  it('sends only the changed answers, then considers them saved', async () => {
    const send = vi.fn(async () => {});
    const saver = new AnswerAutosave({ a: 'oui', b: 'texte' }, send);
    saver.set('b', 'autre texte');

    expect(await saver.flush()).toEqual({ ok: true, sent: true });
    expect(send).toHaveBeenCalledWith({ b: 'autre texte' });
    expect(saver.unsaved()).toEqual([]);
    expect(saver.phase).toBe('saved');
  });

  it('sends what was typed during a request in the next one, never two at once', async () => {
    const { send, calls } = controlledSend();
    const saver = new AnswerAutosave({}, send);
    saver.set('a', 'premier');
    const first = saver.flush();
    await tick();
    saver.set('b', 'deuxième');
    const second = saver.flush();
    await tick();
    expect(calls).toHaveLength(1);

    calls[0]?.resolve();
    await tick();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.changes).toEqual({ b: 'deuxième' });
    calls[1]?.resolve();

    expect(await first).toEqual({ ok: true, sent: true });
    expect(await second).toMatchObject({ ok: true });
    expect(saver.unsaved()).toEqual([]);
  });

  it('keeps the text after a failure and sends it again on retry', async () => {
    const send = vi.fn<(changes: Record<string, string>) => Promise<void>>().mockRejectedValueOnce(new Error('hors ligne'));
    send.mockResolvedValue(undefined);
    const saver = new AnswerAutosave({}, send);
    saver.set('a', 'mon texte');

    expect(await saver.flush()).toEqual({ ok: false, sent: true });
    expect(saver.phase).toBe('failed');
    expect(saver.value('a')).toBe('mon texte');
    expect(saver.unsaved()).toEqual(['a']);

    expect(await saver.flush()).toEqual({ ok: true, sent: true });
    expect(send).toHaveBeenLastCalledWith({ a: 'mon texte' });
    expect(saver.error).toBeNull();
  });

  it('knows whether a non-blank answer has been saved', async () => {
    const saver = new AnswerAutosave({ a: '  ' }, async () => {});
    expect(saver.hasSavedAnswer()).toBe(false);
    saver.set('b', 'Oui');
    expect(saver.hasSavedAnswer()).toBe(false);
    await saver.flush();
    expect(saver.hasSavedAnswer()).toBe(true);
  });

  it('counts as saved what the phone sent by itself when the connection came back, and ends the failure', async () => {
    const saver = new AnswerAutosave({}, async () => {
      throw new Error('offline');
    });
    saver.set('a', 'Arras');
    saver.set('b', 'CAP');
    await saver.flush();
    expect(saver.phase).toBe('failed');

    saver.markSaved({ a: 'Arras' });
    expect(saver.unsavedAnswers()).toEqual({ b: 'CAP' });
    expect(saver.phase).toBe('failed');
    saver.markSaved({ b: 'CAP' });

    expect(saver.unsaved()).toEqual([]);
    expect(saver.phase).toBe('saved');
    expect(saver.error).toBeNull();
  });
});
