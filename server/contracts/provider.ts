// Routes declare their params, query, body and responses as zod schemas (server/contracts/*.ts) through
// fastify-type-provider-zod: a request is checked before its handler runs, which gets it typed from the
// schema; an object answer is checked against the schema of its status before it is sent.
import type { FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';

/** The scope's routes take zod schemas; call on a scope before its routes are added. */
export function withContracts(app: FastifyInstance) {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  return app.withTypeProvider<ZodTypeProvider>();
}

export type ContractApp = ReturnType<typeof withContracts>;
