import type { z } from '@hono/zod-openapi';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  auditEntrySchema,
  journalEntrySchema,
  youthPageSchema,
  youthSchema,
  youthSummarySchema,
} from '../../../shared/schemas/youth.js';
import type { AuditEntry, JournalEntry, Page, Youth, YouthSummary } from './types';

// Checked by `tsc`, not at run time: compilation fails when the hand-written web types
// drift from the types inferred from the server's zod schemas.
describe('web API types', () => {
  it('match the server contract', () => {
    expectTypeOf<Youth>().toEqualTypeOf<z.infer<typeof youthSchema>>();
    expectTypeOf<YouthSummary>().toEqualTypeOf<z.infer<typeof youthSummarySchema>>();
    expectTypeOf<Page<YouthSummary>>().toEqualTypeOf<z.infer<typeof youthPageSchema>>();
    expectTypeOf<JournalEntry>().toEqualTypeOf<z.infer<typeof journalEntrySchema>>();
    expectTypeOf<AuditEntry>().toEqualTypeOf<z.infer<typeof auditEntrySchema>>();
  });
});
