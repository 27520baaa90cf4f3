import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../http/context.js';

export async function consolePlugin(_app: FastifyInstance, _ctx: ServerContext) {}
