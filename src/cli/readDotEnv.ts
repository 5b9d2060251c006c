/**
 * Imported first by the commands: they read .env like the app does (KNOWLEDGE_DIR, DATABASE_PATH, TMPDIR for their
 * cache), quietly, since stdout stays theirs. dotenv takes ~15 ms to load, which `npm run ask` feels, so only when
 * there is a .env to read.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

if (existsSync('.env')) (createRequire(import.meta.url)('dotenv') as typeof import('dotenv')).config({ quiet: true });
