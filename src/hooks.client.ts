// Installs the page's locale (from <html lang>) for the message functions before hydration.
import '$lib/i18n/page';
