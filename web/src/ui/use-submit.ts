import { useRef, useState } from 'preact/hooks';

/** What one send does to its form: the busy flag, the failure shown, the focus on it. */
export interface SubmitControl {
  /** True while a send runs, so that a second submit meanwhile sends nothing. */
  running: boolean;
  setBusy: (busy: boolean) => void;
  setFailure: (failure: unknown) => void;
  focusFailure: () => void;
}

/**
 * Answers whether a failure was dealt with by the form itself (a server's refusal shown at
 * its field, say); a failure no one claims is shown as the form's general failure.
 */
export type FailureClaim = (failure: unknown) => boolean;

/**
 * One send: nothing while another runs; the last failure cleared, busy until it ends. `send`
 * makes the request and does what a success brings (announce it, reset, close). A failure
 * `claim` does not take is kept to be shown, with the focus moved to it.
 */
export async function runSubmit(control: SubmitControl, send: () => Promise<void>, claim?: FailureClaim): Promise<void> {
  if (control.running) return;
  control.running = true;
  control.setFailure(null);
  control.setBusy(true);
  try {
    await send();
  } catch (failure) {
    if (!claim?.(failure)) {
      control.setFailure(failure);
      control.focusFailure();
    }
  } finally {
    control.running = false;
    control.setBusy(false);
  }
}

/**
 * The submit state the staff forms share: `busy` for the button, `failure` for the
 * `ErrorNotice`, and `failureNotice`, given to the element around the notice
 * (`tabIndex={-1}`) where the focus should go when a send fails.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const failureNotice = useRef<HTMLDivElement>(null);
  const control = useRef<SubmitControl>({
    running: false,
    setBusy,
    setFailure,
    // Once the notice the failure shows is rendered.
    focusFailure: () => setTimeout(() => failureNotice.current?.focus()),
  });
  return {
    busy,
    failure,
    failureNotice,
    submit: (send: () => Promise<void>, claim?: FailureClaim) => runSubmit(control.current, send, claim),
    /** Drops the failure shown, when what it was about is set aside (a confirmation cancelled). */
    clearFailure: () => setFailure(null),
  };
}
