/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ count: NonNullable<unknown> }} App_Intro_BodyInputs */

const en_app_intro_body = /** @type {((inputs: App_Intro_BodyInputs) => LocalizedString) & { parts: (inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: App_Intro_BodyInputs) => LocalizedString} */ ((i) => {
			const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Every mark is an event stated in ${n} news report. Select a mark or a place — by click, tap, or Tab then Enter — to see what happened, who was involved, and the sentence that says so.`);
	return /** @type {LocalizedString} */ (`Every mark is an event stated in one of ${n} news reports. Select a mark or a place — by click, tap, or Tab then Enter — to see what happened, who was involved, and the sentence that says so.`)
	
		}),
		{
			parts: /** @type {(inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				const countPlural = registry.plural("en", i?.count, {});
	const n = registry.number("en", i?.count, {});
	if (countPlural === "one") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Every mark is an event stated in " }, { type: "text", value: String(n) }, { type: "text", value: " news report. Select a mark or a place — by click, tap, or " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " then " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — to see what happened, who was involved, and the sentence that says so." }]);
	return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Every mark is an event stated in one of " }, { type: "text", value: String(n) }, { type: "text", value: " news reports. Select a mark or a place — by click, tap, or " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " then " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — to see what happened, who was involved, and the sentence that says so." }])
	
			})
		}
	)
);

const fr_app_intro_body = /** @type {((inputs: App_Intro_BodyInputs) => LocalizedString) & { parts: (inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: App_Intro_BodyInputs) => LocalizedString} */ ((i) => {
			const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Chaque symbole est un événement rapporté par ${n} article de presse. Sélectionnez un symbole ou un lieu — d’un clic, d’un toucher, ou avec Tab puis Entrée — pour voir ce qui s’est passé, qui était impliqué et la phrase qui l’affirme.`);
	return /** @type {LocalizedString} */ (`Chaque symbole est un événement rapporté dans l’un des ${n} articles de presse. Sélectionnez un symbole ou un lieu — d’un clic, d’un toucher, ou avec Tab puis Entrée — pour voir ce qui s’est passé, qui était impliqué et la phrase qui l’affirme.`)
	
		}),
		{
			parts: /** @type {(inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				const countPlural = registry.plural("fr", i?.count, {});
	const n = registry.number("fr", i?.count, {});
	if (countPlural === "one") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Chaque symbole est un événement rapporté par " }, { type: "text", value: String(n) }, { type: "text", value: " article de presse. Sélectionnez un symbole ou un lieu — d’un clic, d’un toucher, ou avec " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " puis " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Entrée" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — pour voir ce qui s’est passé, qui était impliqué et la phrase qui l’affirme." }]);
	return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Chaque symbole est un événement rapporté dans l’un des " }, { type: "text", value: String(n) }, { type: "text", value: " articles de presse. Sélectionnez un symbole ou un lieu — d’un clic, d’un toucher, ou avec " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " puis " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Entrée" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — pour voir ce qui s’est passé, qui était impliqué et la phrase qui l’affirme." }])
	
			})
		}
	)
);

const de_app_intro_body = /** @type {((inputs: App_Intro_BodyInputs) => LocalizedString) & { parts: (inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: App_Intro_BodyInputs) => LocalizedString} */ ((i) => {
			const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Jede Markierung ist ein Ereignis, das in ${n} Nachrichtenbericht genannt wird. Wählen Sie eine Markierung oder einen Ort — per Klick, Tippen oder mit Tab und dann Eingabe —, um zu sehen, was geschah, wer beteiligt war und welcher Satz es belegt.`);
	return /** @type {LocalizedString} */ (`Jede Markierung ist ein Ereignis, das in einem von ${n} Nachrichtenberichten genannt wird. Wählen Sie eine Markierung oder einen Ort — per Klick, Tippen oder mit Tab und dann Eingabe —, um zu sehen, was geschah, wer beteiligt war und welcher Satz es belegt.`)
	
		}),
		{
			parts: /** @type {(inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				const countPlural = registry.plural("de", i?.count, {});
	const n = registry.number("de", i?.count, {});
	if (countPlural === "one") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Jede Markierung ist ein Ereignis, das in " }, { type: "text", value: String(n) }, { type: "text", value: " Nachrichtenbericht genannt wird. Wählen Sie eine Markierung oder einen Ort — per Klick, Tippen oder mit " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " und dann " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Eingabe" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " —, um zu sehen, was geschah, wer beteiligt war und welcher Satz es belegt." }]);
	return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Jede Markierung ist ein Ereignis, das in einem von " }, { type: "text", value: String(n) }, { type: "text", value: " Nachrichtenberichten genannt wird. Wählen Sie eine Markierung oder einen Ort — per Klick, Tippen oder mit " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " und dann " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Eingabe" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " —, um zu sehen, was geschah, wer beteiligt war und welcher Satz es belegt." }])
	
			})
		}
	)
);

const uk_app_intro_body = /** @type {((inputs: App_Intro_BodyInputs) => LocalizedString) & { parts: (inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: App_Intro_BodyInputs) => LocalizedString} */ ((i) => {
			const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Кожна позначка — подія, про яку йдеться в ${n} новинному матеріалі. Виберіть позначку або місце — клацанням, дотиком або клавішею Tab, а потім Enter, — щоб побачити, що сталося, хто був причетний і яке речення про це свідчить.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Кожна позначка — подія, про яку йдеться в одному з ${n} новинних матеріалів. Виберіть позначку або місце — клацанням, дотиком або клавішею Tab, а потім Enter, — щоб побачити, що сталося, хто був причетний і яке речення про це свідчить.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Кожна позначка — подія, про яку йдеться в одному з ${n} новинних матеріалів. Виберіть позначку або місце — клацанням, дотиком або клавішею Tab, а потім Enter, — щоб побачити, що сталося, хто був причетний і яке речення про це свідчить.`);
	return /** @type {LocalizedString} */ (`Кожна позначка — подія, про яку йдеться в одному з ${n} новинних матеріалів. Виберіть позначку або місце — клацанням, дотиком або клавішею Tab, а потім Enter, — щоб побачити, що сталося, хто був причетний і яке речення про це свідчить.`)
	
		}),
		{
			parts: /** @type {(inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				const countPlural = registry.plural("uk", i?.count, {});
	const n = registry.number("uk", i?.count, {});
	if (countPlural === "one") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Кожна позначка — подія, про яку йдеться в " }, { type: "text", value: String(n) }, { type: "text", value: " новинному матеріалі. Виберіть позначку або місце — клацанням, дотиком або клавішею " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", а потім " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", — щоб побачити, що сталося, хто був причетний і яке речення про це свідчить." }]);
	if (countPlural === "few") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Кожна позначка — подія, про яку йдеться в одному з " }, { type: "text", value: String(n) }, { type: "text", value: " новинних матеріалів. Виберіть позначку або місце — клацанням, дотиком або клавішею " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", а потім " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", — щоб побачити, що сталося, хто був причетний і яке речення про це свідчить." }]);
	if (countPlural === "many") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Кожна позначка — подія, про яку йдеться в одному з " }, { type: "text", value: String(n) }, { type: "text", value: " новинних матеріалів. Виберіть позначку або місце — клацанням, дотиком або клавішею " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", а потім " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", — щоб побачити, що сталося, хто був причетний і яке речення про це свідчить." }]);
	return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Кожна позначка — подія, про яку йдеться в одному з " }, { type: "text", value: String(n) }, { type: "text", value: " новинних матеріалів. Виберіть позначку або місце — клацанням, дотиком або клавішею " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", а потім " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", — щоб побачити, що сталося, хто був причетний і яке речення про це свідчить." }])
	
			})
		}
	)
);

const ru_app_intro_body = /** @type {((inputs: App_Intro_BodyInputs) => LocalizedString) & { parts: (inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: App_Intro_BodyInputs) => LocalizedString} */ ((i) => {
			const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Каждая метка — событие, о котором говорится в ${n} новостном материале. Выберите метку или место — щелчком, касанием или клавишей Tab, а затем Enter, — чтобы увидеть, что произошло, кто был причастен и какая фраза об этом говорит.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`Каждая метка — событие, о котором говорится в одном из ${n} новостных материалов. Выберите метку или место — щелчком, касанием или клавишей Tab, а затем Enter, — чтобы увидеть, что произошло, кто был причастен и какая фраза об этом говорит.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`Каждая метка — событие, о котором говорится в одном из ${n} новостных материалов. Выберите метку или место — щелчком, касанием или клавишей Tab, а затем Enter, — чтобы увидеть, что произошло, кто был причастен и какая фраза об этом говорит.`);
	return /** @type {LocalizedString} */ (`Каждая метка — событие, о котором говорится в одном из ${n} новостных материалов. Выберите метку или место — щелчком, касанием или клавишей Tab, а затем Enter, — чтобы увидеть, что произошло, кто был причастен и какая фраза об этом говорит.`)
	
		}),
		{
			parts: /** @type {(inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				const countPlural = registry.plural("ru", i?.count, {});
	const n = registry.number("ru", i?.count, {});
	if (countPlural === "one") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Каждая метка — событие, о котором говорится в " }, { type: "text", value: String(n) }, { type: "text", value: " новостном материале. Выберите метку или место — щелчком, касанием или клавишей " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", а затем " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", — чтобы увидеть, что произошло, кто был причастен и какая фраза об этом говорит." }]);
	if (countPlural === "few") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Каждая метка — событие, о котором говорится в одном из " }, { type: "text", value: String(n) }, { type: "text", value: " новостных материалов. Выберите метку или место — щелчком, касанием или клавишей " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", а затем " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", — чтобы увидеть, что произошло, кто был причастен и какая фраза об этом говорит." }]);
	if (countPlural === "many") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Каждая метка — событие, о котором говорится в одном из " }, { type: "text", value: String(n) }, { type: "text", value: " новостных материалов. Выберите метку или место — щелчком, касанием или клавишей " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", а затем " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", — чтобы увидеть, что произошло, кто был причастен и какая фраза об этом говорит." }]);
	return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "Каждая метка — событие, о котором говорится в одном из " }, { type: "text", value: String(n) }, { type: "text", value: " новостных материалов. Выберите метку или место — щелчком, касанием или клавишей " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", а затем " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: ", — чтобы увидеть, что произошло, кто был причастен и какая фраза об этом говорит." }])
	
			})
		}
	)
);

const ar_app_intro_body = /** @type {((inputs: App_Intro_BodyInputs) => LocalizedString) & { parts: (inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[] }} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: App_Intro_BodyInputs) => LocalizedString} */ ((i) => {
			const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {LocalizedString} */ (`كل علامة على الخريطة حدثٌ ورد في تقرير إخباري. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح Tab ثم Enter — لترى ما حدث ومن شارك فيه والجملة التي تذكره.`);
	if (countPlural === "one") return /** @type {LocalizedString} */ (`كل علامة على الخريطة حدثٌ ورد في تقرير إخباري واحد. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح Tab ثم Enter — لترى ما حدث ومن شارك فيه والجملة التي تذكره.`);
	if (countPlural === "two") return /** @type {LocalizedString} */ (`كل علامة على الخريطة حدثٌ ورد في أحد تقريرين إخباريين. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح Tab ثم Enter — لترى ما حدث ومن شارك فيه والجملة التي تذكره.`);
	if (countPlural === "few") return /** @type {LocalizedString} */ (`كل علامة على الخريطة حدثٌ ورد في أحد ${n} تقارير إخبارية. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح Tab ثم Enter — لترى ما حدث ومن شارك فيه والجملة التي تذكره.`);
	if (countPlural === "many") return /** @type {LocalizedString} */ (`كل علامة على الخريطة حدثٌ ورد في أحد ${n} تقريرًا إخباريًا. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح Tab ثم Enter — لترى ما حدث ومن شارك فيه والجملة التي تذكره.`);
	return /** @type {LocalizedString} */ (`كل علامة على الخريطة حدثٌ ورد في أحد ${n} تقرير إخباري. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح Tab ثم Enter — لترى ما حدث ومن شارك فيه والجملة التي تذكره.`)
	
		}),
		{
			parts: /** @type {(inputs: App_Intro_BodyInputs) => import('../runtime.js').MessagePart[]} */ ((i) => {
				const countPlural = registry.plural("ar", i?.count, {});
	const n = registry.number("ar", i?.count, {});
	if (countPlural === "zero") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "كل علامة على الخريطة حدثٌ ورد في تقرير إخباري. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " ثم " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — لترى ما حدث ومن شارك فيه والجملة التي تذكره." }]);
	if (countPlural === "one") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "كل علامة على الخريطة حدثٌ ورد في تقرير إخباري واحد. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " ثم " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — لترى ما حدث ومن شارك فيه والجملة التي تذكره." }]);
	if (countPlural === "two") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "كل علامة على الخريطة حدثٌ ورد في أحد تقريرين إخباريين. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " ثم " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — لترى ما حدث ومن شارك فيه والجملة التي تذكره." }]);
	if (countPlural === "few") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "كل علامة على الخريطة حدثٌ ورد في أحد " }, { type: "text", value: String(n) }, { type: "text", value: " تقارير إخبارية. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " ثم " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — لترى ما حدث ومن شارك فيه والجملة التي تذكره." }]);
	if (countPlural === "many") return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "كل علامة على الخريطة حدثٌ ورد في أحد " }, { type: "text", value: String(n) }, { type: "text", value: " تقريرًا إخباريًا. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " ثم " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — لترى ما حدث ومن شارك فيه والجملة التي تذكره." }]);
	return /** @type {import('../runtime.js').MessagePart[]} */ ([{ type: "text", value: "كل علامة على الخريطة حدثٌ ورد في أحد " }, { type: "text", value: String(n) }, { type: "text", value: " تقرير إخباري. اختر علامة أو مكانًا — بالنقر أو اللمس أو بمفتاح " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Tab" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " ثم " }, { type: "markup-start", name: "kbd", options: {}, attributes: {} }, { type: "text", value: "Enter" }, { type: "markup-end", name: "kbd", options: {}, attributes: {} }, { type: "text", value: " — لترى ما حدث ومن شارك فيه والجملة التي تذكره." }])
	
			})
		}
	)
);

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Every mark is an event stated in {n} news report. Select a mark or a place — by click, tap, or Tab then Enter — to see what happened, who was involved, and t..." |
* | * | "Every mark is an event stated in one of {n} news reports. Select a mark or a place — by click, tap, or Tab then Enter — to see what happened, who was involve..." |
*
* @param {App_Intro_BodyInputs} inputs
* @param {{ locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }} options
* @returns {LocalizedString}
*/
export const app_intro_body = /** @type {((inputs: App_Intro_BodyInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString) & { parts: (inputs: App_Intro_BodyInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[] } & import('../runtime.js').MessageMetadata<App_Intro_BodyInputs, { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }, { kbd: { options: {}; attributes: {}; children: true } }>} */ (
	/* @__PURE__ */ Object.assign(
		/** @type {(inputs: App_Intro_BodyInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => LocalizedString} */ ((inputs, options = {}) => {
			const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
			if (locale === "fr") return fr_app_intro_body(inputs)
			if (locale === "de") return de_app_intro_body(inputs)
			if (locale === "uk") return uk_app_intro_body(inputs)
			if (locale === "ru") return ru_app_intro_body(inputs)
			if (locale === "ar") return ar_app_intro_body(inputs)
			return en_app_intro_body(inputs)
		}),
		{
			parts: /** @type {(inputs: App_Intro_BodyInputs, options?: { locale?: "en" | "fr" | "de" | "uk" | "ru" | "ar" }) => import('../runtime.js').MessagePart[]} */ ((inputs, options = {}) => {
				const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
				if (locale === "fr") return typeof fr_app_intro_body.parts === "function" ? fr_app_intro_body.parts(inputs) : [{ type: "text", value: fr_app_intro_body(inputs) }]
				if (locale === "de") return typeof de_app_intro_body.parts === "function" ? de_app_intro_body.parts(inputs) : [{ type: "text", value: de_app_intro_body(inputs) }]
				if (locale === "uk") return typeof uk_app_intro_body.parts === "function" ? uk_app_intro_body.parts(inputs) : [{ type: "text", value: uk_app_intro_body(inputs) }]
				if (locale === "ru") return typeof ru_app_intro_body.parts === "function" ? ru_app_intro_body.parts(inputs) : [{ type: "text", value: ru_app_intro_body(inputs) }]
				if (locale === "ar") return typeof ar_app_intro_body.parts === "function" ? ar_app_intro_body.parts(inputs) : [{ type: "text", value: ar_app_intro_body(inputs) }]
				return typeof en_app_intro_body.parts === "function" ? en_app_intro_body.parts(inputs) : [{ type: "text", value: en_app_intro_body(inputs) }]
			})
		}
	)
);