import type { Duplex } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerUnparsableRequest } from './unparsable-request.js';

/** A socket that records what is written and becomes unwritable once ended, as a real one does. */
function fakeSocket() {
  const socket = {
    writable: true,
    written: [] as string[],
    end: vi.fn((text: string) => {
      socket.written.push(text);
      socket.writable = false;
    }),
    destroy: vi.fn(),
  };
  return socket;
}

const overflow = Object.assign(new Error('Header overflow'), { code: 'HPE_HEADER_OVERFLOW' });

afterEach(() => {
  vi.useRealTimers();
});

describe('answerUnparsableRequest', () => {
  it('answers 431 in the error shape to headers over the limit, and Connection: close', () => {
    const socket = fakeSocket();
    answerUnparsableRequest(overflow, socket as unknown as Duplex);
    const [answer = ''] = socket.written;
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('Connection: close');
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body.error).toMatchObject({ code: 'HEADERS_TOO_LARGE', message: expect.stringMatching(/16 Ko/) });
  });

  it('answers 400 to any other malformed request', () => {
    const socket = fakeSocket();
    answerUnparsableRequest(Object.assign(new Error('bad'), { code: 'HPE_INVALID_METHOD' }), socket as unknown as Duplex);
    expect(socket.written[0]).toMatch(/^HTTP\/1\.1 400 /);
    expect(socket.written[0]).toContain('"code":"BAD_REQUEST"');
  });

  it('leaves the answer to be read while the rest of the request arrives: the parser’s later reports cut nothing', () => {
    vi.useFakeTimers();
    const socket = fakeSocket();
    for (let chunk = 0; chunk < 3; chunk += 1) answerUnparsableRequest(overflow, socket as unknown as Duplex);
    expect(socket.end).toHaveBeenCalledTimes(1);
    expect(socket.destroy).not.toHaveBeenCalled();
    // A client that never hangs up does not hold the connection for ever.
    vi.advanceTimersByTime(5_000);
    expect(socket.destroy).toHaveBeenCalledTimes(1);
  });

  it('closes a connection it can no longer answer on', () => {
    const socket = fakeSocket();
    socket.writable = false;
    answerUnparsableRequest(overflow, socket as unknown as Duplex);
    expect(socket.end).not.toHaveBeenCalled();
    expect(socket.destroy).toHaveBeenCalledTimes(1);
  });
});
