#!/usr/bin/env node
import { createRequire as __clusterlintRequire } from 'node:module';
const require = __clusterlintRequire(import.meta.url);
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});

// src/startup/cli-loader.ts
var here = typeof CLUSTERLINT_LOADER_FILE === "string" ? CLUSTERLINT_LOADER_FILE : void 0;
var load = __require;
var { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync } = load("node:fs");
var { dirname, join } = load("node:path");
var { fileURLToPath, pathToFileURL } = load("node:url");
var { Script } = load("node:vm");
var dist = dirname(here ?? fileURLToPath(import.meta.url));
var program = join(dist, "program.cjs");
var self = fileUrl(join(dist, "main.js"));
function fileUrl(path) {
  return process.platform !== "win32" && /^\/[A-Za-z0-9/._~!$&'()*+,;=:@-]*$/.test(path) ? `file://${path}` : pathToFileURL(path).href;
}
var TAG = 947285091;
var LAYOUT = 1;
var HEADER = 16;
var KEEP_OTHERS = 2;
var SUFFIX = ".v8cache";
var SHORT_RUN_MS = 100;
function cacheFolder() {
  const set = process.env.CLUSTERLINT_CODE_CACHE;
  if (set === "0") return void 0;
  if (set) return set;
  const home = process.platform !== "win32" && process.env.HOME;
  const base = process.env.XDG_CACHE_HOME || join(home || load("node:os").homedir(), ".cache");
  return join(base, "clusterlint");
}
function readInto(fd, buffer, size) {
  let at = 0;
  while (at < size) {
    const n = readSync(fd, buffer, at, size - at, at);
    if (n === 0) return false;
    at += n;
  }
  return true;
}
function readProgram(folder) {
  const fd = openSync(program, "r");
  let cache;
  try {
    const { size, mtimeMs } = fstatSync(fd);
    const file = folder && join(folder, `${"9ef626e37a83a613a7d9e14a0c2d6ad1fbbf8bec3a67ede4ad6eaff2517ebbc3".slice(0, 32)}-${process.version}-${process.arch}-${size}-${mtimeMs}${SUFFIX}`);
    try {
      if (file) cache = openSync(file, "r");
    } catch {
    }
    const cacheSize = cache === void 0 ? 0 : fstatSync(cache).size;
    const buffer = Buffer.allocUnsafeSlow(Math.max(size, cacheSize));
    if (!readInto(fd, buffer, size)) throw new Error(`${program} was cut short while being read`);
    const source = buffer.toString("latin1", 0, size);
    let cachedData;
    if (cache !== void 0 && cacheSize > HEADER && readInto(cache, buffer, cacheSize)) {
      const bytes = buffer.subarray(0, cacheSize);
      const n = bytes.readUInt32LE(8);
      const sound = bytes.readUInt32LE(0) === TAG && bytes.readUInt32LE(4) === LAYOUT && n > 0 && cacheSize === HEADER + 2 * n && bytes.compare(bytes, HEADER + n, HEADER + 2 * n, HEADER, HEADER + n) === 0;
      if (sound) cachedData = bytes.subarray(HEADER, HEADER + n);
    }
    return { source, identity: `${"9ef626e37a83a613a7d9e14a0c2d6ad1fbbf8bec3a67ede4ad6eaff2517ebbc3"}-${size}-${mtimeMs}`, file: file || void 0, cachedData };
  } finally {
    closeSync(fd);
    if (cache !== void 0) closeSync(cache);
  }
}
function prune(folder, current) {
  const now = Date.now();
  const others = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (path === current) continue;
    try {
      if (name.endsWith(SUFFIX)) others.push({ path, at: statSync(path).mtimeMs });
      else if (name.endsWith(".tmp") && name.includes(`${SUFFIX}.`) && now - statSync(path).mtimeMs > 36e5) rmSync(path, { force: true });
    } catch {
    }
  }
  others.sort((a, b) => b.at - a.at);
  for (const { path } of others.slice(KEEP_OTHERS)) {
    try {
      rmSync(path, { force: true });
    } catch {
    }
  }
}
function writeCached(file, data) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const header = Buffer.alloc(HEADER);
    header.writeUInt32LE(TAG, 0);
    header.writeUInt32LE(LAYOUT, 4);
    header.writeUInt32LE(data.length, 8);
    const fd = openSync(temp, "wx", 420);
    try {
      writeSync(fd, header);
      writeSync(fd, data);
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
    prune(dirname(file), file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
    }
  }
}
function runCached() {
  const { source, identity, file, cachedData } = readProgram(cacheFolder());
  const script = new Script(source, {
    filename: program,
    ...cachedData ? { cachedData } : {}
  });
  if (file && (!cachedData || script.cachedDataRejected)) {
    const started = process.cpuUsage();
    process.once("exit", () => {
      const spent = process.cpuUsage(started);
      if ((spent.user + spent.system) / 1e3 <= SHORT_RUN_MS) writeCached(file, script.createCachedData());
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, load, module, program, dist, self, identity);
}
if (process.argv[2] === "--lsp") void import(self);
else runCached();
