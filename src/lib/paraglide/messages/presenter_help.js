/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_HelpInputs */

const en_presenter_help = /** @type {((inputs: Presenter_HelpInputs) => LocalizedString) & { parts: (inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Presenter_HelpInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`→ PageDown Space next · ← PageUp previous · Home End · a number then Enter jumps ·`)
		}),
		{
			parts: /** @type {(inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "PageDown" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Space" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " next · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "PageUp" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " previous · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Home" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "End" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · a number then " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " jumps ·" }])
			})
		}
	)
);

const fr_presenter_help = /** @type {((inputs: Presenter_HelpInputs) => LocalizedString) & { parts: (inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Presenter_HelpInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`→ Pg suiv Espace suivante · ← Pg préc précédente · Début Fin · un numéro puis Entrée pour y aller ·`)
		}),
		{
			parts: /** @type {(inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Pg suiv" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Espace" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " suivante · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Pg préc" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " précédente · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Début" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Fin" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · un numéro puis " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Entrée" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " pour y aller ·" }])
			})
		}
	)
);

const de_presenter_help = /** @type {((inputs: Presenter_HelpInputs) => LocalizedString) & { parts: (inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Presenter_HelpInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`→ Bild ab Leertaste weiter · ← Bild auf zurück · Pos1 Ende · eine Nummer, dann Eingabe springt ·`)
		}),
		{
			parts: /** @type {(inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Bild ab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Leertaste" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " weiter · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Bild auf" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " zurück · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Pos1" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Ende" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · eine Nummer, dann " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Eingabe" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " springt ·" }])
			})
		}
	)
);

const uk_presenter_help = /** @type {((inputs: Presenter_HelpInputs) => LocalizedString) & { parts: (inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Presenter_HelpInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`→ PageDown Пробіл далі · ← PageUp назад · Home End · номер, потім Enter — перехід ·`)
		}),
		{
			parts: /** @type {(inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "PageDown" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Пробіл" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " далі · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "PageUp" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " назад · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Home" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "End" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · номер, потім " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — перехід ·" }])
			})
		}
	)
);

const ru_presenter_help = /** @type {((inputs: Presenter_HelpInputs) => LocalizedString) & { parts: (inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Presenter_HelpInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`→ PageDown Пробел далее · ← PageUp назад · Home End · номер, затем Enter — переход ·`)
		}),
		{
			parts: /** @type {(inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "PageDown" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Пробел" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " далее · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "PageUp" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " назад · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Home" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "End" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · номер, затем " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — переход ·" }])
			})
		}
	)
);

const ar_presenter_help = /** @type {((inputs: Presenter_HelpInputs) => LocalizedString) & { parts: (inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Presenter_HelpInputs) => LocalizedString} */ (() => {
			return /** @type {LocalizedString} */ (`→ PageDown مسافة التالي · ← PageUp السابق · Home End · رقم ثم Enter للانتقال ·`)
		}),
		{
			parts: /** @type {(inputs: Presenter_HelpInputs) => import('../runtime.js').MessagePart[]} */ (() => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "→" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "PageDown" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "مسافة" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " التالي · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "←" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "PageUp" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " السابق · " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Home" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "End" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " · رقم ثم " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " للانتقال ·" }])
			})
		}
	)
);

/**
* | output |
* | --- |
* | "→ PageDown Space next · ← PageUp previous · Home End · a number then Enter jumps ·" |
*
* @param {Presenter_HelpInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const presenter_help = /** @type {((inputs?: Presenter_HelpInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & { parts: (inputs?: Presenter_HelpInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[] } & import('../runtime.js').MessageMetadata<Presenter_HelpInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, { kbd: { options: {}; attributes: {}; children: true } }>} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs?: Presenter_HelpInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString} */ ((inputs = {}, options = {}) => {
			const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
			if (locale === "fr") return fr_presenter_help(inputs)
			if (locale === "de") return de_presenter_help(inputs)
			if (locale === "uk") return uk_presenter_help(inputs)
			if (locale === "ru") return ru_presenter_help(inputs)
			if (locale === "ar") return ar_presenter_help(inputs)
			return en_presenter_help(inputs)
		}),
		{
			parts: /** @type {(inputs?: Presenter_HelpInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[]} */ ((inputs = {}, options = {}) => {
				const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
				if (locale === "fr") return typeof fr_presenter_help.parts === "function" ? fr_presenter_help.parts(inputs) : [{ type: "text", value: fr_presenter_help(inputs) }]
				if (locale === "de") return typeof de_presenter_help.parts === "function" ? de_presenter_help.parts(inputs) : [{ type: "text", value: de_presenter_help(inputs) }]
				if (locale === "uk") return typeof uk_presenter_help.parts === "function" ? uk_presenter_help.parts(inputs) : [{ type: "text", value: uk_presenter_help(inputs) }]
				if (locale === "ru") return typeof ru_presenter_help.parts === "function" ? ru_presenter_help.parts(inputs) : [{ type: "text", value: ru_presenter_help(inputs) }]
				if (locale === "ar") return typeof ar_presenter_help.parts === "function" ? ar_presenter_help.parts(inputs) : [{ type: "text", value: ar_presenter_help(inputs) }]
				return typeof en_presenter_help.parts === "function" ? en_presenter_help.parts(inputs) : [{ type: "text", value: en_presenter_help(inputs) }]
			})
		}
	)
);