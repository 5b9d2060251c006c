/** A Slack Web API client stub for plain calls to handlers, without HTTP. Records posts, updates and ephemeral messages. */
import type { webApi } from '@slack/bolt';

export function stubClient(fail: string[] = []) {
  const posts: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  const ephemerals: Record<string, unknown>[] = [];
  const client = {
    chat: {
      postMessage: async (args: Record<string, unknown>) => {
        posts.push(args);
        const error = fail.shift();
        if (error) throw Object.assign(new Error(`An API error occurred: ${error}`), { data: { ok: false, error } });
        return { ok: true, channel: args.channel, ts: '1.1' };
      },
      update: async (args: Record<string, unknown>) => (updates.push(args), { ok: true }),
      postEphemeral: async (args: Record<string, unknown>) => (ephemerals.push(args), { ok: true }),
    },
    conversations: { open: async () => ({ ok: true, channel: { id: 'D9' } }) },
  };
  return { client: client as unknown as webApi.WebClient, posts, updates, ephemerals };
}
