import type { CatalogueIndex } from '../catalogue/catalogue-index.js';
import type { Role, Storage } from '../storage/types.js';
import { generatePassword, hashPassword } from './passwords.js';

export interface InitialAccount {
  username: string;
  password: string;
  role: Role;
  outletIds: string[];
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,31}$/;

/**
 * In demo mode, a first start with no staff creates a sample admin and agent with random
 * passwords, returned so the caller prints them once; later starts find staff and return null.
 * The agent covers every outlet of the bundle so the demo portal's cases reach the inbox.
 */
export async function ensureDemoAccounts(
  storage: Storage,
  catalogue: CatalogueIndex,
  now: Date,
): Promise<InitialAccount[] | null> {
  if ((await storage.countStaff()) > 0) return null;
  const outlets = catalogue.outletIds();
  const accounts: InitialAccount[] = [
    { username: 'admin', password: generatePassword(), role: 'admin', outletIds: [] },
    {
      username: 'agent',
      password: generatePassword(),
      role: 'agent',
      outletIds: outlets.length ? outlets : ['demo-outlet'],
    },
  ];
  try {
    for (const account of accounts) {
      await storage.createStaff({
        username: account.username,
        displayName: account.role === 'admin' ? 'Demo admin' : 'Demo agent',
        passwordHash: await hashPassword(account.password),
        role: account.role,
        outletIds: account.outletIds,
        createdAt: now.toISOString(),
      });
    }
  } catch {
    // Another instance started at the same moment and created them; its output has the passwords.
    return null;
  }
  return accounts;
}

/**
 * Outside demo mode the first administrator comes from `bootstrapAdmin` (YIZHAN_BOOTSTRAP_ADMIN):
 * on a start with no staff at all, that account is created with a random password, returned
 * once to be printed. Everyone else is then created in the console.
 */
export async function ensureBootstrapAdmin(
  storage: Storage,
  username: string,
  now: Date,
): Promise<InitialAccount[] | null> {
  if (!USERNAME_PATTERN.test(username)) throw new Error(`bootstrap admin name “${username}” is not a valid username`);
  if ((await storage.countStaff()) > 0) return null;
  const account: InitialAccount = { username, password: generatePassword(), role: 'admin', outletIds: [] };
  try {
    await storage.createStaff({
      username,
      displayName: username,
      passwordHash: await hashPassword(account.password),
      role: 'admin',
      outletIds: [],
      createdAt: now.toISOString(),
    });
  } catch {
    return null;
  }
  return [account];
}
