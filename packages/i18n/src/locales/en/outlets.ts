import type { LocaleTable } from '../../resource.js';

/** yz-outlets: finding a service outlet by region, type and service item, and when it is open. */
const outlets: LocaleTable = {
  filters: {
    title: 'Find a service office',
    province: 'Province',
    city: 'City',
    district: 'District',
    any: 'All',
    regionCount: '{{name}} ({{count}})',
    type: 'Type of office',
    anyType: 'All types',
    query: 'Service or office name',
    queryPlaceholder: 'For example: trademark pledge registration',
    clear: 'Clear',
  },
  item: {
    only: 'Showing only offices that handle “{{name}}”',
    showAll: 'Show all offices',
  },
  results: {
    count_one: '{{count}} office',
    count_other: '{{count}} offices',
    list: 'Service offices',
    more_one: 'Show more offices ({{count}} more)',
    more_other: 'Show more offices ({{count}} more)',
  },
  empty: {
    title: 'No offices match',
    hint: 'Try another region or type, or call 12330 for help.',
  },
  near: {
    button: 'Sort by nearest to me',
    hint: 'This uses your location. It is used on this device only, to work out distances, and never sent.',
    locating: 'Finding your location…',
    sorted: 'Sorted by straight-line distance, nearest first.',
    reset: 'Back to the usual order',
    denied:
      'Location permission was not given, so offices cannot be sorted by distance. You can find offices by region.',
    unavailable: 'Your location is not available right now. You can find offices by region.',
    distance: 'About {{distance}} away in a straight line',
    noGeo: 'This office has not given its location',
  },
  status: {
    open: 'Open now, closes at {{time}}',
    closingSoon: 'Closing soon, at {{time}}',
    opensToday: 'Closed now, opens at {{time}}',
    opensTomorrow: 'Closed, opens tomorrow at {{time}}',
    opensOn: 'Closed, opens {{day}} at {{time}}',
    closed: 'Not open in the coming days; please phone',
    unknown: 'Please phone for opening hours',
  },
  hours: {
    title: 'Opening hours',
    dayRange: '{{from}}–{{to}}',
    periods: '{{days}}: {{times}}',
    period: '{{open}}–{{close}}',
    closed: 'Closed in the coming days on: {{dates}}',
    open: 'Also open in the coming days on: {{dates}}',
  },
  outlet: {
    address: 'Address',
    phone: 'Phone',
    website: 'Website',
    email: 'Email',
    transit: 'Getting there',
    type: 'Type',
    parent: 'Part of',
    items_one: 'Services offered ({{count}})',
    items_other: 'Services offered ({{count}})',
    languages: 'Languages',
    moreItems_one: 'Show all {{count}}',
    moreItems_other: 'Show all {{count}}',
    fewerItems: 'Show fewer',
    accessibility: 'Accessibility',
    sample: 'The address and phone numbers are sample data, not a real office.',
    show: 'Show office',
  },
};

export default outlets;
