#!/usr/bin/env node
// src/startup/cli-loader.ts
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Script } from "node:vm";
var dist = dirname(fileURLToPath(import.meta.url));
var program = join(dist, "program.cjs");
var source = readFileSync(program, "utf8");
var self = pathToFileURL(join(dist, "main.js")).href;
var sha256 = (data) => createHash("sha256").update(data).digest();
function cacheFolder() {
  const set = process.env.CLUSTERLINT_CODE_CACHE;
  if (set === "0") return void 0;
  if (set) return set;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "clusterlint");
}
var folder = cacheFolder();
var file = folder && join(folder, `${sha256(`${source}\0${process.version}\0${process.arch}`).toString("hex").slice(0, 40)}.v8cache`);
function readCached() {
  if (!file) return void 0;
  try {
    const bytes = readFileSync(file);
    if (bytes.length <= 32) return void 0;
    const data = bytes.subarray(32);
    return sha256(data).equals(bytes.subarray(0, 32)) ? data : void 0;
  } catch {
    return void 0;
  }
}
function writeCached(data) {
  if (!file) return;
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(temp, "wx", 420);
    try {
      writeSync(fd, sha256(data));
      writeSync(fd, data);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
    }
  }
}
function runCached() {
  const cachedData = readCached();
  const script = new Script(`(function (exports, require, module, __filename, __dirname, __clusterlintUrl) {${source}
})`, {
    filename: program,
    ...cachedData ? { cachedData } : {}
  });
  if (folder && (!cachedData || script.cachedDataRejected)) {
    process.once("exit", () => writeCached(script.createCachedData()));
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(program), module, program, dist, self);
}
if (process.argv[2] === "--lsp") void import(self);
else runCached();
