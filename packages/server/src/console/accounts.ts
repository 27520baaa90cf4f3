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
 * What is worth looking up as an account name (from a sign-in form or an address): looser than
 * `USERNAME_PATTERN`, since scripts may have made shorter names, but never a character no account
 * has, such as NUL, which PostgreSQL refuses with an error rather than finding nothing.
 */
export function mayBeAccountName(name: string): boolean {
  return /^[A-Za-z0-9._-]{1,64}$/.test(name);
}

/**
 * A new random password and its hash. The password is shown once, to whoever hands it over (the
 * start-up output for the first accounts, the administrator's page for a reset), and never
 * stored: only the hash is.
 */
export async function generatedPassword(): Promise<{ password: string; passwordHash: string }> {
  const password = generatePassword();
  return { password, passwordHash: await hashPassword(password) };
}

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
  const sample: [string, Role, string[]][] = [
    ['admin', 'admin', []],
    ['agent', 'agent', outlets.length ? outlets : ['demo-outlet']],
  ];
  const accounts: InitialAccount[] = [];
  try {
    for (const [username, role, outletIds] of sample) {
      const { password, passwordHash } = await generatedPassword();
      await storage.createStaff({
        username,
        displayName: role === 'admin' ? 'Demo admin' : 'Demo agent',
        passwordHash,
        role,
        outletIds,
        createdAt: now.toISOString(),
      });
      accounts.push({ username, password, role, outletIds });
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
  const { password, passwordHash } = await generatedPassword();
  const account: InitialAccount = { username, password, role: 'admin', outletIds: [] };
  try {
    await storage.createStaff({
      username,
      displayName: username,
      passwordHash,
      role: 'admin',
      outletIds: [],
      createdAt: now.toISOString(),
    });
  } catch {
    return null;
  }
  return [account];
}
