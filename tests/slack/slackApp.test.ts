/** The links between features: every command of the grammar reaches its feature. */
import { describe, expect, it } from 'vitest';
import { parseCommand, runCommand } from '../../src/commands.js';
import { createLogger } from '../../src/log.js';
import { loadServices } from '../../src/services.js';
import { linkFeatures } from '../../src/slack/slackApp.js';
import { stubClient } from '../support/stubClient.js';

const lines: string[] = [];
const services = loadServices({ logger: createLogger('debug', (l) => lines.push(l)) });

describe('linkFeatures', () => {
  it('routes help / question / chooser / quiz / stats to their features, each replying ephemerally', async () => {
    const { client, posts } = stubClient();
    const sent: Record<string, unknown>[] = [];
    const respond = async (m: unknown) => (sent.push(m as Record<string, unknown>), new Response('ok'));
    const { commands } = linkFeatures({ adminUserIds: [], welcomeNewMembers: true });
    for (const text of ['help', 'what is m2m', '', 'quiz', 'stats']) {
      await runCommand(commands, { services, client, respond, place: { kind: 'ephemeral' }, userId: 'U1', surface: 'command' }, parseCommand(text));
    }
    expect(sent).toHaveLength(5);
    expect(sent.every((m) => m.response_type === 'ephemeral' && m.replace_original === false)).toBe(true);
    expect(JSON.stringify(sent[0])).toContain('/iot-or-m2m quiz');
    expect(JSON.stringify(sent[1])).toContain(services.kb.byId.get('m2m-definition')!.answer.trim().slice(0, 40));
    expect(String(sent[2]?.text)).toMatch(/^Question 1 of \d+/);
    expect(String(sent[3]?.text)).toMatch(/Question 1 of 5/);
    expect(String(sent[4]?.text)).toMatch(/only admins/i);
    expect(posts).toEqual([]);
  });
});
