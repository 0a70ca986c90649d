// The layer rules of ARCHITECTURE §3.1 as data: eslint and tests/node/layering.test.ts both read it.
export const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'worker_threads', 'stream'];

export const LAYERS = [
  { folder: 'src-main/common', forbidden: [...NODE_BUILTINS, 'electron', 'react', 'react-dom', 'better-sqlite3', '**/core/**', '**/db/**'] },
  { folder: 'db', forbidden: ['electron', 'electron-log/main', '**/core/**', 'react'] },
  { folder: 'src-main/core', forbidden: ['electron', 'electron-log/main', 'react', 'react-dom', '**/electron/**', '**/src-renderer/**'] },
  { folder: 'src-main/web', forbidden: ['electron', 'electron-log/main', 'react'] },
  { folder: 'src-main/cli', forbidden: ['electron', 'electron-log/main', 'react'] },
  { folder: 'src-main/node-host', forbidden: ['electron', 'electron-log/main', 'react'] },
  { folder: 'src-main/preload', forbidden: [...NODE_BUILTINS, 'zod', '**/core/**', '**/db/**'] },
  { folder: 'src-renderer', forbidden: [...NODE_BUILTINS, 'electron', 'better-sqlite3', 'jsdom', '**/src-main/core/**', '**/db/**', '**/src-main/electron/**', '**/src-main/web/**', '**/src-main/cli/**'] },
];
