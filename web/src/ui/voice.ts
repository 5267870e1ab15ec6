import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Voice } from '../lib/labels';

/**
 * Whom the pages speak to, set once by the layout from the session: « tu » to a young person,
 * « vous » to staff and before sign-in. Shared components (the error notices) read it, so that
 * neither they nor their callers are written twice.
 */
export const VoiceContext = createContext<Voice>('staff');

export function useVoice(): Voice {
  return useContext(VoiceContext);
}
