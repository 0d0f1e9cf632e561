// Runs in the head of every page before the first paint (a blocking script, allowed by the
// CSP as 'self'): applies the reader's remembered colour scheme, so a dark page never flashes
// light. It also works the switch (ThemeSwitch.svelte renders it hidden) on pages that ship
// no app script, such as the place pages: with JavaScript the switch shows and works there
// too; without it, it stays hidden. An embed follows its own theme= option and the reader's
// system instead (embed-frame.js), never the site's switch.
(function () {
	if (/\/embed\/?$/.test(location.pathname)) return;
	var KEY = 'newsmap:theme';
	var root = document.documentElement;
	var stored = null;
	try {
		stored = localStorage.getItem(KEY);
	} catch (e) {
		// Storage refused: the system setting alone.
	}
	if (stored === 'light' || stored === 'dark') root.setAttribute('data-theme', stored);
	function choose(v) {
		if (v === 'light' || v === 'dark') root.setAttribute('data-theme', v);
		else root.removeAttribute('data-theme');
		try {
			if (v === 'light' || v === 'dark') localStorage.setItem(KEY, v);
			else localStorage.removeItem(KEY);
		} catch (e) {
			// Not remembered, still applied.
		}
	}
	function wire() {
		var selects = document.querySelectorAll('select[data-theme-switch]');
		for (var i = 0; i < selects.length; i++) {
			var s = selects[i];
			if (s.getAttribute('data-wired')) continue;
			s.setAttribute('data-wired', '');
			s.value = root.getAttribute('data-theme') || 'auto';
			s.addEventListener('change', function (e) {
				choose(e.target.value);
			});
			var label = s.closest('[hidden]');
			if (label) label.removeAttribute('hidden');
		}
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
	else wire();
})();
