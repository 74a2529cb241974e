/**
 * Interface strings (buttons, notices, prompts) through i18next. Legal content never lives here:
 * it is in content/. Each deployment gets its own instance, and each turn a `t` fixed to the
 * reply language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next, { type Resource, type ResourceKey, type TFunction, type i18n } from 'i18next';
import { BASE_LANGUAGE, SUPPORTED_LANGUAGES, type Lang } from './content/topic-ids.ts';
import { defaultLocalesDir } from './content/paths.ts';

export interface Strings {
  i18n: i18n;
  /** Languages that have a locales/<lang>.json file. */
  languages: Lang[];
  t(lang: Lang): TFunction;
  dir(lang: Lang): 'ltr' | 'rtl';
}

/**
 * The strings never change while the bot runs, and i18next's lookup is the costliest step of an
 * answer, so plain lookups (a key, with or without simple values) are remembered. Bounded, since
 * values such as a sources list are few but not fixed.
 */
function remembering(t: TFunction): TFunction {
  const seen = new Map<string, unknown>();
  const wrapped = ((key: string, options?: Record<string, unknown>) => {
    if (options && Object.values(options).some((v) => typeof v === 'object' && v !== null)) return t(key, options);
    const id = options ? `${key}\u0000${JSON.stringify(options)}` : key;
    if (seen.has(id)) return seen.get(id);
    const value = t(key, options);
    if (seen.size < 5000) seen.set(id, value);
    return value;
  }) as unknown as TFunction;
  return wrapped;
}

export async function loadStrings(dir = defaultLocalesDir()): Promise<Strings> {
  const resources: Resource = {};
  const languages: Lang[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const lang = file.slice(0, -'.json'.length) as Lang;
    if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(lang)) throw new Error(`locales/${file}: "${lang}" is not a supported language code`);
    try {
      resources[lang] = { bot: JSON.parse(readFileSync(join(dir, file), 'utf8')) as ResourceKey };
    } catch (error) {
      throw new Error(`locales/${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    languages.push(lang);
  }
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    ns: ['bot'],
    defaultNS: 'bot',
    fallbackLng: BASE_LANGUAGE,
    supportedLngs: languages,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  const fixed = new Map(languages.map((l) => [l, remembering(instance.getFixedT(l))]));
  const directions = new Map<string, 'ltr' | 'rtl'>();
  return {
    i18n: instance,
    languages,
    t: (lang) => fixed.get(lang) ?? fixed.get(BASE_LANGUAGE)!,
    dir: (lang) => {
      let d = directions.get(lang);
      if (!d) directions.set(lang, (d = instance.dir(lang) === 'rtl' ? 'rtl' : 'ltr'));
      return d;
    },
  };
}
