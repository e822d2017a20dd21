/**
 * Each area of the portal keeps its strings in one file with both languages side by side; `en` must have
 * exactly the keys of `fa`, so a missing translation fails the typecheck.
 */
export type Translation<F> = { [K in keyof F]: string };
