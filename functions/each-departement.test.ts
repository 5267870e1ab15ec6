import { describe, expect, it } from 'vitest';
import { runEachDepartement } from './each-departement.js';

interface Run {
  departement: string;
  ok: boolean;
}

const words = { done: 'Test run', failed: 'Test run failed', failedRun: (departement: string): Run => ({ departement, ok: false }) };

describe('runEachDepartement', () => {
  it('runs every département, reports one that fails without stopping the others, and answers by code', async () => {
    // Arrange
    const ran: string[] = [];
    const runOne = async (departement: string): Promise<Run> => {
      ran.push(departement);
      if (departement === '2B') throw new Error('boom');
      return { departement, ok: true };
    };

    // Act
    const runs = await runEachDepartement(['971', '2B', '62', '2A'], runOne, words);

    // Assess
    expect([...ran].sort()).toEqual(['2A', '2B', '62', '971']);
    expect(runs).toEqual([
      { departement: '2A', ok: true },
      { departement: '2B', ok: false },
      { departement: '62', ok: true },
      { departement: '971', ok: true },
    ]);
  });

  it('runs four départements at a time at most', async () => {
    // Arrange
    let running = 0;
    let most = 0;
    const runOne = async (departement: string): Promise<Run> => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return { departement, ok: true };
    };
    const codes = Array.from({ length: 10 }, (_, index) => String(index + 1).padStart(2, '0'));

    // Act
    const runs = await runEachDepartement(codes, runOne, words);

    // Assess
    expect(runs).toHaveLength(10);
    expect(most).toBe(4);
  });
});
