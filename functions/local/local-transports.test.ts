import { describe, expect, it } from 'vitest';
import { localSmsOutbox, mailDevTransport } from './local-transports.js';

describe('local transports', () => {
  it('send e-mails to this machine only', () => {
    expect(() => mailDevTransport(1025, 'smtp.example.fr')).toThrow(/this machine only/);
    expect(mailDevTransport(1025).name).toBe('maildev');
  });

  it('keep text messages for the /dev/sms page, and refuse a number that replied STOP, as AWS does', async () => {
    const sms = localSmsOutbox();
    await sms.send('+33612345678', 'Tu as du nouveau dans Envol');
    sms.receive('+33612345678', 'STOP');
    await expect(sms.send('+33612345678', 'encore')).rejects.toThrow(/opted out/);
    expect(sms.list().map((message) => message.text)).toEqual(['Tu as du nouveau dans Envol']);
  });
});
