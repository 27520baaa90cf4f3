import type { LocaleTable } from '../../resource.js';

const search: LocaleTable = {
  label: 'Search services and service outlets',
  placeholder: 'Type a service, pinyin or a question, e.g. “trademark renewal”',
  submit: 'Search',
  clear: 'Clear the search',
  groupItems: 'Services',
  groupOutlets: 'Service outlets',
  results_one: '{{count}} result, use the up and down arrow keys to browse',
  results_other: '{{count}} results, use the up and down arrow keys to browse',
  noResults: 'No services found for “{{query}}”',
  noResultsHint: 'Try other words, such as the name of a service or a keyword, or ask us directly.',
  suggestions: 'Popular services',
  ask: 'Ask us a question',
  promised: 'done within {{duration}}',
  legalOnly: 'legal limit {{duration}}',
  instant: 'handled on the spot',
  outletIn: '{{region}}',
  suspended: 'Temporarily suspended',
  loadingIndex: 'Preparing search…',
};

export default search;
