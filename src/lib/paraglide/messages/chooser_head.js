/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Chooser_HeadInputs */

const en_chooser_head = /** @type {(inputs: Chooser_HeadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} here`);
	return /** @type {LocalizedString} */ (`${n} here`)
	
};

const fr_chooser_head = /** @type {(inputs: Chooser_HeadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} ici`);
	return /** @type {LocalizedString} */ (`${n} ici`)
	
};

const de_chooser_head = /** @type {(inputs: Chooser_HeadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} hier`);
	return /** @type {LocalizedString} */ (`${n} hier`)
	
};

const uk_chooser_head = /** @type {(inputs: Chooser_HeadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} тут`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} тут`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} тут`);
	return /** @type {LocalizedString} */ (`${n} тут`)
	
};

const ru_chooser_head = /** @type {(inputs: Chooser_HeadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`${n} здесь`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} здесь`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} здесь`);
	return /** @type {LocalizedString} */ (`${n} здесь`)
	
};

const ar_chooser_head = /** @type {(inputs: Chooser_HeadInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`لا شيء هنا`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`واحدة هنا`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`اثنتان هنا`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`${n} هنا`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`${n} هنا`);
	return /** @type {LocalizedString} */ (`${n} هنا`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "{n} here" |
* | * | "{n} here" |
*
* @param {Chooser_HeadInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const chooser_head = /** @type {((inputs: Chooser_HeadInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Chooser_HeadInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_chooser_head(inputs)
	if (locale === "de") return de_chooser_head(inputs)
	if (locale === "uk") return uk_chooser_head(inputs)
	if (locale === "ru") return ru_chooser_head(inputs)
	if (locale === "ar") return ar_chooser_head(inputs)
	return en_chooser_head(inputs)
});