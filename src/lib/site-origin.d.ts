export declare const DEFAULT_SITE_ORIGIN: string;
export declare function resolveSiteOrigin(value: string | undefined): { origin: string; configured: boolean };
export declare function siteOriginNotice(site: { origin: string; configured: boolean }): string | null;
