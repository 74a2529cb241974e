import { fileURLToPath } from 'node:url';

/** The project's own folders, found from this file rather than the working directory. */
export const defaultContentDir = () => fileURLToPath(new URL('../../content/', import.meta.url));
export const defaultLocalesDir = () => fileURLToPath(new URL('../../locales/', import.meta.url));
