/**
 * Places the country data lacks: common English aliases of countries, major cities and first-level
 * regions (curated: a full city/region package costs megabytes in a browser bundle), and conflict
 * geography that no package carries (border crossings, contested regions, well-known districts).
 * DATA ONLY. Rows: [name, kind, ISO alpha-2 of the containing country].
 */
import type { LocationKind } from '../schema.js';
import { table } from './table.js';

export type PlaceRow = readonly [name: string, kind: LocationKind, countryCode: string];

/** English names of countries that the ISO data spells differently. [alias, ISO alpha-2] */
export const COUNTRY_ALIASES: readonly (readonly [string, string])[] = [
  ['U.S.', 'US'], ['US', 'US'], ['USA', 'US'], ['U.S.A.', 'US'], ['America', 'US'], ['United States', 'US'],
  ['UK', 'GB'], ['U.K.', 'GB'], ['Britain', 'GB'], ['Great Britain', 'GB'], ['England', 'GB'], ['Scotland', 'GB'], ['Wales', 'GB'],
  ['Russia', 'RU'], ['Iran', 'IR'], ['Syria', 'SY'], ['South Korea', 'KR'], ['North Korea', 'KP'], ['Vietnam', 'VN'],
  ['Laos', 'LA'], ['Bolivia', 'BO'], ['Venezuela', 'VE'], ['Tanzania', 'TZ'], ['Moldova', 'MD'], ['Czech Republic', 'CZ'],
  ['Ivory Coast', 'CI'], ["Cote d'Ivoire", 'CI'], ['Congo', 'CD'], ['DR Congo', 'CD'], ['DRC', 'CD'], ['Burma', 'MM'],
  ['Holland', 'NL'], ['the Netherlands', 'NL'], ['Palestine', 'PS'], ['Gaza', 'PS'], ['West Bank', 'PS'], ['UAE', 'AE'],
  ['Emirates', 'AE'], ['Turkiye', 'TR'], ['Vatican', 'VA'], ['Macedonia', 'MK'], ['East Timor', 'TL'], ['Cape Verde', 'CV'],
  ['Swaziland', 'SZ'], ['Brunei', 'BN'], ['Micronesia', 'FM'], ['Taiwan', 'TW'], ['Kosovo', 'XK'], ['Soviet Union', 'RU'],
  // Historical names still met in archives: [name, the ISO code of the state that succeeded it]
  ['Yugoslavia', 'RS'], ['Czechoslovakia', 'CZ'], ['Zaire', 'CD'], ['USSR', 'RU'], ['Surinam', 'SR'], ['Rhodesia', 'ZW'],
];

/** English demonyms the ISO data lacks or spells differently. [demonym, ISO alpha-2] */
export const DEMONYM_ALIASES: readonly (readonly [string, string])[] = [
  ['American', 'US'], ['Dominican', 'DO'], ['British', 'GB'], ['French', 'FR'], ['Australian', 'AU'], ['Norwegian', 'NO'], ['Danish', 'DK'],
  ['New Zealander', 'NZ'], ['Moroccan', 'MA'], ['Finnish', 'FI'], ['Spanish', 'ES'], ['Portuguese', 'PT'],
  ['Afghani', 'AF'], ['U.S.', 'US'], ['US', 'US'], ['Britain', 'GB'], ['English', 'GB'], ['Scottish', 'GB'], ['Welsh', 'GB'],
  ['Israeli', 'IL'], ['Palestinian', 'PS'], ['Saudi', 'SA'], ['Emirati', 'AE'], ['Syrian', 'SY'], ['Iranian', 'IR'],
  ['Iraqi', 'IQ'], ['Russian', 'RU'], ['Ukrainian', 'UA'], ['Chinese', 'CN'], ['Indian', 'IN'], ['Turkish', 'TR'],
  ['Kurdish', 'IQ'], ['Yemeni', 'YE'], ['Sudanese', 'SD'], ['Somali', 'SO'], ['Nigerian', 'NG'], ['Malian', 'ML'],
  ['Congolese', 'CD'], ['Ethiopian', 'ET'], ['Libyan', 'LY'], ['Lebanese', 'LB'], ['Egyptian', 'EG'], ['Jordanian', 'JO'],
  ['Kenyan', 'KE'], ['Filipino', 'PH'], ['Burmese', 'MM'], ['Korean', 'KR'], ['North Korean', 'KP'], ['South Korean', 'KR'],
  ['Dutch', 'NL'], ['Swiss', 'CH'], ['Colombian', 'CO'], ['Mexican', 'MX'], ['Salvadoran', 'SV'], ['Salvadorean', 'SV'],
  ['Guatemalan', 'GT'], ['Honduran', 'HN'], ['Nicaraguan', 'NI'], ['Peruvian', 'PE'], ['Venezuelan', 'VE'], ['Cuban', 'CU'],
];

/** Cities, regions and conflict geography. Capitals come from the country data. */
export const PLACES: readonly PlaceRow[] = [
  // Border crossings
  ['Torkham', 'crossing', 'PK'], ['Chaman', 'crossing', 'PK'], ['Spin Boldak', 'crossing', 'AF'], ['Wagah', 'crossing', 'PK'],
  ['Attari', 'crossing', 'IN'], ['Rafah crossing', 'crossing', 'PS'], ['Kerem Shalom', 'crossing', 'IL'], ['Erez', 'crossing', 'IL'],
  ['Allenby Bridge', 'crossing', 'JO'], ['Bab al-Hawa', 'crossing', 'SY'], ['Bab al-Salam', 'crossing', 'SY'], ['Nasib', 'crossing', 'SY'],
  ['Rasht', 'city', 'IR'], ['Ghulam Khan', 'crossing', 'PK'], ['Angoor Adda', 'crossing', 'PK'], ['Kharlachi', 'crossing', 'PK'],
  // Contested regions and conflict districts
  ['Kurram', 'region', 'PK'], ['Khyber Pakhtunkhwa', 'province', 'PK'], ['Balochistan', 'province', 'PK'], ['Punjab', 'province', 'PK'],
  ['Sindh', 'province', 'PK'], ['Gilgit-Baltistan', 'region', 'PK'], ['Waziristan', 'region', 'PK'], ['North Waziristan', 'district', 'PK'],
  ['South Waziristan', 'district', 'PK'], ['Bajaur', 'district', 'PK'], ['Khyber', 'district', 'PK'], ['Swat', 'district', 'PK'],
  ['Mohmand', 'district', 'PK'], ['Orakzai', 'district', 'PK'], ['Peshawar', 'city', 'PK'], ['Quetta', 'city', 'PK'],
  ['Karachi', 'city', 'PK'], ['Lahore', 'city', 'PK'], ['Rawalpindi', 'city', 'PK'], ['Kashmir', 'region', 'IN'],
  ['Jammu and Kashmir', 'region', 'IN'], ['Azad Kashmir', 'region', 'PK'], ['Kandahar', 'province', 'AF'], ['Helmand', 'province', 'AF'],
  ['Nangarhar', 'province', 'AF'], ['Kunar', 'province', 'AF'], ['Paktika', 'province', 'AF'], ['Khost', 'province', 'AF'],
  ['Paktia', 'province', 'AF'], ['Kunduz', 'province', 'AF'], ['Herat', 'city', 'AF'], ['Jalalabad', 'city', 'AF'],
  ['Mazar-i-Sharif', 'city', 'AF'], ['Panjshir', 'province', 'AF'], ['Badakhshan', 'province', 'AF'], ['Ghazni', 'province', 'AF'],
  ['Donbas', 'region', 'UA'], ['Donetsk', 'region', 'UA'], ['Luhansk', 'region', 'UA'], ['Crimea', 'region', 'UA'],
  ['Kherson', 'region', 'UA'], ['Zaporizhzhia', 'region', 'UA'], ['Kharkiv', 'city', 'UA'], ['Bakhmut', 'city', 'UA'],
  ['Mariupol', 'city', 'UA'], ['Odesa', 'city', 'UA'], ['Odessa', 'city', 'UA'], ['Lviv', 'city', 'UA'], ['Avdiivka', 'city', 'UA'],
  ['Kursk', 'region', 'RU'], ['Belgorod', 'region', 'RU'], ['Gaza Strip', 'region', 'PS'], ['Khan Younis', 'city', 'PS'],
  ['Rafah', 'city', 'PS'], ['Jabalia', 'city', 'PS'], ['Jenin', 'city', 'PS'], ['Nablus', 'city', 'PS'], ['Ramallah', 'city', 'PS'],
  ['Hebron', 'city', 'PS'], ['East Jerusalem', 'district', 'PS'], ['Golan Heights', 'region', 'SY'], ['Tel Aviv', 'city', 'IL'],
  ['Haifa', 'city', 'IL'], ['Sderot', 'city', 'IL'], ['Idlib', 'province', 'SY'], ['Aleppo', 'city', 'SY'], ['Homs', 'city', 'SY'],
  ['Raqqa', 'city', 'SY'], ['Deir ez-Zor', 'province', 'SY'], ['Mosul', 'city', 'IQ'], ['Kirkuk', 'city', 'IQ'], ['Basra', 'city', 'IQ'],
  ['Fallujah', 'city', 'IQ'], ['Erbil', 'city', 'IQ'], ['Anbar', 'province', 'IQ'], ['Kurdistan', 'region', 'IQ'],
  ['Darfur', 'region', 'SD'], ['El Fasher', 'city', 'SD'], ['Omdurman', 'city', 'SD'], ['Tigray', 'region', 'ET'], ['Amhara', 'region', 'ET'],
  ['Nagorno-Karabakh', 'region', 'AZ'], ['Abkhazia', 'region', 'GE'], ['South Ossetia', 'region', 'GE'], ['Transnistria', 'region', 'MD'],
  ['Western Sahara', 'region', 'EH'], ['Sahel', 'region', 'ML'], ['Borno', 'province', 'NG'], ['Maiduguri', 'city', 'NG'],
  ['North Kivu', 'province', 'CD'], ['South Kivu', 'province', 'CD'], ['Goma', 'city', 'CD'], ['Ituri', 'province', 'CD'],
  ['Marib', 'city', 'YE'], ['Hodeidah', 'city', 'YE'], ['Aden', 'city', 'YE'], ['Taiz', 'city', 'YE'], ['Sinai', 'region', 'EG'],
  ['Rakhine', 'province', 'MM'], ['Shan', 'province', 'MM'], ['Mindanao', 'region', 'PH'], ['Xinjiang', 'region', 'CN'], ['Tibet', 'region', 'CN'],
  ['Chechnya', 'region', 'RU'], ['Dagestan', 'region', 'RU'], ['Cabo Delgado', 'province', 'MZ'], ['Benghazi', 'city', 'LY'],
  ['Tripoli', 'city', 'LY'], ['Misrata', 'city', 'LY'], ['Beirut', 'city', 'LB'], ['Mogadishu', 'city', 'SO'], ['Puntland', 'region', 'SO'],
  ['Somaliland', 'region', 'SO'], ['Chiapas', 'province', 'MX'], ['Sinaloa', 'province', 'MX'], ['Morazan', 'province', 'SV'],
  ['Chalatenango', 'province', 'SV'], ['Usulutan', 'province', 'SV'], ['San Miguel', 'city', 'SV'], ['Medellin', 'city', 'CO'],
  ['Cali', 'city', 'CO'], ['Ayacucho', 'province', 'PE'], ['Lima', 'city', 'PE'], ['Arbil', 'city', 'IQ'],
  ['Rangoon', 'city', 'MM'], ['Yangon', 'city', 'MM'], ['Grozny', 'city', 'RU'], ['Srebrenica', 'city', 'BA'],
  ['Milwaukee', 'city', 'US'], ['Cincinnati', 'city', 'US'], ['Oakland', 'city', 'US'], ['Pittsburgh', 'city', 'US'],
  ['St Louis', 'city', 'US'], ['St. Louis', 'city', 'US'], ['Baltimore', 'city', 'US'], ['Cleveland', 'city', 'US'],
  ['Minneapolis', 'city', 'US'], ['San Diego', 'city', 'US'], ['Phoenix', 'city', 'US'], ['Kansas City', 'city', 'US'],
  ['Wisconsin', 'province', 'US'], ['Michigan', 'province', 'US'], ['Ohio', 'province', 'US'], ['Illinois', 'province', 'US'],
  ['Pennsylvania', 'province', 'US'], ['Virginia', 'province', 'US'], ['Arizona', 'province', 'US'], ['Colorado', 'province', 'US'],
  ['Minnesota', 'province', 'US'], ['Massachusetts', 'province', 'US'], ['Oklahoma', 'province', 'US'], ['Louisiana', 'province', 'US'],
  ['Midwest', 'region', 'US'], ['Far East', 'region', ''], ['Spitsbergen', 'region', 'NO'], ['Lockerbie', 'city', 'GB'],
  // Major cities (capitals come from the country data)
  ['New York', 'city', 'US'], ['Los Angeles', 'city', 'US'], ['Chicago', 'city', 'US'], ['Houston', 'city', 'US'], ['Boston', 'city', 'US'],
  ['San Francisco', 'city', 'US'], ['Miami', 'city', 'US'], ['Atlanta', 'city', 'US'], ['Dallas', 'city', 'US'], ['Detroit', 'city', 'US'],
  ['Philadelphia', 'city', 'US'], ['Seattle', 'city', 'US'], ['Denver', 'city', 'US'], ['Las Vegas', 'city', 'US'], ['New Orleans', 'city', 'US'],
  ['Washington', 'city', 'US'], ['Toronto', 'city', 'CA'], ['Montreal', 'city', 'CA'], ['Vancouver', 'city', 'CA'], ['Sydney', 'city', 'AU'],
  ['Melbourne', 'city', 'AU'], ['Manchester', 'city', 'GB'], ['Birmingham', 'city', 'GB'], ['Liverpool', 'city', 'GB'], ['Glasgow', 'city', 'GB'],
  ['Edinburgh', 'city', 'GB'], ['Belfast', 'city', 'GB'], ['Leeds', 'city', 'GB'], ['Bristol', 'city', 'GB'], ['Frankfurt', 'city', 'DE'],
  ['Munich', 'city', 'DE'], ['Hamburg', 'city', 'DE'], ['Cologne', 'city', 'DE'], ['Bonn', 'city', 'DE'], ['Milan', 'city', 'IT'],
  ['Naples', 'city', 'IT'], ['Turin', 'city', 'IT'], ['Barcelona', 'city', 'ES'], ['Marseille', 'city', 'FR'], ['Lyon', 'city', 'FR'],
  ['Geneva', 'city', 'CH'], ['Zurich', 'city', 'CH'], ['Istanbul', 'city', 'TR'], ['St Petersburg', 'city', 'RU'], ['St. Petersburg', 'city', 'RU'],
  ['Shanghai', 'city', 'CN'], ['Hong Kong', 'city', 'HK'], ['Mumbai', 'city', 'IN'], ['Bombay', 'city', 'IN'], ['Kolkata', 'city', 'IN'],
  ['Calcutta', 'city', 'IN'], ['Chennai', 'city', 'IN'], ['Bangalore', 'city', 'IN'], ['Dubai', 'city', 'AE'], ['Jeddah', 'city', 'SA'],
  ['Mecca', 'city', 'SA'], ['Jerusalem', 'city', 'IL'], ['Johannesburg', 'city', 'ZA'], ['Cape Town', 'city', 'ZA'], ['Lagos', 'city', 'NG'],
  ['Alexandria', 'city', 'EG'], ['Casablanca', 'city', 'MA'], ['Sao Paulo', 'city', 'BR'], ['Rio de Janeiro', 'city', 'BR'],
  ['Buenos Aires', 'city', 'AR'], ['Osaka', 'city', 'JP'], ['Seoul', 'city', 'KR'], ['Ho Chi Minh City', 'city', 'VN'], ['Saigon', 'city', 'VN'],
  ['Sarajevo', 'city', 'BA'], ['Grozny', 'city', 'RU'], ['Kiev', 'city', 'UA'], ['Kyiv', 'city', 'UA'], ['Gdansk', 'city', 'PL'],
  ['Rotterdam', 'city', 'NL'], ['Antwerp', 'city', 'BE'], ['Auckland', 'city', 'NZ'], ['Karbala', 'city', 'IQ'], ['Najaf', 'city', 'IQ'],
  // First-level regions often named alone
  ['California', 'province', 'US'], ['Texas', 'province', 'US'], ['Florida', 'province', 'US'], ['New York State', 'province', 'US'],
  ['Ontario', 'province', 'CA'], ['Quebec', 'province', 'CA'], ['Bavaria', 'province', 'DE'], ['Catalonia', 'region', 'ES'],
  ['Basque Country', 'region', 'ES'], ['Corsica', 'region', 'FR'], ['Sicily', 'region', 'IT'], ['Kosovo', 'region', 'XK'],
  ['Northern Ireland', 'region', 'GB'], ['Kashmir Valley', 'region', 'IN'], ['Assam', 'province', 'IN'], ['Manipur', 'province', 'IN'],
  ['Aceh', 'province', 'ID'], ['Papua', 'province', 'ID'], ['Bosnia', 'region', 'BA'], ['Kurdistan Region', 'region', 'IQ'],
  ['Middle East', 'region', ''], ['Europe', 'region', ''], ['Asia', 'region', ''], ['Africa', 'region', ''], ['Latin America', 'region', ''],
  ['South America', 'region', ''], ['North America', 'region', ''], ['Central America', 'region', ''], ['Balkans', 'region', ''],
  ['Gulf', 'region', ''], ['Persian Gulf', 'region', ''], ['Caucasus', 'region', ''], ['Horn of Africa', 'region', ''],
];

/** Head words after a name that make it a place of that kind: "Kurram region", "Torkham crossing". */
export const PLACE_HEADS: Readonly<Record<string, LocationKind>> = table({
  region: 'region', province: 'province', district: 'district', state: 'province', county: 'district',
  governorate: 'province', prefecture: 'province', oblast: 'region', valley: 'region', city: 'city', town: 'city',
  village: 'city', crossing: 'crossing', checkpoint: 'crossing', camp: 'facility', airport: 'facility', airbase: 'facility',
  base: 'facility', port: 'facility', prison: 'facility', hospital: 'facility', refinery: 'facility', dam: 'facility',
  border: 'border', area: 'other', neighbourhood: 'district', neighborhood: 'district', municipality: 'city', regions: 'region',
  provinces: 'province', districts: 'district', crossings: 'crossing', towns: 'city', villages: 'city', cities: 'city',
});

/** Last words that make a capitalised name a place: "Oklahoma City", "Caspian Sea", "Bagram Airfield". */
export const PLACE_LAST_WORDS: Readonly<Record<string, LocationKind>> = table({
  city: 'city', sea: 'region', ocean: 'region', river: 'region', lake: 'region', island: 'region', islands: 'region',
  mountains: 'region', desert: 'region', strait: 'region', bay: 'region', coast: 'region', peninsula: 'region',
  valley: 'region', hills: 'region', province: 'province', region: 'region', district: 'district', county: 'district',
  governorate: 'province', street: 'facility', avenue: 'facility', road: 'facility', square: 'facility', park: 'facility',
  stadium: 'facility', house: 'facility', palace: 'facility', bridge: 'facility', airport: 'facility', airfield: 'facility',
  airbase: 'facility', station: 'facility', mosque: 'facility', temple: 'facility', cathedral: 'facility', hotel: 'facility',
  tower: 'facility', arena: 'facility', cafe: 'facility', restaurant: 'facility', market: 'facility', bazaar: 'facility',
  mall: 'facility', school: 'facility', hospital: 'facility', prison: 'facility', camp: 'facility', crossing: 'crossing',
  checkpoint: 'crossing', gate: 'facility', base: 'facility',
});

/** Words after which a capitalised name is a place: "near Torkham", "in Kurram". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'at', 'outside', 'from', 'to', 'across', 'into', 'around', 'towards', 'toward', 'between']);

/**
 * Names that are also ordinary English words: matched only when capitalised in mixed-case text,
 * never in all-lower-case text.
 */
export const AMBIGUOUS_PLACE_WORDS: ReadonlySet<string> = new Set([
  'us', 'turkey', 'chad', 'jordan', 'georgia', 'niger', 'china', 'guinea', 'nice', 'reading', 'mobile', 'bath', 'split',
  'gulf', 'swat', 'khyber', 'shan', 'cali', 'wales', 'washington', 'asia', 'europe', 'africa', 'sinai', 'papua', 'dominica',
  'victoria', 'sale', 'march', 'may', 'erez', 'gambia', 'the valley', 'road town', 'stanley', 'hamilton', 'kingston',
  'plymouth', 'west island', 'midwest', 'far east', 'cali', 'split', 'phoenix', 'bristol', 'douglas',
]);

/** Prepositions that put an event in a place ("in X", "near X", "on the city of X"); not "from"/"to" (origin, goal). */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'near', 'at', 'outside', 'across', 'around', 'on', 'inside', 'along', 'throughout', 'within', 'off',
]);
