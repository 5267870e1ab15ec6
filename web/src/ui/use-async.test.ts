import { describe, expect, it } from 'vitest';
import { type AsyncState, changedState } from './use-async';

const addOne = (items: number[]) => [...items, 1];

describe('changedState', () => {
  it('changes the data loaded, from what it is now', () => {
    const twice = changedState(changedState<number[]>({ status: 'ready', data: [] }, addOne), addOne);

    expect(twice).toEqual({ status: 'ready', data: [1, 1] });
  });

  it('leaves a load under way or failed as it is', () => {
    const loading: AsyncState<number[]> = { status: 'loading' };
    const failed: AsyncState<number[]> = { status: 'failed', error: new Error('réseau') };

    expect(changedState(loading, addOne)).toBe(loading);
    expect(changedState(failed, addOne)).toBe(failed);
  });
});
