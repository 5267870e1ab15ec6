import { logger } from '../../shared/http/logger.js';
import { runSender, type SenderDeps } from './sender.js';

/**
 * Runs the sender every `intervalMs` on one machine (`npm start`), never two runs at once
 * here (two Lambdas at once are fine too: each message is claimed once). Returns `stop`.
 */
export function startSenderLoop(deps: SenderDeps, intervalMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runSender(deps)
      .catch((error: unknown) => logger.warn('reminder sender run failed', { errorName: (error as Error).name }))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
