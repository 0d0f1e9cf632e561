/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Search_Place_DetailInputs */

const en_search_place_detail = /** @type {(inputs: Search_Place_DetailInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Place · ${n} event`);
	return /** @type {LocalizedString} */ (`Place · ${n} events`)
	
};

const fr_search_place_detail = /** @type {(inputs: Search_Place_DetailInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Lieu · ${n} événement`);
	return /** @type {LocalizedString} */ (`Lieu · ${n} événements`)
	
};

const de_search_place_detail = /** @type {(inputs: Search_Place_DetailInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ort · ${n} Ereignis`);
	return /** @type {LocalizedString} */ (`Ort · ${n} Ereignisse`)
	
};

const uk_search_place_detail = /** @type {(inputs: Search_Place_DetailInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Місце · ${n} подія`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Місце · ${n} події`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Місце · ${n} подій`);
	return /** @type {LocalizedString} */ (`Місце · ${n} події`)
	
};

const ru_search_place_detail = /** @type {(inputs: Search_Place_DetailInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Место · ${n} событие`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Место · ${n} события`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Место · ${n} событий`);
	return /** @type {LocalizedString} */ (`Место · ${n} события`)
	
};

const ar_search_place_detail = /** @type {(inputs: Search_Place_DetailInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`مكان · لا أحداث`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`مكان · حدث واحد`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`مكان · حدثان`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`مكان · ${n} أحداث`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`مكان · ${n} حدثًا`);
	return /** @type {LocalizedString} */ (`مكان · ${n} حدث`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Place · {n} event" |
* | * | "Place · {n} events" |
*
* @param {Search_Place_DetailInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const search_place_detail = /** @type {((inputs: Search_Place_DetailInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Search_Place_DetailInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_search_place_detail(inputs)
	if (locale === "de") return de_search_place_detail(inputs)
	if (locale === "uk") return uk_search_place_detail(inputs)
	if (locale === "ru") return ru_search_place_detail(inputs)
	if (locale === "ar") return ar_search_place_detail(inputs)
	return en_search_place_detail(inputs)
});