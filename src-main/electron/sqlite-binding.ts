import { join } from 'node:path';

// Plain data, no electron import, so a test can check both places.

/**
 * Where Electron main finds better-sqlite3's addon built for Electron's ABI; it passes the path
 * to the core as `nativeBinding`. The addon under node_modules stays built for Node, which the
 * tests, the CLI and the browser host run on, so the two builds live side by side:
 *
 * - packaged: electron-builder's `install-app-deps` rebuilds node_modules for Electron and
 *   `asarUnpack: ["**\/*.node"]` keeps the addon outside the archive, at
 *   `<resources>/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node`;
 * - from a checkout: `native/better_sqlite3-electron-abi<ABI>.node` under the app folder, named
 *   for Electron's `process.versions.modules` so a build for another Electron is never loaded
 *   (README, "Running the desktop app from a checkout", says how to build it).
 */
export function sqliteBindingPath(app: { packaged: boolean; resourcesPath: string; appPath: string; abi: string }): string {
  return app.packaged
    ? join(app.resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
    : join(app.appPath, 'native', `better_sqlite3-electron-abi${app.abi}.node`);
}
