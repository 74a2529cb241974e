/**
 * Recognises a request to change the reply language: "can you answer in Spanish?", "español",
 * "по-русски пожалуйста", "中文". A language named in passing ("do I have to speak English to
 * them?") is not a request unless the message is short or asks to be answered in it.
 */
import { normalize } from './normalize.ts';
import type { Lang } from '../content/topic-ids.ts';

// Names people use for each language, in English and in the language itself, accent-free.
const NAMES: Record<Lang, string[]> = {
  en: ['english', 'ingles', 'anglais', 'angle', 'angielski', 'angielsku', 'английский', 'английском', 'по-английски', '英文', '英语', '英語', '영어', 'انجليزي', 'الانجليزية', 'انگریزی', 'ইংরেজি', 'ইংরেজিতে'],
  es: ['spanish', 'espanol', 'castellano', 'espagnol', 'hiszpanski', 'panyol', 'испанский', '西班牙语', '스페인어'],
  zh: ['chinese', 'mandarin', 'cantonese', 'chino', 'chinois', '中文', '汉语', '漢語', '普通话', '國語', '国语', '华语', '廣東話', '广东话'],
  ru: ['russian', 'ruso', 'russe', 'rosyjski', 'русский', 'русском', 'по-русски', 'по русски', 'русски'],
  bn: ['bengali', 'bangla', 'বাংলা', 'বাংলায়'],
  ht: ['haitian', 'creole', 'kreyol', 'kreol', 'kreyol ayisyen', 'criollo', 'creole haitien'],
  ko: ['korean', 'coreano', 'coreen', '한국어', '한국말', '한글'],
  ar: ['arabic', 'arabe', 'عربي', 'العربية', 'بالعربي', 'بالعربية', 'عربية'],
  ur: ['urdu', 'ourdou', 'اردو', 'اُردو'],
  fr: ['french', 'frances', 'francais', 'fransè', 'franse', 'francuski', 'французский', '法语', '프랑스어', 'فرنسي'],
  pl: ['polish', 'polaco', 'polonais', 'polski', 'polsku', 'po polsku', 'польский', '波兰语'],
};

const REQUEST = /\b(answer|reply|respond|speak|talk|write|switch|change|language|lang|translate|please|pls|habla|hablas|hablar|responde|respondeme|idioma|por favor|parle|parlez|langue|mwen pale|pale|jezyk|mow|mowisz|prosze|язык|говори|говорите|пожалуиста|бол|zaban|baat|میں|بات)\b|язык|пожалуиста|говор|说|讲|講|用|말|해주세요|해 주세요|بال|تكلم|لغة|ভাষা|বলুন|বলো/u;

const entries = Object.entries(NAMES).flatMap(([lang, names]) => names.map((n) => [normalize(n), lang as Lang] as const));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any language name at all: most messages name none, and are done with after this one test. */
const ANY_NAME = new RegExp(entries.map(([name]) => escapeRegExp(name)).join('|'), 'u');

/**
 * Whether the padded text names the language: anywhere for Chinese and Korean (no spaces between
 * words), at the start of a word where words take endings (Arabic, Bengali, Russian), and as a
 * whole word otherwise ("english", not "englishman").
 */
function mentions(padded: string, name: string): boolean {
  if (/^[\p{Script=Han}\p{Script=Hangul}]/u.test(name)) return padded.includes(name);
  if (/[\p{Script=Arabic}\p{Script=Bengali}\p{Script=Cyrillic}]/u.test(name)) return padded.includes(` ${name}`);
  return padded.includes(` ${name} `);
}

/** The language asked for, or undefined when the message does not ask to change language. */
export function requestedLanguage(text: string, writtenIn: Lang | undefined): Lang | undefined {
  if (!ANY_NAME.test(normalize(text))) return undefined;
  const t = ` ${normalize(text).replace(/[^\p{L}\p{N}\s-]+/gu, ' ').replace(/\s+/g, ' ')} `;
  const named = new Set<Lang>();
  for (const [name, lang] of entries) if (mentions(t, name)) named.add(lang);
  if (named.size === 0) return undefined;
  const wordCount = t.trim().split(' ').length;
  if (wordCount > 3 && !REQUEST.test(t)) return undefined;
  // "She does not speak English" in English is about someone, not a request to switch; nor is
  // "my English is weak" written in another language, which asks for that other language.
  if (wordCount > 3 && named.size === 1 && named.has(writtenIn as Lang)) return undefined;
  if (named.size === 1 && named.has('en') && writtenIn && writtenIn !== 'en' && !/\b(answer|reply|respond|write)\b/u.test(t)) return undefined;
  // "Can you answer in Spanish? My English is not good": the language asked for is the other one.
  const candidates = [...named];
  if (candidates.length > 1 && writtenIn) return candidates.find((l) => l !== writtenIn) ?? candidates[0];
  return candidates[0];
}
