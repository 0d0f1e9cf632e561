/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} Home_PresentationInputs */

const en_home_presentation = /** @type {(inputs: Home_PresentationInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Presentation (${n} scene)`);
	return /** @type {LocalizedString} */ (`Presentation (${n} scenes)`)
	
};

const fr_home_presentation = /** @type {(inputs: Home_PresentationInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Présentation (${n} scène)`);
	return /** @type {LocalizedString} */ (`Présentation (${n} scènes)`)
	
};

const de_home_presentation = /** @type {(inputs: Home_PresentationInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Präsentation (${n} Szene)`);
	return /** @type {LocalizedString} */ (`Präsentation (${n} Szenen)`)
	
};

const uk_home_presentation = /** @type {(inputs: Home_PresentationInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});return /** @type {LocalizedString} */ (`Презентація (сцен: ${i?.count})`)
};

const ru_home_presentation = /** @type {(inputs: Home_PresentationInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});return /** @type {LocalizedString} */ (`Презентация (сцен: ${i?.count})`)
};

const ar_home_presentation = /** @type {(inputs: Home_PresentationInputs) => LocalizedString} */ (i) => {
	const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});return /** @type {LocalizedString} */ (`العرض التقديمي (المشاهد: ${i?.count})`)
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Presentation ({n} scene)" |
* | * | "Presentation ({n} scenes)" |
*
* @param {Home_PresentationInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const home_presentation = /** @type {((inputs: Home_PresentationInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Home_PresentationInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_home_presentation(inputs)
	if (locale === "de") return de_home_presentation(inputs)
	if (locale === "uk") return uk_home_presentation(inputs)
	if (locale === "ru") return ru_home_presentation(inputs)
	if (locale === "ar") return ar_home_presentation(inputs)
	return en_home_presentation(inputs)
});