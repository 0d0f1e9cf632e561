/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Present_KeysInputs */

const en_present_keys = /** @type {((inputs: Present_KeysInputs) => LocalizedString) & { parts: (inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_KeysInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`Keys: → ← · Home End · number + Enter · F full screen · C contrast · Esc leave`)
		}),
		{
			parts: /** @type {(inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Keys: " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Home" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "End" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · number + " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "F" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " full screen · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "C" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " contrast · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Esc" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " leave" }])
			})
		}
	)
);

const fr_present_keys = /** @type {((inputs: Present_KeysInputs) => LocalizedString) & { parts: (inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_KeysInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`Touches : → ← · Début Fin · numéro + Entrée · F plein écran · C contraste · Échap quitter`)
		}),
		{
			parts: /** @type {(inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Touches : " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Début" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Fin" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · numéro + " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Entrée" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "F" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " plein écran · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "C" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " contraste · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Échap" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " quitter" }])
			})
		}
	)
);

const de_present_keys = /** @type {((inputs: Present_KeysInputs) => LocalizedString) & { parts: (inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_KeysInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`Tasten: → ← · Pos1 Ende · Nummer + Eingabe · F Vollbild · C Kontrast · Esc beenden`)
		}),
		{
			parts: /** @type {(inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Tasten: " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Pos1" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Ende" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · Nummer + " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Eingabe" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "F" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " Vollbild · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "C" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " Kontrast · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Esc" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " beenden" }])
			})
		}
	)
);

const uk_present_keys = /** @type {((inputs: Present_KeysInputs) => LocalizedString) & { parts: (inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_KeysInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`Клавіші: → ← · Home End · номер + Enter · F на весь екран · C контраст · Esc вийти`)
		}),
		{
			parts: /** @type {(inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Клавіші: " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Home" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "End" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · номер + " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "F" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " на весь екран · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "C" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " контраст · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Esc" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " вийти" }])
			})
		}
	)
);

const ru_present_keys = /** @type {((inputs: Present_KeysInputs) => LocalizedString) & { parts: (inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_KeysInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`Клавиши: → ← · Home End · номер + Enter · F во весь экран · C контраст · Esc выйти`)
		}),
		{
			parts: /** @type {(inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Клавиши: " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Home" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "End" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · номер + " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "F" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " во весь экран · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "C" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " контраст · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Esc" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " выйти" }])
			})
		}
	)
);

const ar_present_keys = /** @type {((inputs: Present_KeysInputs) => LocalizedString) & { parts: (inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_KeysInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`المفاتيح: → ← · Home End · رقم + Enter · F ملء الشاشة · C التباين · Esc خروج`)
		}),
		{
			parts: /** @type {(inputs: Present_KeysInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "المفاتيح: " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Home" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "End" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · رقم + " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "F" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " ملء الشاشة · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "C" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " التباين · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Esc" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " خروج" }])
			})
		}
	)
);

/**
* | output |
* | --- |
* | "Keys: → ← · Home End · number + Enter · F full screen · C contrast · Esc leave" |
*
* @param {Present_KeysInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_keys = /** @type {((inputs?: Present_KeysInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & { parts: (inputs?: Present_KeysInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[] } & import('../runtime.js').MessageMetadata<Present_KeysInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, { kbd: { options: {}; attributes: {}; children: true } }>} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs?: Present_KeysInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString} */ ((inputs = {}, options = {}) => {
			const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
			if (locale === "fr") return fr_present_keys(inputs)
			if (locale === "de") return de_present_keys(inputs)
			if (locale === "uk") return uk_present_keys(inputs)
			if (locale === "ru") return ru_present_keys(inputs)
			if (locale === "ar") return ar_present_keys(inputs)
			return en_present_keys(inputs)
		}),
		{
			parts: /** @type {(inputs?: Present_KeysInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[]} */ ((inputs = {}, options = {}) => {
				const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
				if (locale === "fr") return typeof fr_present_keys.parts === "function" ? fr_present_keys.parts(inputs) : [{ type: "text", value: fr_present_keys(inputs) }]
				if (locale === "de") return typeof de_present_keys.parts === "function" ? de_present_keys.parts(inputs) : [{ type: "text", value: de_present_keys(inputs) }]
				if (locale === "uk") return typeof uk_present_keys.parts === "function" ? uk_present_keys.parts(inputs) : [{ type: "text", value: uk_present_keys(inputs) }]
				if (locale === "ru") return typeof ru_present_keys.parts === "function" ? ru_present_keys.parts(inputs) : [{ type: "text", value: ru_present_keys(inputs) }]
				if (locale === "ar") return typeof ar_present_keys.parts === "function" ? ar_present_keys.parts(inputs) : [{ type: "text", value: ar_present_keys(inputs) }]
				return typeof en_present_keys.parts === "function" ? en_present_keys.parts(inputs) : [{ type: "text", value: en_present_keys(inputs) }]
			})
		}
	)
);