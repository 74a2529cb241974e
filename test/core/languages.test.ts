import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../src/core.ts';
import { copyContent, type ContentFixture } from '../helpers/content-fixture.ts';
import { choicesOf, noticesOf, startChat, textOf } from '../helpers/chat.ts';

let fixture: ContentFixture | undefined;
afterEach(() => fixture?.remove());

describe('the reply language', () => {
  it('follows the language the person writes in, whatever the platform says', async () => {
    const chat = await startChat({ localeHint: 'en-US' });
    const turn = await chat.say('q hago si la migra toca la puerta de mi casa');
    expect(turn.locale).toBe('es');
    expect(turn.topic).toBe('door');
    expect(textOf(turn)).toContain(chat.core.catalog.answers.get('es')!.get('door')!.main.split('\n')[0]);
    expect(textOf(turn)).toMatch(/"I do not consent to your entry\."/);
  });

  it('reads traditional Chinese like simplified', async () => {
    const chat = await startChat();
    const turn = await chat.say('移民局的人在敲我家的門，我要開門嗎？');
    expect(turn.locale).toBe('zh');
    expect(turn.topic).toBe('door');
  });

  it('switches on request and holds the choice against a word or two in another language', async () => {
    const chat = await startChat();
    const switched = await chat.say('hi can you answer in spanish please');
    expect(switched.topic).toBe('language');
    expect(switched.locale).toBe('es');
    expect(choicesOf(switched).find((c) => c.id === 't:door')!.label).toBe(chat.core.catalog.answers.get('es')!.get('door')!.label);
    expect((await chat.say('ok thanks')).locale).toBe('es');
    expect((await chat.say('1')).locale).toBe('es');
  });

  it('shows an untranslated answer in English, with a notice in the person\'s language', async () => {
    fixture = copyContent();
    fixture.delete('es/places.md');
    const core = await createCore({ contentDir: fixture.dir });
    const who = { platform: 'cli' as const, conversationId: 'x', userId: 'x', chat: 'private' as const, addressed: true };
    await core.respond({ ...who, action: 'lang:es' });
    const turn = await core.respond({ ...who, action: 't:places' });
    expect(turn.locale).toBe('es');
    expect(textOf(turn)).toContain(core.catalog.answers.get('en')!.get('places')!.main.split('\n')[0]);
    const notice = noticesOf(turn).find((n) => n.notice === 'untranslated');
    expect(notice?.text).toBe(core.strings.t('es')('notice.untranslated', { language: 'Español' }));
  });
});
