/**
 * The floor of the stack as fixed (README, "Lambda bundles"): a Lambda with no Envol code,
 * one zod-validated route that reads one item with `GetItem`, on Hono and Middy, bundled
 * exactly as Envol's functions are (`FUNCTION_BUNDLING`, its aliases included: the Lambda's
 * `@hono/zod-openapi` is the one piece of Envol in it, as the real package would add the
 * OpenAPI generator and all of zod's locales). The cold-start
 * bench measures it beside the real functions: what no change to Envol's own code can go
 * under, with the SDK bundled and pinned.
 */
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import middy from '@middy/core';
import { handle } from 'hono/aws-lambda';
import * as z from 'zod';

const db = new DynamoDBClient({ endpoint: process.env.DYNAMODB_ENDPOINT || undefined });
const tableName = process.env.ENVOL_TABLE ?? 'envol';

const itemRoute = createRoute({
  method: 'get',
  path: '/items/{id}',
  request: { params: z.object({ id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/) }) },
  responses: { 200: { description: 'The item' } },
});

const app = new OpenAPIHono().openapi(itemRoute, async (c) => {
  const { id } = c.req.valid('param');
  const { Item } = await db.send(new GetItemCommand({ TableName: tableName, Key: { pk: { S: id }, sk: { S: id } } }));
  return c.json({ found: Item !== undefined }, 200);
});

export const handler = middy(handle(app));
