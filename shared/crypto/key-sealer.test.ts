import { describe, expect, it } from 'vitest';
import { generateBallotKeySecret, keySealerFromEnv, keySealerWithSecret } from './key-sealer.js';

describe('sealing a consultation’s private key', () => {
  const secret = generateBallotKeySecret();
  const plain = Buffer.from('private key bytes');

  it('opens what it sealed, for the same consultation only', async () => {
    const sealer = keySealerWithSecret(secret);
    const sealed = await sealer.seal(plain, 'D#62#C#a#K#b');
    expect(sealed).not.toContain(plain.toString('base64url'));
    expect(await sealer.open(sealed, 'D#62#C#a#K#b')).toEqual(plain);
    await expect(sealer.open(sealed, 'D#62#C#a#K#c')).rejects.toThrow();
  });

  it('cannot open with another secret, nor a sealed key changed by one bit', async () => {
    const sealed = await keySealerWithSecret(secret).seal(plain, 'box');
    await expect(keySealerWithSecret(generateBallotKeySecret()).open(sealed, 'box')).rejects.toThrow();
    const bytes = Buffer.from(sealed, 'base64url');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    await expect(keySealerWithSecret(secret).open(bytes.toString('base64url'), 'box')).rejects.toThrow();
  });

  it('seals twice differently (a fresh IV each time)', async () => {
    const sealer = keySealerWithSecret(secret);
    expect(await sealer.seal(plain, 'box')).not.toBe(await sealer.seal(plain, 'box'));
  });

  it('needs a secret of 32 characters at least, from the environment', () => {
    expect(() => keySealerWithSecret('short')).toThrow();
    expect(() => keySealerFromEnv({})).toThrow('ENVOL_BALLOT_KEY_SECRET');
    expect(() => keySealerFromEnv({ ENVOL_BALLOT_KEY_SECRET: secret })).not.toThrow();
  });
});
