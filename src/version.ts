/** The package version, injected at build time by tsup (see tsup.config.ts). */
declare const __NEWSCLAIMS_VERSION__: string | undefined;
export const VERSION: string = typeof __NEWSCLAIMS_VERSION__ === 'string' ? __NEWSCLAIMS_VERSION__ : '0.0.0-dev';
