import { describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../api/client';
import { DraftBox, memoryBackend, type PendingSend } from './draft-box';

const LINA = 'jeune-62-lina';
const YANIS = 'jeune-62-yanis';
const CHANGE = { method: 'POST', path: '/api/interviews/y1/plan/change-request', body: { version: 3, message: 'Plus de temps' } } as const;

function setUp(transport: (send: PendingSend) => Promise<unknown> = async () => ({ ok: true })) {
  const backend = memoryBackend();
  const send = vi.fn(transport);
  const box = new DraftBox(backend, send, () => new Date('2026-11-29T18:00:00Z'));
  box.setOwner(LINA);
  return { backend, send, box };
}

const offline = async (): Promise<never> => {
  throw new NetworkError();
};

describe('DraftBox: what is typed', () => {
  it('gives back what was typed, to its owner only', async () => {
    const { box } = setUp();
    await box.keep('plan-change', { message: 'Plus de temps' });

    const mine = await box.read('plan-change');
    box.setOwner(YANIS);
    const someoneElse = await box.read('plan-change');

    expect(mine).toMatchObject({ value: { message: 'Plus de temps' }, savedAt: '2026-11-29T18:00:00.000Z', send: null });
    expect(someoneElse).toBeNull();
  });

  it('keeps nothing when nobody is signed in', async () => {
    const { box, backend } = setUp();
    box.setOwner(null);
    await box.keep('plan-change', { message: 'x' });
    expect(backend.map.size).toBe(0);
  });

  it('wipes every draft of the person signing out, and no one else’s', async () => {
    const { box, backend } = setUp(offline);
    await box.keep('preparation', { a: '1' });
    await box.submit('plan-change', { message: 'm' }, CHANGE);
    box.setOwner(YANIS);
    await box.keep('preparation', { a: '2' });

    await box.forget(LINA);

    expect(backend.map.size).toBe(1);
    expect(await box.read('preparation')).toMatchObject({ value: { a: '2' } });
    box.setOwner(LINA);
    expect(await box.read('preparation')).toBeNull();
    expect(await box.waiting()).toEqual([]);
  });
});

describe('DraftBox: sending', () => {
  it('sends with an Idempotency-Key and clears the draft once the server has it', async () => {
    const { box, send } = setUp();
    const outcome = await box.submit('plan-change', { message: 'Plus de temps' }, CHANGE);

    expect(outcome).toEqual({ status: 'sent', data: { ok: true }, body: CHANGE.body, typedSince: false });
    expect(send).toHaveBeenCalledWith({ ...CHANGE, idempotencyKey: expect.stringMatching(/^[\w-]{8,128}$/) });
    expect(await box.read('plan-change')).toBeNull();
  });

  it('keeps it on the phone offline, then sends it once with the same key when the connection is back', async () => {
    let online = false;
    const { box, send } = setUp(async () => {
      if (!online) throw new NetworkError();
      return { saved: true };
    });
    const sent = vi.fn();
    box.onSent('plan-change', sent);

    const first = await box.submit('plan-change', { message: 'Plus de temps' }, CHANGE);
    const keptKey = (await box.read('plan-change'))?.send?.idempotencyKey;
    online = true;
    await box.sendWaiting();
    await box.sendWaiting();

    expect(first).toEqual({ status: 'kept' });
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls.map(([request]) => request.idempotencyKey)).toEqual([keptKey, keptKey]);
    expect(await box.read('plan-change')).toBeNull();
    expect(sent).toHaveBeenLastCalledWith({ status: 'sent', data: { saved: true }, body: CHANGE.body, typedSince: false });
  });

  it('asks again for the same request with the same key, and a changed one with a new key', async () => {
    const { box, send } = setUp(offline);
    await box.submit('plan-change', { message: 'a' }, CHANGE);
    await box.submit('plan-change', { message: 'a' }, CHANGE);
    await box.submit('plan-change', { message: 'b' }, { ...CHANGE, body: { version: 3, message: 'b' } });

    const [first, again, changed] = send.mock.calls.map(([request]) => request.idempotencyKey);
    expect(again).toBe(first);
    expect(changed).not.toBe(first);
  });

  it('sends one form one request at a time: the page and the returning connection never send it twice', async () => {
    let release: () => void = () => {};
    const { box, send } = setUp(() => new Promise((resolve) => (release = () => resolve({ ok: true }))));
    const fromPage = box.submit('plan-change', { message: 'm' }, CHANGE);
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    const fromConnection = box.sendWaiting();
    release();

    expect(await fromPage).toMatchObject({ status: 'sent' });
    await fromConnection;
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('never loses a request to what is typed at the same moment', async () => {
    const { box, send } = setUp();
    const request = { method: 'PUT', path: '/p', body: { answers: { q1: 'a' } } } as const;
    const typing = [box.keep('preparation', { q1: 'a' }), box.keep('preparation', { q1: 'a' })];
    const outcome = await box.submit('preparation', { q1: 'a' }, request);
    await Promise.all(typing);

    expect(outcome).toMatchObject({ status: 'sent' });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('keeps what was typed during a send, and forgets the request the server has', async () => {
    let release: () => void = () => {};
    const { box, send } = setUp(() => new Promise((resolve) => (release = () => resolve({}))));
    const sending = box.submit('preparation', { q1: 'a' }, { method: 'PUT', path: '/p', body: { answers: { q1: 'a' } } });
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    await box.keep('preparation', { q1: 'a', q2: 'b' });
    release();
    await sending;

    expect(await box.read('preparation')).toMatchObject({ value: { q1: 'a', q2: 'b' }, send: null });
  });

  it('says that something was typed after an offline send was asked for, and keeps it when the send leaves', async () => {
    // Prepare: a request kept offline, then more typed in the same form before the network is back.
    let online = false;
    const { box } = setUp(async () => {
      if (!online) throw new NetworkError();
      return { id: 'r1' };
    });
    const told = vi.fn();
    box.onSent('rgpd-request', told);
    await box.submit('rgpd-request', { details: 'Mon adresse' }, { method: 'POST', path: '/r', body: { details: 'Mon adresse' } });
    await box.keep('rgpd-request', { details: 'Mon adresse, et mon nom' });

    // Act
    online = true;
    await box.sendWaiting();

    // Assess: the page is told the text typed since is still to be shown; it is on the phone, without the request.
    expect(told).toHaveBeenLastCalledWith({ status: 'sent', data: { id: 'r1' }, body: { details: 'Mon adresse' }, typedSince: true });
    expect(await box.read('rgpd-request')).toMatchObject({ value: { details: 'Mon adresse, et mon nom' }, send: null });
    expect(await box.waiting()).toEqual([]);
  });

  it('keeps the text but drops the request the server refuses (4xx), and tells why', async () => {
    const refusal = new ApiError(409, 'PLAN_NOT_PROPOSED', 'Ce projet n’attend pas ta réponse.');
    const { box } = setUp(async () => {
      throw refusal;
    });

    const outcome = await box.submit('plan-change', { message: 'm' }, CHANGE);

    expect(outcome).toEqual({ status: 'refused', error: refusal });
    expect(await box.read('plan-change')).toMatchObject({ value: { message: 'm' }, send: null });
    expect(await box.waiting()).toEqual([]);
  });

  it('keeps the request when the service is down or the session has ended, to send it later', async () => {
    for (const error of [new ApiError(503, 'SERVICE_UNAVAILABLE', 'x'), new ApiError(401, 'UNAUTHENTICATED', 'x')]) {
      const { box } = setUp(async () => {
        throw error;
      });
      expect(await box.submit('plan-change', { message: 'm' }, CHANGE)).toEqual({ status: 'kept' });
      expect(await box.waiting()).toEqual(['plan-change']);
    }
  });

  it('never brings a draft back after a sign-out that happened during its send', async () => {
    let release: () => void = () => {};
    const { box, backend, send } = setUp(() => new Promise((resolve) => (release = () => resolve({}))));
    const sending = box.submit('plan-change', { message: 'm' }, CHANGE);
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    box.setOwner(null);
    await box.forget(LINA);
    release();
    await sending;

    expect(backend.map.size).toBe(0);
  });
});
