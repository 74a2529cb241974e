import { describe, expect, it } from 'vitest';
import { detectLanguage, languageCandidates } from '../../src/understand/language.ts';
import { requestedLanguage } from '../../src/understand/language-request.ts';
import { soundsHarmful } from '../../src/understand/harmful.ts';
import { soundsUrgent } from '../../src/understand/urgency.ts';

describe('urgency', () => {
  it.each([
    'ICE is banging on my door RIGHT NOW',
    'theyre knocking rn what do i do',
    'im being arrested by ice',
    'they just grabbed my roommate outside',
    'agents are searching my apartment',
    'they keep knocking and yelling',
    'hay agentes de ICE en la puerta ahorita',
    'ICE стучит в дверь прямо сейчас',
    '移民局现在在我家门口',
  ])('"%s" is happening now', (text) => expect(soundsUrgent(text)).toBe(true));

  it.each([
    'what if ice comes to my house someday',
    'ICE came in last night, what was i supposed to do',
    'my brother was taken this morning, where is he now',
    'how should my family prepare in case of a raid',
    'i heard ice says now they can break in',
  ])('"%s" is not', (text) => expect(soundsUrgent(text)).toBe(false));
});

describe('harmful requests', () => {
  it.each([
    'how do i get a fake green card',
    'where can i buy a fake social security card',
    'how can i hide my cousin from the police, they have a judge warrant',
    'how do i block the ice van',
    'help me find the home address of the ice agent',
    'what can we throw at them to make them leave',
    'how do i outrun ice',
    'donde consigo papeles chuecos para trabajar',
    'como hago para esconder a mi primo de la migra',
    'quiero ponchar las llantas de la camioneta de ICE',
  ])('"%s" is refused', (text) => expect(soundsHarmful(text)).toBe(true));

  it.each([
    'is it illegal to lie to an ice agent',
    'should i run if ice stops me',
    'how do i find my brother in detention',
    'what should i do if ice comes to my job',
    'i need to make copies of my documents',
    'can i hide my papers at home',
    'es delito mentirle a la migra',
    'quiero saber si es delito mentirle a la migra',
    'i want to know what happens if i lie to ice',
    'necesito un abogado para mi hermano',
    'que hago si la migra toca la puerta',
    'como hago para guardar silencio',
  ])('"%s" is a question, not a harmful request', (text) => expect(soundsHarmful(text)).toBe(false));
});

describe('language', () => {
  it('is read from the script, the letters and the small words of a message', () => {
    expect(detectLanguage('¿qué hago si la migra toca la puerta?')).toBe('es');
    expect(detectLanguage('ICE والے ابھی میرے دروازے پر ہیں')).toBe('ur');
    expect(languageCandidates('في ناس من الهجرة عم يدقوا الباب')).toEqual(['ar', 'ur']);
    expect(detectLanguage('mere bhai ko ICE le gayi hai')).toBe('ur');
    expect(detectLanguage('mwen pa konnen kisa pou m fè')).toBe('ht');
    expect(detectLanguage('czy moge isc na protest')).toBe('pl');
    expect(detectLanguage('what do i do if ice comes')).toBe('en');
    expect(detectLanguage('ok')).toBeUndefined();
    expect(detectLanguage('👍')).toBeUndefined();
  });

  it('changes on request, not when a language is merely mentioned', () => {
    expect(requestedLanguage('hi can you answer in spanish? my english is not good', 'en')).toBe('es');
    expect(requestedLanguage('español por favor', undefined)).toBe('es');
    expect(requestedLanguage('中文', undefined)).toBe('zh');
    expect(requestedLanguage('my mother does not speak english, what are her rights at home', 'en')).toBeUndefined();
    expect(requestedLanguage('do i have to open the door', 'en')).toBeUndefined();
  });
});
