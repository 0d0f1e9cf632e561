/** The interface's languages: locales and negotiation, Intl formatting, country names. See docs/i18n.md. */
export * from './locales';
export * from './format';
export { countryName, intlCountryName, countryNameTable, WORLD_COUNTRIES_KEY, type CountryRecord } from './countries';
