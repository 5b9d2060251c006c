/** Installations kept in the store: cached, org-wide installs refused, and one token refresh at a time per workspace. */
import { join } from 'node:path';
import type { Installation } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/log.js';
import { StoredInstallations } from '../../../src/slack/plumbing/installations.js';
import { openSqliteStore } from '../../../src/store/sqliteStore.js';
import type { Store } from '../../../src/store/store.js';
import { WorkspaceSettingsCache } from '../../../src/workspaceSettings.js';
import { tempDir } from '../../feedback/helpers.js';

let folder: ReturnType<typeof tempDir>;
let store: Store;
let installations: StoredInstallations;

beforeEach(() => {
  folder = tempDir('installations-');
  store = openSqliteStore({ path: join(folder.dir, 'bot.db'), hashKey: 'k'.repeat(40), logger: silentLogger });
  installations = new StoredInstallations(store, new WorkspaceSettingsCache(store, { adminUserIds: [], welcomeNewMembers: true }), silentLogger);
});
afterEach(async () => {
  await store.close();
  folder.cleanup();
});

const query = (teamId: string) => ({ teamId, enterpriseId: undefined, isEnterpriseInstall: false as const });

function installation(token: string, expiresInS?: number): Installation {
  return {
    team: { id: 'T0AAA' },
    enterprise: undefined,
    user: { id: 'U0INSTALLER', token: undefined, scopes: undefined },
    bot: { token, scopes: ['chat:write'], userId: 'U0BOT', id: 'B0BOT', ...(expiresInS === undefined ? {} : { refreshToken: `refresh-${token}`, expiresAt: Math.floor(Date.now() / 1000) + expiresInS }) },
    tokenType: 'bot',
    isEnterpriseInstall: false,
    appId: 'A0APP',
    authVersion: 'v2',
  } as Installation;
}

describe('StoredInstallations', () => {
  it('stores an installation, makes its installer the first admin, and reads it back; a workspace without one is refused', async () => {
    await installations.storeInstallation(installation('xoxb-a'));
    expect((await installations.fetchInstallation(query('T0AAA'))).bot?.token).toBe('xoxb-a');
    expect(JSON.parse((await store.forWorkspace('T0AAA').settings()) ?? '{}')).toMatchObject({ adminUserIds: ['U0INSTALLER'], installerUserId: 'U0INSTALLER' });
    await expect(installations.fetchInstallation(query('T0NONE'))).rejects.toThrow(/not installed/);
    await expect(installations.storeInstallation({ ...installation('xoxb-grid'), team: undefined, isEnterpriseInstall: true, enterprise: { id: 'E0GRID' } } as Installation)).rejects.toMatchObject({ code: 'enterprise_install' });
  });

  it('lets one request refresh an expiring token while the workspace’s other requests wait for the new one', async () => {
    await installations.storeInstallation(installation('xoxb-old', 60));
    const first = await installations.fetchInstallation(query('T0AAA'));
    expect(first.bot?.token).toBe('xoxb-old');
    // Another request arrives while the first refreshes: it waits, then gets the refreshed token.
    let second: Installation | undefined;
    const waiting = installations.fetchInstallation(query('T0AAA')).then((i) => (second = i));
    await new Promise((r) => setTimeout(r, 50));
    expect(second).toBeUndefined();
    await installations.storeInstallation(installation('xoxb-new', 12 * 3600));
    await waiting;
    expect(second?.bot?.token).toBe('xoxb-new');
  });
});
