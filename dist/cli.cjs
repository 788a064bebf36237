#!/usr/bin/env node
const __loaderUrl = require("node:url").pathToFileURL(__filename).href;
"use strict";

// src/startup/cli-loader.ts
var import_node_fs = require("node:fs");
var import_node_crypto = require("node:crypto");
var import_node_module = require("node:module");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var import_node_vm = require("node:vm");
var dist = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(__loaderUrl));
var program = (0, import_node_path.join)(dist, "program.cjs");
var source = (0, import_node_fs.readFileSync)(program, "utf8");
var self = (0, import_node_url.pathToFileURL)((0, import_node_path.join)(dist, "main.js")).href;
var sha256 = (data) => (0, import_node_crypto.createHash)("sha256").update(data).digest();
function cacheFolder() {
  const set = process.env.CLUSTERLINT_CODE_CACHE;
  if (set === "0") return void 0;
  if (set) return set;
  const base = process.env.XDG_CACHE_HOME || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache");
  return (0, import_node_path.join)(base, "clusterlint");
}
var folder = cacheFolder();
var file = folder && (0, import_node_path.join)(folder, `${sha256(`${source}\0${process.version}\0${process.arch}`).toString("hex").slice(0, 40)}.v8cache`);
function readCached() {
  if (!file) return void 0;
  try {
    const bytes = (0, import_node_fs.readFileSync)(file);
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
    (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(file), { recursive: true });
    const fd = (0, import_node_fs.openSync)(temp, "wx", 420);
    try {
      (0, import_node_fs.writeSync)(fd, sha256(data));
      (0, import_node_fs.writeSync)(fd, data);
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
    (0, import_node_fs.renameSync)(temp, file);
  } catch {
    try {
      (0, import_node_fs.rmSync)(temp, { force: true });
    } catch {
    }
  }
}
function runCached() {
  const cachedData = readCached();
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname, __clusterlintUrl) {${source}
})`, {
    filename: program,
    ...cachedData ? { cachedData } : {}
  });
  if (folder && (!cachedData || script.cachedDataRejected)) {
    process.once("exit", () => writeCached(script.createCachedData()));
  }
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(program), module2, program, dist, self);
}
if (process.argv[2] === "--lsp") void import(self);
else runCached();
