/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ number: NonNullable<unknown> }} Present_Go_ToInputs */

const en_present_go_to = /** @type {((inputs: Present_Go_ToInputs) => LocalizedString) & { parts: (inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_Go_ToInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`Go to scene ${i?.number}… Enter`)
		}),
		{
			parts: /** @type {(inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Go to scene " }, { type: "text", value: String(i?.number) }, { type: "text", value: "… " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }])
			})
		}
	)
);

const fr_present_go_to = /** @type {((inputs: Present_Go_ToInputs) => LocalizedString) & { parts: (inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_Go_ToInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`Aller à la scène ${i?.number}… Entrée`)
		}),
		{
			parts: /** @type {(inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Aller à la scène " }, { type: "text", value: String(i?.number) }, { type: "text", value: "… " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Entrée" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }])
			})
		}
	)
);

const de_present_go_to = /** @type {((inputs: Present_Go_ToInputs) => LocalizedString) & { parts: (inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_Go_ToInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`Zu Szene ${i?.number}… Eingabe`)
		}),
		{
			parts: /** @type {(inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Zu Szene " }, { type: "text", value: String(i?.number) }, { type: "text", value: "… " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Eingabe" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }])
			})
		}
	)
);

const uk_present_go_to = /** @type {((inputs: Present_Go_ToInputs) => LocalizedString) & { parts: (inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_Go_ToInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`Перейти до сцени ${i?.number}… Enter`)
		}),
		{
			parts: /** @type {(inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Перейти до сцени " }, { type: "text", value: String(i?.number) }, { type: "text", value: "… " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }])
			})
		}
	)
);

const ru_present_go_to = /** @type {((inputs: Present_Go_ToInputs) => LocalizedString) & { parts: (inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_Go_ToInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`Перейти к сцене ${i?.number}… Enter`)
		}),
		{
			parts: /** @type {(inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Перейти к сцене " }, { type: "text", value: String(i?.number) }, { type: "text", value: "… " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }])
			})
		}
	)
);

const ar_present_go_to = /** @type {((inputs: Present_Go_ToInputs) => LocalizedString) & { parts: (inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_Go_ToInputs) => LocalizedString} */ ((i) => {
			return /** @type {LocalizedString} */ (`الانتقال إلى المشهد ${i?.number}… Enter`)
		}),
		{
			parts: /** @type {(inputs: Present_Go_ToInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "الانتقال إلى المشهد " }, { type: "text", value: String(i?.number) }, { type: "text", value: "… " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }])
			})
		}
	)
);

/**
* | output |
* | --- |
* | "Go to scene {number}… Enter" |
*
* @param {Present_Go_ToInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const present_go_to = /** @type {((inputs: Present_Go_ToInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & { parts: (inputs: Present_Go_ToInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[] } & import('../runtime.js').MessageMetadata<Present_Go_ToInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, { kbd: { options: {}; attributes: {}; children: true } }>} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: Present_Go_ToInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString} */ ((inputs, options = {}) => {
			const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
			if (locale === "fr") return fr_present_go_to(inputs)
			if (locale === "de") return de_present_go_to(inputs)
			if (locale === "uk") return uk_present_go_to(inputs)
			if (locale === "ru") return ru_present_go_to(inputs)
			if (locale === "ar") return ar_present_go_to(inputs)
			return en_present_go_to(inputs)
		}),
		{
			parts: /** @type {(inputs: Present_Go_ToInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[]} */ ((inputs, options = {}) => {
				const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
				if (locale === "fr") return typeof fr_present_go_to.parts === "function" ? fr_present_go_to.parts(inputs) : [{ type: "text", value: fr_present_go_to(inputs) }]
				if (locale === "de") return typeof de_present_go_to.parts === "function" ? de_present_go_to.parts(inputs) : [{ type: "text", value: de_present_go_to(inputs) }]
				if (locale === "uk") return typeof uk_present_go_to.parts === "function" ? uk_present_go_to.parts(inputs) : [{ type: "text", value: uk_present_go_to(inputs) }]
				if (locale === "ru") return typeof ru_present_go_to.parts === "function" ? ru_present_go_to.parts(inputs) : [{ type: "text", value: ru_present_go_to(inputs) }]
				if (locale === "ar") return typeof ar_present_go_to.parts === "function" ? ar_present_go_to.parts(inputs) : [{ type: "text", value: ar_present_go_to(inputs) }]
				return typeof en_present_go_to.parts === "function" ? en_present_go_to.parts(inputs) : [{ type: "text", value: en_present_go_to(inputs) }]
			})
		}
	)
);