/** Languages the service moderates; anything else is `other`. Swiss German counts as `de`. */
export const LANGUAGES = ['de', 'fr', 'it', 'en', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];
