// JSON request bodies and the checks Storage's route schemas make on them, worded as fastify's
// validator words them (`body/expiresIn must be >= 1`), always as 400s.
import type { IncomingMessage } from 'node:http';
import { ERRORS } from './errors.ts';

const MAX_JSON_BYTES = 1024 * 1024;

export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  const body = req.iterator({ destroyOnReturn: false });
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_JSON_BYTES) throw ERRORS.bodyTooLarge();
      chunks.push(chunk);
    }
  } finally {
    await body.return?.();
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw ERRORS.invalidJsonBody();
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw ERRORS.validation('body must be object');
  return value as Record<string, unknown>;
}

export function requireField(body: Record<string, unknown>, name: string): unknown {
  if (body[name] === undefined) throw ERRORS.validation(`body must have required property '${name}'`);
  return body[name];
}

export function integer(body: Record<string, unknown>, name: string, min: number, required = false): number | undefined {
  const v = required ? requireField(body, name) : body[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v)) throw ERRORS.validation(`body/${name} must be integer`);
  if (v < min) throw ERRORS.validation(`body/${name} must be >= ${min}`);
  return v;
}

export function string(body: Record<string, unknown>, name: string, required = false): string | undefined {
  const v = required ? requireField(body, name) : body[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw ERRORS.validation(`body/${name} must be string`);
  return v;
}

export function stringArray(body: Record<string, unknown>, name: string, minItems: number, maxItems: number): string[] {
  const v = requireField(body, name);
  if (!Array.isArray(v)) throw ERRORS.validation(`body/${name} must be array`);
  if (v.length < minItems) throw ERRORS.validation(`body/${name} must NOT have fewer than ${minItems} items`);
  if (v.length > maxItems) throw ERRORS.validation(`body/${name} must NOT have more than ${maxItems} items`);
  v.forEach((item, i) => {
    if (typeof item !== 'string') throw ERRORS.validation(`body/${name}/${i} must be string`);
  });
  return v as string[];
}

/** Storage's assertValidNumericJWTExpiration on top of the schema's `integer, minimum 1`. */
export function expiresIn(body: Record<string, unknown>): number {
  const v = requireField(body, 'expiresIn');
  if (typeof v !== 'number' || !Number.isFinite(v)) throw ERRORS.validation('body/expiresIn must be integer');
  if (!Number.isInteger(v)) throw ERRORS.validation('body/expiresIn must be integer');
  if (v < 1) throw ERRORS.validation('body/expiresIn must be >= 1');
  if (v > Math.floor(Number.MAX_SAFE_INTEGER / 1000) - Math.floor(Date.now() / 1000)) throw ERRORS.invalidParameter('expiresIn');
  return v;
}
