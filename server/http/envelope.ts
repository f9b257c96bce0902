// MileApp's error body (mileapp-api.md §1.2) for everything the server refuses, so a client reads
// every failure the same way: `{status:false, message, failedCode?, errors?}`.
import type { FastifyReply } from 'fastify';

export interface Failure {
  status: false;
  message: string;
  failedCode?: string;
  errors?: Record<string, string[]>;
  /** the answer's X-Request-Id, our extension that MileApp clients ignore (docs/decisions/067) */
  requestId?: string;
}

export function failure(message: string, failedCode?: string, errors?: Record<string, string[]>): Failure {
  const body: Failure = { status: false, message };
  if (failedCode !== undefined) body.failedCode = failedCode;
  if (errors !== undefined) body.errors = errors;
  return body;
}

export function sendFailure(reply: FastifyReply, statusCode: number, body: Failure): FastifyReply {
  const withId: Failure = { ...body, requestId: reply.request.id };
  return reply.code(statusCode).type('application/json; charset=utf-8').send(withId);
}

export const NOT_FOUND = (module: string): Failure => failure('Data not found', `${module}-033`);
export const UNAUTHENTICATED: Failure = failure('Unauthenticated.');
export const TOO_MANY_REQUESTS: Failure = failure('Too many requests', 'sys-036');
