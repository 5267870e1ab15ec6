import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BALLOT_MARKER_ERASURE_ITEM_ACTIONS, BALLOT_TABLE_ITEM_ACTIONS, DATA_TABLE_ITEM_ACTIONS, type ItemAction } from './item-actions.js';

const folder = import.meta.dirname;

/** The item actions a repository's source asks for: SDK commands, and the parts of its transactions. */
function actionsIn(file: string): Set<string> {
  const source = readFileSync(join(folder, file), 'utf8');
  const actions = new Set<string>();
  const byCommand: Record<string, string> = {
    GetCommand: 'GetItem',
    QueryCommand: 'Query',
    PutCommand: 'PutItem',
    UpdateCommand: 'UpdateItem',
    DeleteCommand: 'DeleteItem',
    ScanCommand: 'Scan',
    BatchGetCommand: 'BatchGetItem',
    BatchWriteCommand: 'BatchWriteItem',
  };
  for (const [command, action] of Object.entries(byCommand)) if (new RegExp(`new ${command}\\(`).test(source)) actions.add(action);
  const byPart: Record<string, string> = {
    Put: 'PutItem',
    Update: 'UpdateItem',
    Delete: 'DeleteItem',
    ConditionCheck: 'ConditionCheckItem',
  };
  for (const [part, action] of Object.entries(byPart)) if (new RegExp(`\\b${part}: \\{`).test(source)) actions.add(action);
  return actions;
}

const BALLOT_TABLE_REPOSITORIES = ['ballot-repo.ts', 'ballot-marker-erasure-repo.ts'];
const repositories = readdirSync(folder).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

describe('item actions granted to serving functions', () => {
  it('cover every action the main table repositories send', () => {
    const used = new Set(repositories.filter((file) => !BALLOT_TABLE_REPOSITORIES.includes(file)).flatMap((file) => [...actionsIn(file)]));
    expect([...used].filter((action) => !DATA_TABLE_ITEM_ACTIONS.includes(action as ItemAction))).toEqual([]);
  });

  it('are all used on the main table: nothing granted that no code sends', () => {
    const used = new Set(repositories.filter((file) => !BALLOT_TABLE_REPOSITORIES.includes(file)).flatMap((file) => [...actionsIn(file)]));
    expect(DATA_TABLE_ITEM_ACTIONS.filter((action) => !used.has(action))).toEqual([]);
  });

  it('are exactly what the ballot box repository sends', () => {
    expect(new Set(actionsIn('ballot-repo.ts'))).toEqual(new Set(BALLOT_TABLE_ITEM_ACTIONS));
  });

  it('let the erasure of markers only delete in the ballot box, never read it', () => {
    expect(new Set(actionsIn('ballot-marker-erasure-repo.ts'))).toEqual(new Set(BALLOT_MARKER_ERASURE_ITEM_ACTIONS));
  });
});
