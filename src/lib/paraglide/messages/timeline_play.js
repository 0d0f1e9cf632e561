/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Timeline_PlayInputs */

const en_timeline_play = /** @type {(inputs: Timeline_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Play the story date by date`)
};

const fr_timeline_play = /** @type {(inputs: Timeline_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Lire le récit date par date`)
};

const de_timeline_play = /** @type {(inputs: Timeline_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die Geschichte Datum für Datum abspielen`)
};

const uk_timeline_play = /** @type {(inputs: Timeline_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Відтворити історію день за днем`)
};

const ru_timeline_play = /** @type {(inputs: Timeline_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Воспроизвести историю день за днём`)
};

const ar_timeline_play = /** @type {(inputs: Timeline_PlayInputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`تشغيل القصة يومًا بيوم`)
};

/**
* | output |
* | --- |
* | "Play the story date by date" |
*
* @param {Timeline_PlayInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const timeline_play = /** @type {((inputs?: Timeline_PlayInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Timeline_PlayInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "fr") return fr_timeline_play(inputs)
	if (locale === "de") return de_timeline_play(inputs)
	if (locale === "uk") return uk_timeline_play(inputs)
	if (locale === "ru") return ru_timeline_play(inputs)
	if (locale === "ar") return ar_timeline_play(inputs)
	return en_timeline_play(inputs)
});