import type { KeyObject } from 'node:crypto';
import {
  blindSign,
  CREDENTIAL_SUITE,
  generateBallotKeyPair,
  importPrivateKey,
  importPublicKey,
  verifyCredential,
} from '../../shared/crypto/blind-rsa.js';
import { ephemeralKeySealer, type KeySealer } from '../../shared/crypto/key-sealer.js';
import { type BallotKeyScope, ballotRepo, type StoredBallotKey } from '../../shared/db/ballot-repo.js';
import { keys } from '../../shared/db/keys.js';
import type { Store } from '../../shared/db/store.js';

/** Stands in for the sealer where none is configured (tests, benchmarks): keys then live as long as the process. */
let processSealer: KeySealer | undefined;

function sealerOf(store: Store): KeySealer {
  if (store.ballotKeySealer) return store.ballotKeySealer;
  processSealer ??= ephemeralKeySealer();
  return processSealer;
}

/** Keys kept in memory by one process (a Lambda container): the most recent consultations only. */
const MAX_CACHED_KEYS = 64;

interface LoadedKey {
  stored: StoredBallotKey;
  publicKey: KeyObject;
  privateKey?: Promise<KeyObject>;
}

/** The key's name: also what its sealed private half is bound to, so that no key can stand in for another. */
function contextOf(scope: BallotKeyScope): string {
  const box = keys.ballotBox(scope.departement, scope.committeeId, scope.consultationId);
  return scope.followUpQuestionId === undefined ? box : `${box}#${keys.followUpKeySk(scope.followUpQuestionId)}`;
}

/**
 * Each consultation's blind-signature key pair, and one per follow-up for its answers
 * (a scope with `followUpQuestionId`): created the first time the open
 * consultation is asked for it, its private half sealed before it is stored and opened
 * only in memory to sign. Never logged, never sent.
 */
export function ballotKeys(deps: { store: Store }) {
  // Read when first needed: the app is also built only to read its routes (the OpenAPI document).
  const store = () => deps.store;
  const sealer = () => sealerOf(deps.store);
  const cache = new Map<string, Promise<LoadedKey | null>>();

  function remember(box: BallotKeyScope, loaded: Promise<LoadedKey | null>) {
    const context = contextOf(box);
    cache.set(context, loaded);
    if (cache.size > MAX_CACHED_KEYS) cache.delete(cache.keys().next().value as string);
    // A failed read is not kept: the next request tries again.
    loaded.then(
      (value) => value === null && cache.delete(context),
      () => cache.delete(context),
    );
    return loaded;
  }

  function loadedFrom(stored: StoredBallotKey): LoadedKey {
    return { stored, publicKey: importPublicKey(Buffer.from(stored.publicKey, 'base64url')) };
  }

  /** The stored key, or null when the consultation has none yet. */
  function existing(box: BallotKeyScope): Promise<LoadedKey | null> {
    const cached = cache.get(contextOf(box));
    if (cached) return cached;
    return remember(
      box,
      ballotRepo.ballotKey(store(), box).then((stored) => (stored ? loadedFrom(stored) : null)),
    );
  }

  /** The key, created now if the consultation has none (two requests at once keep the same one). */
  async function ensured(box: BallotKeyScope): Promise<LoadedKey> {
    const found = await existing(box);
    if (found) return found;
    const pair = await generateBallotKeyPair();
    const kept = await ballotRepo.keepBallotKey(store(), box, {
      suite: CREDENTIAL_SUITE,
      publicKey: pair.publicKeySpki.toString('base64url'),
      sealedPrivateKey: await sealer().seal(pair.privateKeyPkcs8, contextOf(box)),
    });
    const loaded = loadedFrom(kept);
    remember(box, Promise.resolve(loaded));
    return loaded;
  }

  return {
    /** What the phone blinds with: created with the consultation's first use while it is open. */
    async publicKey(box: BallotKeyScope): Promise<{ suite: typeof CREDENTIAL_SUITE; publicKey: string }> {
      const { stored } = await ensured(box);
      return { suite: CREDENTIAL_SUITE, publicKey: stored.publicKey };
    },

    /** Signs a blinded message with the consultation's private key (RFC 9474 BlindSign). */
    async blindSign(box: BallotKeyScope, blindedMessage: Uint8Array): Promise<Uint8Array> {
      const loaded = await ensured(box);
      loaded.privateKey ??= sealer().open(loaded.stored.sealedPrivateKey, contextOf(box)).then(importPrivateKey);
      const privateKey = await loaded.privateKey.catch((error: unknown) => {
        loaded.privateKey = undefined;
        throw error;
      });
      return blindSign(privateKey, loaded.publicKey, blindedMessage);
    },

    /** True only for a credential this consultation's key signed; false when it never had a key. */
    async verify(box: BallotKeyScope, preparedMessage: Uint8Array, signature: Uint8Array): Promise<boolean> {
      const loaded = await existing(box);
      return loaded !== null && verifyCredential(loaded.publicKey, preparedMessage, signature);
    },
  };
}

export type BallotKeys = ReturnType<typeof ballotKeys>;
