import type { LocaleTable } from '../../resource.js';

/** yz-rating: 好差评, five levels, reason tags per level (ids from RATING_TAGS), optional comment. */
const rating: LocaleTable = {
  legend: 'How satisfied are you with this service?',
  voluntary: 'Rating is voluntary and does not affect your case.',
  levels: {
    '5': 'Very satisfied',
    '4': 'Satisfied',
    '3': 'Fairly satisfied',
    '2': 'Dissatisfied',
    '1': 'Very dissatisfied',
  },
  tagsLegend: 'Main reasons (choose any)',
  tagsLegendRequired: 'Why are you dissatisfied? (choose at least one)',
  tags: {
    'clear-guide': 'Clear guide',
    fast: 'Quick',
    'helpful-staff': 'Helpful staff',
    'one-trip': 'Done in one trip',
    'easy-to-use': 'Easy to use',
    'answer-helpful': 'The answer solved my problem',
    'could-be-faster': 'Could be quicker',
    'guide-partly-unclear': 'Parts of the guide are unclear',
    'long-queue': 'Long queue',
    'answer-partly-helpful': 'The answer partly helped',
    'slow-reply': 'Slow reply',
    'unclear-materials': 'Unclear what documents to bring',
    'too-many-trips': 'Had to come several times',
    'rude-staff': 'Unfriendly staff',
    'system-hard-to-use': 'Hard-to-use system',
    'answer-unhelpful': 'The answer did not help',
    overdue: 'Past the promised time',
    'fee-unclear': 'Unclear fees',
  },
  rectificationNote:
    'A “dissatisfied” or “very dissatisfied” rating opens a rectification case: staff check it, put it right and reply.',
  comment: {
    label: 'Anything else (optional)',
    remaining_one: 'You have {{count}} character remaining',
    remaining_other: 'You have {{count}} characters remaining',
    over_one: 'You have {{count}} character too many',
    over_other: 'You have {{count}} characters too many',
  },
  submit: 'Send rating',
  dismiss: 'No thanks',
  errors: {
    levelRequired: 'Choose how satisfied you are',
    tagsRequired: 'Choose at least one reason why you are dissatisfied',
    commentTooLong: 'The comment must be {{max}} characters or fewer',
    failed: 'The rating was not sent; please try again later.',
  },
  status: {
    queued: 'Rating saved on this device, getting ready to send…',
    sending: 'Sending your rating…',
    retrying: 'The connection is unstable; sending your rating again automatically…',
    offline: 'Rating saved on this device; it will be sent when the connection returns.',
  },
  done: {
    thanks: 'Thank you for your rating!',
    rectification: 'Your feedback opened rectification case {{caseId}}; we will deal with it and reply by {{date}}.',
    already: 'You have already rated this. Thank you for your feedback.',
    dismissed: 'All right. Not rating does not affect anything.',
  },
};

export default rating;
