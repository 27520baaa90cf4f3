import { z } from 'zod';
import {
  ConsultationCreated,
  ConsultationErased,
  ConsultationExport,
  ConsultationInput,
  ConsultationView,
  ErrorBody,
  EventsAccepted,
  EventsInput,
  Health,
  RatingCreated,
  RatingInput,
} from '@yizhan/catalogue';

type Json = Record<string, unknown>;

function schema(type: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(type, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as Json;
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const error = (description: string) => ({ description, content: json('ErrorBody') });

const COMMON_ERRORS = {
  '400': error('Invalid body or headers; `fields` lists each problem, localized by Accept-Language'),
  '413': error('Body larger than 64 KB'),
  '415': error('Not application/json'),
  '429': error('Rate limited; see Retry-After'),
};

const idempotencyKey = (required: boolean) => ({
  name: 'Idempotency-Key',
  in: 'header',
  required,
  description: 'UUID generated once per submission and kept across retries.',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{8,128}$' },
});
const reference = { name: 'reference', in: 'path', required: true, schema: { type: 'string' } };
const bearer = [{ capability: [] }];

/**
 * OpenAPI 3.1 document of the intake API, generated from the same zod schemas the server
 * validates with (request bodies as accepted input, responses as produced output).
 */
export function openApiDocument(version: string): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Yizhan intake API',
      version,
      description: 'Consultations, ratings (好差评) and demand events. See docs/intake-api.md.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        capability: { type: 'http', scheme: 'bearer', description: 'The `token` returned when the case was created.' },
      },
      schemas: {
        ConsultationInput: schema(ConsultationInput, 'input'),
        ConsultationCreated: schema(ConsultationCreated, 'output'),
        ConsultationView: schema(ConsultationView, 'output'),
        ConsultationExport: schema(ConsultationExport, 'output'),
        ConsultationErased: schema(ConsultationErased, 'output'),
        RatingInput: schema(RatingInput, 'input'),
        RatingCreated: schema(RatingCreated, 'output'),
        EventsInput: schema(EventsInput, 'input'),
        EventsAccepted: schema(EventsAccepted, 'output'),
        ErrorBody: schema(ErrorBody, 'output'),
        Health: schema(Health, 'output'),
      },
    },
    paths: {
      '/v1/consultations': {
        post: {
          summary: 'Submit a consultation',
          parameters: [idempotencyKey(true)],
          requestBody: { required: true, content: json('ConsultationInput') },
          responses: {
            '201': {
              description: 'Created (or replayed, with Idempotent-Replayed: true)',
              content: json('ConsultationCreated'),
            },
            '409': error('The Idempotency-Key was used with a different body'),
            ...COMMON_ERRORS,
          },
        },
      },
      '/v1/consultations/{reference}': {
        get: {
          summary: 'Status and answer of a consultation',
          security: bearer,
          parameters: [reference],
          responses: {
            '200': { description: 'The case', content: json('ConsultationView') },
            '401': error('No bearer token'),
            '404': error('No case with this reference opens with this token'),
          },
        },
        delete: {
          summary: 'Erase the requester’s personal data (PIPL right to deletion)',
          security: bearer,
          parameters: [reference],
          responses: {
            '200': { description: 'Erased', content: json('ConsultationErased') },
            '401': error('No bearer token'),
            '404': error('No case with this reference opens with this token'),
          },
        },
      },
      '/v1/consultations/{reference}/export': {
        get: {
          summary: 'Everything stored about the requester (PIPL right of access)',
          security: bearer,
          parameters: [reference],
          responses: {
            '200': { description: 'The stored data', content: json('ConsultationExport') },
            '401': error('No bearer token'),
            '404': error('No case with this reference opens with this token'),
          },
        },
      },
      '/v1/ratings': {
        post: {
          summary: 'Rate a consultation, a service item or an outlet',
          requestBody: { required: true, content: json('RatingInput') },
          responses: {
            '201': { description: 'Recorded (or replayed)', content: json('RatingCreated') },
            '404': error('The rating token does not belong to that consultation'),
            '409': error('A different rating was already given with this token'),
            ...COMMON_ERRORS,
          },
        },
      },
      '/v1/events': {
        post: {
          summary: 'Demand signals, aggregated on arrival',
          parameters: [idempotencyKey(false)],
          requestBody: { required: true, content: json('EventsInput') },
          responses: { '202': { description: 'Counted', content: json('EventsAccepted') }, ...COMMON_ERRORS },
        },
      },
      '/v1/health': {
        get: {
          summary: 'Liveness and database reachability',
          responses: {
            '200': { description: 'Healthy', content: json('Health') },
            '503': { description: 'Database unreachable', content: json('Health') },
          },
        },
      },
    },
  };
}
