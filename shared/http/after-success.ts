import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';

type Task = () => Promise<void>;
const tasksOfRequest = new AsyncLocalStorage<Task[]>();

/**
 * Runs `task` once the request it belongs to has been answered with success (below 400),
 * so that a request refused by a rule, or failed, leaves nothing written; outside a
 * request (a job, a test calling a function directly), at once.
 */
export async function afterSuccess(task: Task): Promise<void> {
  const tasks = tasksOfRequest.getStore();
  if (tasks) tasks.push(task);
  else await task();
}

/** The middleware that gives each request its tasks and runs them once it has succeeded. */
export const runAfterSuccess: MiddlewareHandler = async (c, next) => {
  const tasks: Task[] = [];
  await tasksOfRequest.run(tasks, next);
  if (c.res.status < 400) for (const task of tasks) await task();
};
