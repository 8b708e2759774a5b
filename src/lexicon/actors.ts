/**
 * Actor words. DATA ONLY: the same table gives the match and the value.
 */
import type { ActorKind } from '../schema.js';
import { table } from './table.js';

/** Major armed groups: [canonical name, aliases and acronyms, ISO alpha-2 where they operate]. */
export const ARMED_GROUPS: readonly (readonly [name: string, aliases: readonly string[], countryCode: string])[] = [
  ['Taliban', ['Afghan Taliban', 'Islamic Emirate of Afghanistan'], 'AF'],
  ['Tehreek-e-Taliban Pakistan', ['TTP', 'Pakistani Taliban', 'Tehrik-i-Taliban Pakistan', 'Tehrik-e-Taliban Pakistan'], 'PK'],
  ['Islamic State', ['ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant'], 'IQ'],
  ['Islamic State Khorasan Province', ['ISKP', 'IS-K', 'ISIS-K'], 'AF'],
  ['al-Qaeda', ['al-Qaida', 'Al Qaeda', 'Al-Qaeda', 'AQAP', 'al-Qaeda in the Arabian Peninsula'], ''],
  ['Hamas', ['Harakat al-Muqawama al-Islamiya'], 'PS'], ['Hezbollah', ['Hizbollah', 'Hizballah'], 'LB'],
  ['Islamic Jihad', ['Palestinian Islamic Jihad', 'PIJ'], 'PS'], ['Houthis', ['Houthi', 'Ansar Allah', 'Ansarallah'], 'YE'],
  ['al-Shabab', ['al-Shabaab', 'Al Shabaab', 'Al-Shabaab'], 'SO'], ['Boko Haram', ['ISWAP', 'Islamic State West Africa Province'], 'NG'],
  ['Lashkar-e-Taiba', ['LeT', 'Lashkar-e-Toiba'], 'PK'], ['Jaish-e-Mohammed', ['JeM', 'Jaish-e-Muhammad'], 'PK'],
  ['Baloch Liberation Army', ['BLA'], 'PK'], ['Haqqani network', ['Haqqani Network'], 'AF'],
  ['Hayat Tahrir al-Sham', ['HTS'], 'SY'], ['Syrian Democratic Forces', ['SDF'], 'SY'],
  ["Kurdistan Workers' Party", ['PKK', 'Kurdistan Workers Party'], 'TR'], ['Rapid Support Forces', ['RSF'], 'SD'],
  ['M23', ['March 23 Movement'], 'CD'], ['Wagner Group', ['Wagner'], 'RU'], ['Irish Republican Army', ['IRA'], 'GB'],
  ['FARC', ['Revolutionary Armed Forces of Colombia'], 'CO'], ['ELN', ['National Liberation Army'], 'CO'],
  ['Shining Path', ['Sendero Luminoso'], 'PE'], ['FMLN', ['Farabundo Marti National Liberation Front'], 'SV'],
  ['Tamil Tigers', ['LTTE', 'Liberation Tigers of Tamil Eelam'], 'LK'], ['ETA', [], 'ES'],
  ['Jamaat Nusrat al-Islam wal-Muslimin', ['JNIM'], 'ML'], ['Arakan Army', [], 'MM'], ['Abu Sayyaf', [], 'PH'],
  ['Janjaweed', [], 'SD'], ['Fatah', [], 'PS'], ['Northern Alliance', [], 'AF'],
];

/** Words in a name that make an unknown "Long Name (ACR)" an armed group. */
export const ARMED_GROUP_WORDS: ReadonlySet<string> = new Set([
  'taliban', 'tehreek', 'tehrik', 'jaish', 'lashkar', 'jihad', 'mujahideen', 'militia', 'militias', 'brigade', 'brigades',
  'liberation', 'insurgents', 'rebels', 'guerrillas', 'front', 'jamaat', 'ansar', 'harakat', 'hizb',
]);

/** News organisations and wire services (sources: "Reuters reported"). */
export const MEDIA: readonly string[] = [
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Agence France Presse', 'BBC', 'CNN', 'Al Jazeera',
  'Al-Jazeera', 'Bloomberg', 'The New York Times', 'New York Times', 'The Washington Post', 'Washington Post',
  'The Guardian', 'Guardian', 'The Times', 'Financial Times', 'The Wall Street Journal', 'Wall Street Journal', 'NPR',
  'Fox News', 'NBC', 'NBC News', 'CBS', 'CBS News', 'ABC News', 'Sky News', 'Xinhua', 'TASS', 'Interfax', 'RIA Novosti',
  'Dawn', 'Geo News', 'Tolo News', 'TOLOnews', 'Pajhwok', 'Anadolu', 'Anadolu Agency', 'Al Arabiya', 'IRNA', 'Fars',
  'Tasnim', 'Kyodo', 'Yonhap', 'PTI', 'Press Trust of India', 'ANI', 'Deutsche Welle', 'DW', 'Euronews', 'Politico',
  'Axios', 'The Economist', 'Le Monde', 'Der Spiegel', 'Haaretz', 'The Times of Israel', 'Times of Israel', 'Radio Free Europe',
  'Voice of America', 'VOA', 'USA Today', 'The Independent', 'The Telegraph', 'Daily Mail', 'EFE', 'ANSA', 'DPA',
];

/** Role words → canonical role. "Taliban spokesman Zabihullah Mujahid", "Foreign Minister X". */
export const ROLES: Readonly<Record<string, string>> = table({
  spokesman: 'spokesman', spokeswoman: 'spokeswoman', spokesperson: 'spokesperson', minister: 'minister',
  president: 'president', 'vice president': 'vice president', 'prime minister': 'prime minister', premier: 'premier',
  'foreign minister': 'foreign minister', 'defence minister': 'defence minister', 'defense minister': 'defense minister',
  'interior minister': 'interior minister', 'information minister': 'information minister', commander: 'commander',
  official: 'official', governor: 'governor', mayor: 'mayor', chief: 'chief', leader: 'leader', general: 'general',
  'army chief': 'army chief', ambassador: 'ambassador', envoy: 'envoy', secretary: 'secretary',
  'secretary of state': 'secretary of state', 'secretary-general': 'secretary-general', chairman: 'chairman',
  chairwoman: 'chairwoman', director: 'director', head: 'head', senator: 'senator', lawmaker: 'lawmaker',
  legislator: 'legislator', king: 'king', queen: 'queen', prince: 'prince', emir: 'emir', colonel: 'colonel',
  captain: 'captain', lieutenant: 'lieutenant', major: 'major', sergeant: 'sergeant', 'police chief': 'police chief',
  coach: 'coach', manager: 'manager', striker: 'striker', goalkeeper: 'goalkeeper', analyst: 'analyst', economist: 'economist',
  'chief executive': 'chief executive', ceo: 'chief executive', founder: 'founder', judge: 'judge', prosecutor: 'prosecutor',
  attorney: 'attorney', lawyer: 'lawyer', activist: 'activist', journalist: 'journalist', correspondent: 'correspondent',
  representative: 'representative', deputy: 'deputy', cleric: 'cleric', mullah: 'mullah', imam: 'imam', pope: 'pope',
  'all-rounder': 'all-rounder', batsman: 'batsman', bowler: 'bowler',
});

/** Titles written before a person's name (with or without a full stop). */
export const TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'gen', 'general', 'col', 'colonel',
  'maj', 'major', 'capt', 'captain', 'lt', 'lieutenant', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'sen', 'senator',
  'rep', 'gov', 'governor', 'president', 'minister', 'premier', 'chancellor', 'judge', 'justice', 'king', 'queen', 'prince',
  'princess', 'sheikh', 'mullah', 'maulana', 'mufti', 'ayatollah', 'rev', 'father', 'pope', 'mayor', 'ambassador',
  'secretary', 'spokesman', 'spokeswoman', 'commander', 'chairman', 'coach', 'chief', 'brig', 'marshal', 'field marshal',
]);

/** Head words that end an organisation's name, and the kind they give. "Defense Ministry", "Pakistan Army". */
export const ORG_HEADS: Readonly<Record<string, ActorKind>> = table({
  ministry: 'government', government: 'government', cabinet: 'government', parliament: 'government', senate: 'government',
  congress: 'government', assembly: 'government', council: 'organization', commission: 'organization', department: 'government',
  office: 'government', administration: 'government', authority: 'government', authorities: 'government', agency: 'organization',
  police: 'government', court: 'government', tribunal: 'government', army: 'military', military: 'military', navy: 'military',
  'air force': 'military', forces: 'military', force: 'military', guard: 'military', guards: 'military', corps: 'military',
  command: 'military', brigade: 'armed_group', militia: 'armed_group', front: 'armed_group', movement: 'organization',
  party: 'organization', union: 'organization', federation: 'organization', association: 'organization', committee: 'organization',
  organization: 'organization', organisation: 'organization', institute: 'organization', university: 'organization',
  college: 'organization', bank: 'organization', group: 'organization', company: 'organization', corporation: 'organization',
  corp: 'organization', inc: 'organization', ltd: 'organization', plc: 'organization', co: 'organization', airlines: 'organization',
  airways: 'organization', club: 'organization', fc: 'organization', united: 'organization',
  foundation: 'organization', fund: 'organization', trust: 'organization', society: 'organization', societies: 'organization', network: 'organization',
  exchange: 'organization', board: 'organization', bureau: 'government', service: 'government', services: 'organization',
  centre: 'organization', center: 'organization', church: 'organization', coalition: 'organization', alliance: 'organization',
  league: 'organization', times: 'media', post: 'media', news: 'media', herald: 'media', journal: 'media', tribune: 'media',
  television: 'media', radio: 'media', motors: 'organization', industries: 'organization', holdings: 'organization',
  systems: 'organization', technologies: 'organization', pharmaceuticals: 'organization', electronics: 'organization',
  communications: 'organization', telecom: 'organization', energy: 'organization', petroleum: 'organization',
  mills: 'organization', dynamics: 'organization', partners: 'organization', capital: 'organization',
  entertainment: 'organization', studios: 'organization', labs: 'organization', foods: 'organization',
  enterprises: 'organization', resources: 'organization', mining: 'organization', steel: 'organization',
});

/** Nouns set before a name that say it is an organisation: "tyre giant Pirelli", "the newspaper Granma", "club Atalanta". */
export const ORG_APPOSITIVES: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'giant', 'maker', 'manufacturer', 'producer', 'operator', 'bank', 'lender', 'insurer', 'carrier',
  'airline', 'club', 'side', 'team', 'newspaper', 'daily', 'weekly', 'paper', 'agency', 'broadcaster', 'retailer', 'distributor',
  'chain', 'conglomerate', 'brokerage', 'broker', 'supplier', 'subsidiary', 'publisher', 'outfit', 'utility', 'refiner',
  'automaker', 'carmaker', 'exporter', 'importer', 'developer', 'builder', 'contractor', 'trader', 'miner', 'magazine', 'station', 'network', 'union', 'party', 'concern',
]);

/** Nouns after "X's" (or "X") that belong to organisations: "Cofinec's shares", "Pirelli's cables division". */
export const ORG_POSSESSIONS: ReadonlySet<string> = new Set([
  'shares', 'stock', 'stocks', 'shareholders', 'stake', 'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales',
  'turnover', 'dividend', 'unit', 'division', 'subsidiary', 'subsidiaries', 'board', 'headquarters', 'plant', 'plants',
  'factory', 'products', 'brand', 'bid', 'offer', 'takeover', 'merger', 'squad', 'players', 'fans', 'coach', 'striker',
  'goalkeeper', 'defence', 'defense', 'debt', 'bonds', 'assets', 'customers', 'management', 'workforce', 'employees',
]);

/** "shares in X", "a stake in X", "the chairman of X": nouns before in/of that make X an organisation. */
export const ORG_OF_NOUNS: ReadonlySet<string> = new Set([
  'shares', 'stake', 'stock', 'holding', 'subsidiary', 'unit', 'division', 'shareholders', 'shareholder', 'takeover',
  'bid', 'acquisition', 'chairman', 'board', 'directors',
]);

/** Nouns for unnamed collectives that act or are counted: "Afghan forces", "police", "gunmen". */
export const COLLECTIVES: Readonly<Record<string, ActorKind>> = table({
  forces: 'military', troops: 'military', soldiers: 'military', army: 'military', military: 'military',
  'security forces': 'military', 'border guards': 'military', guards: 'military', navy: 'military', 'air force': 'military',
  authorities: 'government', officials: 'government', government: 'government', police: 'government', officers: 'government',
  'police officers': 'government', ministry: 'government', diplomats: 'government', 'defense ministry': 'government',
  'defence ministry': 'government', 'foreign ministry': 'government', 'interior ministry': 'government',
  militants: 'armed_group', gunmen: 'armed_group', insurgents: 'armed_group', rebels: 'armed_group', fighters: 'armed_group',
  guerrillas: 'armed_group', attackers: 'armed_group', terrorists: 'armed_group', jihadists: 'armed_group', militias: 'armed_group',
  protesters: 'group', demonstrators: 'group', civilians: 'group', residents: 'group', villagers: 'group', witnesses: 'group',
  activists: 'group', refugees: 'group', migrants: 'group', students: 'group', workers: 'group', doctors: 'group',
  medics: 'group', 'rescue workers': 'group', investigators: 'government', prosecutors: 'government', lawmakers: 'government',
  leaders: 'group', analysts: 'group', experts: 'group', sources: 'group',
});

/** Verbs that make the name before them an acting subject: "Pakistan rejected", "Islamabad argues". */
export const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'added', 'announced', 'announces', 'claimed', 'claims', 'alleged',
  'alleges', 'asserted', 'asserts', 'insisted', 'insists', 'argued', 'argues', 'denied', 'denies', 'rejected', 'rejects',
  'dismissed', 'dismisses', 'refuted', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'confirmed', 'confirms',
  'accused', 'accuses', 'blamed', 'blames', 'charged', 'disputed', 'disputes', 'countered', 'counters', 'questioned', 'contested',
  'estimated', 'estimates', 'reported', 'reports', 'warned', 'warns', 'urged', 'urges', 'demanded', 'demands', 'vowed', 'vows',
  'threatened', 'threatens', 'closed', 'closes', 'opened', 'launched', 'launches', 'attacked', 'attacks', 'struck', 'strikes',
  'retaliated', 'retaliates', 'responded', 'responds', 'condemned', 'condemns', 'deployed', 'deploys', 'sent', 'sends',
  'agreed', 'agrees', 'signed', 'signs', 'imposed', 'imposes', 'ordered', 'orders', 'called', 'calls', 'sought', 'seeks',
  'has', 'have', 'had', 'will', 'would', 'carried', 'carries', 'killed', 'kills', 'arrested',
  'expelled', 'summoned', 'suspended', 'resumed', 'refused', 'refuses', 'declined', 'promised', 'pledged', 'wants', 'wanted',
  'believes', 'believed', 'maintains', 'maintained', 'noted', 'notes', 'described', 'describes', 'does', 'did', 'can', 'could',
]);

/** Nouns after "X's" that make X a government speaking or acting: "Kabul's perspective", "Islamabad's position". */
export const STANCE_NOUNS: ReadonlySet<string> = new Set([
  'perspective', 'view', 'position', 'stance', 'response', 'decision', 'claim', 'claims', 'accusation', 'accusations',
  'government', 'policy', 'demand', 'demands', 'statement', 'denial', 'retaliation', 'strikes', 'forces', 'troops', 'military',
  'army', 'ministry', 'envoy', 'ambassador', 'officials', 'authorities', 'leadership', 'rulers', 'regime',
]);

/** "X's <noun>" names a part of X's state: "Pakistan's military", "the Taliban's defense ministry". */
export const STATE_PARTS: Readonly<Record<string, ActorKind>> = table({
  military: 'military', army: 'military', 'armed forces': 'military', navy: 'military', 'air force': 'military',
  forces: 'military', troops: 'military', 'security forces': 'military', government: 'government', cabinet: 'government',
  'military government': 'government', 'military junta': 'government', junta: 'government',
  'defense ministry': 'government', 'defence ministry': 'government', 'foreign ministry': 'government',
  'interior ministry': 'government', 'information ministry': 'government', 'health ministry': 'government',
  ministry: 'government', 'foreign office': 'government', parliament: 'government', police: 'government',
  'intelligence agency': 'government', 'intelligence service': 'government', authorities: 'government', officials: 'government',
});

/** Words that never start a name even when capitalised at the start of a sentence or heading. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'and', 'but', 'or', 'if',
  'as', 'after', 'before', 'when', 'while', 'since', 'during', 'according', 'however', 'meanwhile', 'it', 'its', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'there', 'here', 'what', 'why', 'how', 'who', 'where', 'which',
  'some', 'many', 'most', 'all', 'both', 'each', 'other', 'another', 'no', 'not', 'one', 'two', 'three', 'four', 'five', 'six',
  'seven', 'eight', 'nine', 'ten', 'first', 'last', 'new', 'independent', 'border', 'why', 'tagged', 'share', 'leave', 'read',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'yesterday', 'today', 'tomorrow',
  'also', 'only', 'even', 'still', 'so', 'then', 'than', 'such', 'now', 'just', 'more', 'less', 'about', 'over', 'under',
  'to', 'of', 'up', 'out', 'into', 'through', 'upon', 'despite', 'although', 'though', 'because', 'unless', 'until', 'once',
  'admin', 'photo', 'video', 'image', 'file', 'reporting', 'editing', 'writing', 'additional', 'update', 'updated',
  'breaking', 'exclusive', 'analysis', 'opinion', 'comment', 'result', 'results', 'standings', 'note', 'notes', 'source',
  'sources', 'total', 'men', 'women', 'please', 'see', 'call', 'tel', 'fax', 'email', 'click', 'subscribe', 'follow',
]);

/** Connector words allowed inside a name between capitalised words: "Bank of England", "Abu Bakr al-Baghdadi". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'da', 'al', 'bin', 'ibn', 'van', 'von', 'der', 'la', 'le', 'du', 'for', 'and', '&', 'e']);

/** Day and month names: they end a capitalised name ("Pakistan Monday" is two things). */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

/** Head words of names that are events, titles or things, not actors: "World Cup", "U.S. Open", "Labour Day". */
export const NOT_ACTOR_HEADS: ReadonlySet<string> = new Set([
  'cup', 'open', 'championship', 'championships', 'series', 'tour', 'games', 'olympics', 'day', 'trophy', 'prix', 'award',
  'awards', 'prize', 'festival', 'war', 'index', 'average', 'act', 'bill', 'treaty', 'accord', 'agreement', 'plan', 'summit',
  'conference', 'rally', 'marathon', 'classic', 'masters', 'grand', 'week', 'year', 'season', 'draw', 'final', 'finals',
  'street', 'avenue', 'road', 'square', 'park', 'stadium', 'house', 'palace', 'bridge', 'airport', 'station', 'mosque',
  'temple', 'cathedral', 'hotel', 'hall', 'tower', 'course', 'arena', 'circuit', 'cafe', 'restaurant', 'airfield', 'market',
  'bazaar', 'mall', 'school', 'sea', 'ocean', 'river', 'lake', 'island', 'islands', 'mountains', 'desert', 'strait', 'bay',
  'coast', 'peninsula', 'city', 'valley', 'hills', 'plain', 'gate', 'checkpoint', 'crossing', 'camp', 'base',
]);

/**
 * Well-known organisations named alone or by acronym, with kind. [name, kind, aliases]
 * Governments' own institutions are 'government'; alliances and agencies of many states 'organization'.
 */
export const ORGANIZATIONS: readonly (readonly [name: string, kind: ActorKind, aliases: readonly string[]])[] = [
  ['United Nations', 'organization', ['UN', 'U.N.']], ['UN Security Council', 'organization', ['U.N. Security Council', 'Security Council']],
  ['European Union', 'organization', ['EU', 'E.U.']], ['NATO', 'military', ['Nato', 'North Atlantic Treaty Organization']],
  ['International Monetary Fund', 'organization', ['IMF']], ['World Bank', 'organization', []],
  ['World Health Organization', 'organization', ['WHO']], ['International Committee of the Red Cross', 'organization', ['ICRC', 'Red Cross']],
  ['Red Crescent', 'organization', []], ['Amnesty International', 'organization', ['Amnesty']],
  ['Human Rights Watch', 'organization', ['HRW']], ['Doctors Without Borders', 'organization', ['MSF', 'Medecins Sans Frontieres']],
  ['UNICEF', 'organization', []], ['UNHCR', 'organization', []], ['World Food Programme', 'organization', ['WFP']],
  ['OPEC', 'organization', []], ['World Trade Organization', 'organization', ['WTO']], ['ASEAN', 'organization', []],
  ['African Union', 'organization', ['AU']], ['Arab League', 'organization', []], ['Interpol', 'organization', []],
  ['International Criminal Court', 'organization', ['ICC']], ['International Atomic Energy Agency', 'organization', ['IAEA']],
  ['Federal Reserve', 'government', ['Fed']], ['Treasury', 'government', []], ['Pentagon', 'military', []],
  ['Kremlin', 'government', []], ['State Department', 'government', []], ['FBI', 'government', []], ['CIA', 'government', []],
  ['Inter-Services Intelligence', 'government', ['ISI']], ['Inter-Services Public Relations', 'military', ['ISPR']],
  ['Bundesbank', 'organization', []], ['European Commission', 'organization', []], ['Congress', 'government', []],
  ['Senate', 'government', []], ['Parliament', 'government', []], ['Supreme Court', 'government', []],
  ['Wall Street Journal', 'media', []], ['Olympic Committee', 'organization', ['IOC']], ['FIFA', 'organization', []],
  ['UEFA', 'organization', []], ['Gazprom', 'organization', []], ['Shell', 'organization', []],
];

/** Capital-letter abbreviations that are not organisations. */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set([
  'gdp', 'gmt', 'utc', 'pmi', 'cpi', 'ceo', 'cfo', 'tv', 'pm', 'am', 'ok', 'id', 'dna', 'hiv', 'aids', 'covid', 'rbi', 'era',
  'bst', 'est', 'edt', 'pst', 'mp', 'mps', 'vip', 'faq', 'usd', 'eur', 'gbp', 'ap', 'xi', 'ii', 'iii', 'iv', 'vi', 'vii',
  'viii', 'ix', 'caps', 'ipo', 'q1', 'q2', 'q3', 'q4', 'fy', 'yoy', 'pc', 'it', 'uk', 'us',
]);

/** Head nouns of unnamed person-like sources ("a Pakistani military official"): the role they give, plural → a group. */
export const UNNAMED_SOURCES: Readonly<Record<string, { role: string; plural?: true }>> = table({
  official: { role: 'official' }, officials: { role: 'official', plural: true }, spokesman: { role: 'spokesman' },
  spokeswoman: { role: 'spokeswoman' }, spokesperson: { role: 'spokesperson' }, spokesmen: { role: 'spokesman', plural: true },
  commander: { role: 'commander' }, commanders: { role: 'commander', plural: true }, officer: { role: 'officer' },
  officers: { role: 'officer', plural: true }, diplomat: { role: 'diplomat' }, diplomats: { role: 'diplomat', plural: true },
  aide: { role: 'aide' }, aides: { role: 'aide', plural: true }, adviser: { role: 'adviser' }, advisers: { role: 'adviser', plural: true },
  negotiator: { role: 'negotiator' }, negotiators: { role: 'negotiator', plural: true }, minister: { role: 'minister' },
});
