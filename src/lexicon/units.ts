import { table } from './table.js';
/**
 * Units after or before a figure → canonical unit (lower case tokens). The same table matches and names.
 */

/** Currency symbols before the figure: "$3m", "£2bn", "€5". */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = table({
  $: 'USD', 'us$': 'USD', usd: 'USD', '£': 'GBP', gbp: 'GBP', '€': 'EUR', eur: 'EUR', '¥': 'JPY', '₹': 'INR',
  rs: 'INR', inr: 'INR', '₽': 'RUB', '₩': 'KRW', '₦': 'NGN', '₱': 'PHP', '₺': 'TRY', '₪': 'ILS', 'a$': 'AUD',
  'c$': 'CAD', 'hk$': 'HKD', 'nz$': 'NZD', 'r$': 'BRL', cad: 'CAD', aud: 'AUD', chf: 'CHF', cny: 'CNY', jpy: 'JPY',
  rmb: 'CNY', pkr: 'PKR', afn: 'AFN', nzd: 'NZD', hkd: 'HKD', sgd: 'SGD', zar: 'ZAR', krw: 'KRW', rub: 'RUB',
});

/** Currency words after the figure: "20 billion francs", "5 dollars". */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = table({
  dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', euro: 'EUR', euros: 'EUR',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', rouble: 'RUB', roubles: 'RUB',
  ruble: 'RUB', rubles: 'RUB', franc: 'CHF', francs: 'CHF', peso: 'MXN', pesos: 'MXN', won: 'KRW', lira: 'TRY',
  real: 'BRL', reais: 'BRL', rand: 'ZAR', naira: 'NGN', shekel: 'ILS', shekels: 'ILS', afghani: 'AFN',
  afghanis: 'AFN', dinar: 'IQD', dinars: 'IQD', riyal: 'SAR', riyals: 'SAR', dirham: 'AED', dirhams: 'AED',
  hryvnia: 'UAH', hryvnias: 'UAH', colones: 'CRC', colon: 'CRC', cordobas: 'NIO', soles: 'PEN', intis: 'PEN',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', cents: 'USD', pence: 'GBP',
});

/** Nationality + currency word: "125 million australian dollars", "10 turkish lira" (singular noun). */
export const NATIONAL_CURRENCIES: Readonly<Record<string, string>> = table({
  'us dollar': 'USD', 'american dollar': 'USD', 'australian dollar': 'AUD', 'canadian dollar': 'CAD',
  'new zealand dollar': 'NZD', 'hong kong dollar': 'HKD', 'singapore dollar': 'SGD', 'taiwan dollar': 'TWD',
  'swiss franc': 'CHF', 'french franc': 'FRF', 'belgian franc': 'BEF', 'turkish lira': 'TRY', 'italian lira': 'ITL',
  'chinese yuan': 'CNY', 'japanese yen': 'JPY', 'indian rupee': 'INR', 'pakistani rupee': 'PKR', 'russian rouble': 'RUB',
  'russian ruble': 'RUB', 'mexican peso': 'MXN', 'colombian peso': 'COP', 'argentine peso': 'ARS', 'chilean peso': 'CLP',
  'philippine peso': 'PHP', 'brazilian real': 'BRL', 'south african rand': 'ZAR', 'british pound': 'GBP',
  'egyptian pound': 'EGP', 'iraqi dinar': 'IQD', 'saudi riyal': 'SAR', 'iranian rial': 'IRR', 'israeli shekel': 'ILS',
  'afghan afghani': 'AFN', 'ukrainian hryvnia': 'UAH', 'nigerian naira': 'NGN', 'kenyan shilling': 'KES',
});

/** Letters written before a spaced "$": "US $ 150 million", "C $ 300 million", "HK $ 10 billion". */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = table({
  us: 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', hk: 'HKD', a: 'AUD', au: 'AUD', nz: 'NZD', s: 'SGD', nt: 'TWD', r: 'BRL',
});

/** Measure units after the figure (also written onto digits: "29km", "180ml"). */
export const MEASURE_UNITS: Readonly<Record<string, string>> = table({
  km: 'km', kms: 'km', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', mi: 'mi', miles: 'mi',
  mile: 'mi', m: 'm', metres: 'm', meters: 'm', metre: 'm', meter: 'm', cm: 'cm', mm: 'mm', ft: 'ft', feet: 'ft',
  foot: 'ft', inches: 'in', inch: 'in', yards: 'yd', kg: 'kg', kilos: 'kg', kilograms: 'kg', kilogrammes: 'kg',
  g: 'g', grams: 'g', lb: 'lb', lbs: 'lb', pounds: 'lb', tonnes: 't', tons: 't', tonne: 't', ton: 't', t: 't',
  litres: 'l', liters: 'l', litre: 'l', liter: 'l', ml: 'ml', l: 'l', gallons: 'gal', barrels: 'bbl', bpd: 'bbl/d',
  acres: 'acre', hectares: 'ha', ha: 'ha', sq: 'km2', km2: 'km2', mph: 'mph', kph: 'km/h', kmh: 'km/h',
  mw: 'MW', gw: 'GW', kw: 'kW', kwh: 'kWh', mwh: 'MWh', gwh: 'GWh', degrees: 'deg', celsius: 'C', fahrenheit: 'F',
  magnitude: 'magnitude', knots: 'kn',
});

/** Time units: a figure before one of these is a duration or an age, never a claim ("10 years", "three days"). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day',
  'days', 'night', 'nights', 'week', 'weeks', 'weekend', 'weekends', 'month', 'months', 'year', 'years', 'yr', 'yrs',
  'decade', 'decades', 'century', 'centuries', 'fortnight', 'fortnights', 'quarter', 'quarters', 'semester',
  'am', 'pm', 'a.m', 'p.m', "o'clock", 'gmt', 'utc', 'bst', 'est', 'edt', 'pst', 'hrs.', 'h', 'millennia',
  'term', 'terms', 'innings', 'overs', 'laps', 'seasons', 'season', 'round', 'rounds', 'times', 'time',
]);

/** Month names (and short forms): a figure beside one is a date ("10 NOVEMBER", "May 4"). */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Capitalised words a figure identifies rather than counts: "Route 58", "Flight 17", "Resolution 2231". */
export const IDENTIFIER_NOUNS: ReadonlySet<string> = new Set([
  // named lists and indices: "Fortune 500 companies", "FTSE 100 firms", "Russell 2000", "Formula 1 teams"
  'fortune', 'ftse', 'nasdaq', 'nikkei', 'russell', 'dax', 'cac', 'stoxx', 'forbes', 'formula', 'sensex', 'nifty',
  'route', 'flight', 'resolution', 'highway', 'road', 'no', 'number', 'nos', 'article', 'section', 'chapter',
  'room', 'gate', 'platform', 'bus', 'line', 'page', 'level', 'phase', 'category', 'grade', 'ward', 'district',
  'precinct', 'zone', 'sector', 'block', 'unit', 'terminal', 'pier', 'berth', 'lane', 'street', 'avenue', 'exit',
  'junction', 'interstate', 'channel', 'episode', 'season', 'volume', 'vol', 'issue', 'act', 'bill', 'clause',
  'paragraph', 'amendment', 'regulation', 'law', 'decree', 'model', 'version', 'type', 'mark', 'series', 'apollo',
  'windows', 'iphone', 'galaxy', 'boeing', 'airbus', 'camp', 'battalion', 'brigade', 'division', 'regiment', 'corps',
  'squadron', 'fleet', 'company', 'group', 'team', 'table', 'figure', 'fig', 'appendix', 'annex', 'item', 'step',
  'stage', 'tier', 'band', 'class', 'form', 'box', 'pg', 'p', 'pp', 'tel', 'ext', 'code', 'cell', 'wing', 'hall',
  'building', 'floor', 'hangar', 'apartment', 'apt', 'suite', 'km', 'kilometre', 'kilometer', 'mile', 'convoy',
  'operation', 'task', 'force', 'covid', 'g', 'f', 'su', 'mig', 'patriot', 'hamas', 'state', 'ch', 'hotel',
]);

/** Words after a figure that make it a rank or a score, not a count: "2-1 win" handled by pattern; "58th". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Things (not people) worth a count claim: "200 homes", "12 rockets". People are PERSON_NOUNS in events.ts. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'homes', 'houses', 'buildings', 'villages', 'towns', 'schools', 'hospitals', 'clinics', 'mosques', 'churches',
  'shops', 'businesses', 'vehicles', 'cars', 'trucks', 'lorries', 'buses', 'tanks', 'aircraft', 'planes', 'jets',
  'helicopters', 'drones', 'rockets', 'missiles', 'shells', 'mortars', 'bombs', 'explosives', 'mines', 'weapons',
  'rifles', 'guns', 'rounds', 'strikes', 'airstrikes', 'attacks', 'raids', 'operations', 'incidents', 'explosions',
  'blasts', 'jobs', 'cases', 'infections', 'votes', 'seats', 'ships', 'boats', 'vessels', 'posts', 'checkpoints',
  'positions', 'bases', 'camps', 'crossings', 'countries', 'nations', 'states', 'cities', 'provinces', 'districts',
  'flights', 'trains', 'doses', 'vaccines', 'tests', 'beds', 'tonnes', 'barrels', 'hectares', 'acres', 'complaints',
  'applications', 'arrests', 'charges', 'convictions', 'warrants', 'sanctions', 'projects', 'contracts', 'companies',
  'firms', 'banks', 'stores', 'branches', 'factories', 'plants', 'farms', 'animals', 'cattle', 'sheep', 'trees',
  'units', 'families', 'households', 'bridges', 'roads', 'wells', 'tents', 'shelters', 'violations', 'breaches',
  'ceasefire violations', 'attacks', 'protests', 'rallies', 'demonstrations', 'riots', 'clashes', 'battles',
  // people as a market: counted, never victims ("lost 464,000 subscribers")
  'customers', 'subscribers', 'users', 'consumers', 'shoppers', 'viewers', 'listeners', 'readers',
  'teams', 'squads', 'brigades', 'battalions', 'convoys', 'livestock', 'goats', 'camels', 'cows', 'horses',
]);

/** Measure words whose "of" phrase is what is counted: "400 head of cattle", "20 sacks of rice". */
export const CLASSIFIER_NOUNS: ReadonlySet<string> = new Set([
  'head', 'sacks', 'bags', 'boxes', 'crates', 'truckloads', 'lorryloads', 'containers', 'pallets', 'bales', 'pairs',
]);

/** Things never killed, injured or arrested: an event word after them means something else ("warrants were executed"). */
export const THING_NOUNS: ReadonlySet<string> = new Set([
  'warrants', 'broadcasts', 'games', 'talks', 'matches', 'goals', 'points', 'shares', 'titles', 'songs', 'albums',
  'films', 'movies', 'episodes', 'pages', 'words', 'emails', 'messages', 'calls', 'orders', 'products', 'items',
  'copies', 'tickets', 'sales', 'stories', 'bills', 'laws', 'measures', 'proposals', 'reforms', 'questions', 'issues',
  'accounts', 'files', 'documents', 'records', 'computers', 'servers', 'websites', 'sites', 'phones', 'devices',
  'machines', 'programs', 'programmes', 'plans', 'deals', 'bids', 'offers', 'ideas', 'rules', 'policies', 'votes',
  'seats', 'runs', 'wickets', 'tries', 'laps', 'races', 'trophies', 'medals', 'awards', 'prizes', 'nominations',
  'letters', 'signatures', 'petitions', 'bodies', 'losses', 'quangos', 'agencies', 'councils', 'departments',
]);
