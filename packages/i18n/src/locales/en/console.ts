import type { LocaleTable } from '../../resource.js';

/** Intake server: API error messages (`api`), the staff console, and `yizhan serve`. */
const console: LocaleTable = {
  serve: {
    started: 'Yizhan intake server listening on {{url}} ({{kind}}: {{db}})',
    console: 'Staff console: {{url}}',
    demoAccounts: 'Demo mode: sample accounts created (passwords are shown only this once; keep them):',
    stopping: 'Received {{signal}}; stopping after the requests in progress…',
    stopped: 'Stopped.',
    badNumber: '{{name}} “{{value}}” is not valid; use a whole number from {{min}} to {{max}}',
    badHolidays: 'Cannot read the holiday file {{file}}: {{detail}}',
  },
  api: {
    validation: 'Some of what was sent is not valid; see the listed fields',
    invalidJson: 'The request body is not valid JSON',
    emptyBody: 'The request body is empty',
    badRequest: 'Bad request',
    unsupportedMediaType: 'Send the body as application/json',
    payloadTooLarge: 'The request body is too large; the limit is {{limit}} KB',
    notFound: 'Nothing here',
    consultationNotFound: 'No consultation matches this reference and token',
    ratingTargetNotFound: 'No consultation matches this rating token',
    unauthorized: 'A valid access token is missing (Authorization: Bearer …)',
    idempotencyKeyRequired: 'The Idempotency-Key header is missing; generate one UUID per submission',
    idempotencyKeyRepeated: 'Send the Idempotency-Key header only once',
    idempotencyConflict: 'This Idempotency-Key was already used for a different submission',
    ratingConflict: 'A different rating was already given with this token; each token rates once',
    rateLimited: 'Too many requests; try again in {{seconds}} seconds',
    forbiddenOrigin: 'Origin {{origin}} may not call this API',
    internal: 'Internal server error; please try again later',
    unknownItem: 'The catalogue has no service item “{{id}}”',
    unknownOutlet: 'The catalogue has no outlet “{{id}}”',
  },
};

export default console;
