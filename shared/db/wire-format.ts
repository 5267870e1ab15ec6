import * as z from 'zod';

/**
 * An attribute as a failed condition returns it: in DynamoDB's wire format (`{ S }`,
 * `{ N }`), since the document client does not translate exceptions. Only strings and
 * numbers are read back; anything else is left as it came.
 */
const wireAttributeSchema = z.union([
  z.object({ S: z.string() }).transform((attribute) => attribute.S),
  z.object({ N: z.string() }).transform((attribute) => Number(attribute.N)),
  z.unknown(),
]);

/** An item returned with a failed condition, its strings and numbers read back; validate the result with the item's schema. */
export function fromWireFormat(item: Record<string, unknown>): Record<string, unknown> {
  return z.record(z.string(), wireAttributeSchema).parse(item);
}
