import { describe, expect, it } from 'vitest';
import { runSubmit, type SubmitControl } from './use-submit';

/** A form's state as the hook would keep it, with what happened to it in order. */
function aForm() {
  const events: string[] = [];
  const control: SubmitControl = {
    running: false,
    setBusy: (busy) => events.push(busy ? 'busy' : 'idle'),
    setFailure: (failure) => events.push(failure === null ? 'failure cleared' : `failure: ${String(failure)}`),
    focusFailure: () => events.push('focus on the failure'),
  };
  return { control, events };
}

describe('runSubmit', () => {
  it('clears the last failure and is busy while it sends, then idle, with nothing to show after a success', async () => {
    const { control, events } = aForm();

    await runSubmit(control, async () => {
      events.push('sent');
    });

    expect(events).toEqual(['failure cleared', 'busy', 'sent', 'idle']);
    expect(control.running).toBe(false);
  });

  it('shows a failure and moves the focus to it', async () => {
    const { control, events } = aForm();

    await runSubmit(control, () => Promise.reject('refusé'));

    expect(events).toEqual(['failure cleared', 'busy', 'failure: refusé', 'focus on the failure', 'idle']);
  });

  it('leaves a failure the form claims (shown at a field) out of the general failure', async () => {
    const { control, events } = aForm();
    const claimed: unknown[] = [];

    await runSubmit(
      control,
      () => Promise.reject('champ invalide'),
      (failure) => claimed.push(failure) > 0,
    );

    expect(claimed).toEqual(['champ invalide']);
    expect(events).toEqual(['failure cleared', 'busy', 'idle']);
  });

  it('sends nothing on a second submit while the first one runs, and sends again once it ended', async () => {
    const { control } = aForm();
    let sends = 0;
    let finish = () => {};
    const slow = () =>
      new Promise<void>((resolve) => {
        sends += 1;
        finish = resolve;
      });

    const first = runSubmit(control, slow);
    await runSubmit(control, slow);
    expect(sends).toBe(1);
    finish();
    await first;
    await runSubmit(control, async () => {
      sends += 1;
    });

    expect(sends).toBe(2);
  });
});
