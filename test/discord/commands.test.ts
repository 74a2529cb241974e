import { afterEach, describe, expect, it } from 'vitest';
import { buildCommands } from '../../adapters/discord/commands.ts';
import { registerCommands } from '../../adapters/discord/register.ts';
import { createCore } from '../../src/core.ts';
import { APP_ID, GUILD_ID, startFakeDiscord, type FakeDiscord } from '../fakes/discord.ts';

let discord: FakeDiscord | undefined;
afterEach(async () => discord?.close());

// Discord's documented rules: https://discord.com/developers/docs/interactions/application-commands
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const DISCORD_LOCALES = new Set(['id', 'da', 'de', 'en-GB', 'en-US', 'es-ES', 'es-419', 'fr', 'hr', 'it', 'lt', 'hu', 'nl', 'no', 'pl', 'pt-BR', 'ro', 'fi', 'sv-SE', 'vi', 'tr', 'cs', 'el', 'bg', 'ru', 'uk', 'hi', 'th', 'zh-CN', 'ja', 'zh-TW', 'ko']);

describe('the slash commands', () => {
  it('match what Discord expects: lowercase names of at most 32, descriptions of at most 100, Discord locale keys', async () => {
    const commands = buildCommands(await createCore());
    expect(commands.map((c) => c.name)).toEqual(['rights', 'ask', 'language', 'forget', 'privacy', 'sources']);
    type Named = { name: string; description: string; name_localizations?: Record<string, string | null> | null; description_localizations?: Record<string, string | null> | null };
    const all: Named[] = commands.flatMap((c) => [c as Named, ...((c.options ?? []) as Named[])]);
    for (const c of all) {
      expect(c.name).toMatch(NAME);
      expect(c.name).toBe(c.name.toLowerCase());
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
      for (const [locale, name] of Object.entries(c.name_localizations ?? {})) {
        expect(DISCORD_LOCALES.has(locale)).toBe(true);
        expect(name).toMatch(NAME);
      }
      for (const [locale, description] of Object.entries(c.description_localizations ?? {})) {
        expect(DISCORD_LOCALES.has(locale)).toBe(true);
        expect((description ?? '').length).toBeLessThanOrEqual(100);
      }
    }
    expect(commands[0]!.name_localizations).toHaveProperty('en-US', 'rights');
    expect((commands[0]!.options![0] as { autocomplete?: boolean }).autocomplete).toBe(true);
  });

  it('are registered for one server or globally by npm run discord:register', async () => {
    discord = await startFakeDiscord();
    const core = await createCore();
    expect(await registerCommands(core, { token: 'x.y.z', applicationId: APP_ID, guildId: GUILD_ID, apiBase: discord.apiBase })).toBe(6);
    expect(await registerCommands(core, { token: 'x.y.z', applicationId: APP_ID, apiBase: discord.apiBase })).toBe(6);
    const puts = discord.rest(/\/commands$/);
    expect(puts.map((p) => [p.method, p.path.replace(/^\/api/, '')])).toEqual([
      ['PUT', `/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`],
      ['PUT', `/v10/applications/${APP_ID}/commands`],
    ]);
    expect(puts[0]!.headers.authorization).toBe('Bot x.y.z');
  });
});
