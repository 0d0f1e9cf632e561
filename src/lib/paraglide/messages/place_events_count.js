/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Place_Events_CountInputs */

const en_place_events_count = /** @type {(inputs: Place_Events_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} event`);
	return /** @type {LocalizedString} */ (`${n} events`)
	
};

const fr_place_events_count = /** @type {(inputs: Place_Events_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} événement`);
	return /** @type {LocalizedString} */ (`${n} événements`)
	
};

const de_place_events_count = /** @type {(inputs: Place_Events_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} Ereignis`);
	return /** @type {LocalizedString} */ (`${n} Ereignisse`)
	
};

const uk_place_events_count = /** @type {(inputs: Place_Events_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} подія`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} події`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} подій`);
	return /** @type {LocalizedString} */ (`${n} події`)
	
};

const ru_place_events_count = /** @type {(inputs: Place_Events_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} событие`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} события`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} событий`);
	return /** @type {LocalizedString} */ (`${n} события`)
	
};

const ar_place_events_count = /** @type {(inputs: Place_Events_CountInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`لا أحداث`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`حدث واحد`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`حدثان`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} أحداث`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} حدثًا`);
	return /** @type {LocalizedString} */ (`${n} حدث`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} event" |
* | * | "{n} events" |
*
* @param {Place_Events_CountInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const place_events_count = /** @type {((inputs: Place_Events_CountInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Place_Events_CountInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_place_events_count(inputs)
	if (locale === "de") return de_place_events_count(inputs)
	if (locale === "uk") return uk_place_events_count(inputs)
	if (locale === "ru") return ru_place_events_count(inputs)
	if (locale === "ar") return ar_place_events_count(inputs)
	return en_place_events_count(inputs)
});