import { createRequire as __clusterlintRequire } from 'node:module';
const require = __clusterlintRequire(import.meta.url);
import {
  FORMATS,
  UsageError,
  catalogueCodes,
  compareDiagnostics,
  displayPath,
  explainDoc,
  explainText,
  fileResult,
  fixRounds,
  joined,
  lintAll,
  lintPaths,
  loadConfig,
  maxFileSize,
  parseConfig,
  rememberSources,
  resultsContext,
  walkReads
} from "./engine.js";

// src/index.ts
import { resolve } from "node:path";
async function lintFiles(paths, options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const loaded = options.config === void 0 ? loadConfig(void 0, cwd) : configOf(options.config, cwd);
  const { inputs, results } = lintPaths(paths, {
    loaded,
    cwd,
    dialect: options.dialect,
    ignoreUnknown: options.ignoreUnknown,
    texts: options.texts,
    stdin: () => {
      throw new UsageError('"-" (standard input) is not read by lintFiles; pass the text to lintText');
    }
  });
  rememberSources(results, inputs, maxFileSize(loaded.config), cwd);
  return results;
}
function lintText(text, options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const { config, baseDir } = options.config === void 0 ? { config: {}, baseDir: cwd } : configOf(options.config, cwd);
  const file = displayPath(options.filename ?? "<text>");
  const input = { file, bytes: new TextEncoder().encode(text), explicit: !options.ignoreUnknown };
  const [result = fileResult(file, [])] = lintAll([input], { config, baseDir, cwd, ...options.dialect ? { dialect: options.dialect } : {} });
  rememberSources([result], [input], maxFileSize(config), cwd);
  return result;
}
function isPathIgnored(path, options = {}) {
  const cwd = resolve(options.cwd ?? process.cwd());
  const loaded = options.config === void 0 ? loadConfig(void 0, cwd) : configOf(options.config, cwd);
  return !walkReads(path, ".", loaded.config, loaded.baseDir, cwd);
}
function explain(code) {
  const doc = explainDoc(code);
  return { code: doc.code, text: explainText(doc), url: doc.url };
}
function fixText(text, options = {}) {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const fixesOf = (body2) => lintText(bom + body2, options).diagnostics.flatMap((d) => d.fix ? [d.fix] : []);
  const body = text.slice(bom.length);
  const done = fixRounds(body, fixesOf(body), fixesOf);
  return done && done !== "overlap" ? { text: bom + done.text, fixed: done.fixed } : void 0;
}
function loadConfig2(options = {}) {
  return loadConfig(options.file, resolve(options.cwd ?? process.cwd()));
}
function format(results, name, options = {}) {
  if (!Object.hasOwn(FORMATS, name)) throw new UsageError(`unknown format "${String(name)}"; use one of: ${Object.keys(FORMATS).join(", ")}`);
  const ctx = resultsContext(results, resolve(options.cwd ?? process.cwd()), options.color ?? false);
  return joined(FORMATS[name](results, ctx));
}
var codes = Object.freeze(catalogueCodes().map((c) => Object.freeze({ ...c, dialects: Object.freeze([...c.dialects]) })));
function configOf(option, cwd) {
  if (isLoaded(option)) return option;
  const shown = "<config>";
  try {
    return { path: void 0, baseDir: cwd, config: parseConfig("config.json", new TextEncoder().encode(JSON.stringify(option) ?? ""), shown) };
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(e.message.replace(/^invalid config <config>:\d+:\d+: /, "invalid config: "));
    throw e;
  }
}
function isLoaded(option) {
  return typeof option.baseDir === "string" && typeof option.config === "object";
}
export {
  UsageError,
  codes,
  compareDiagnostics,
  explain,
  fixText,
  format,
  isPathIgnored,
  lintFiles,
  lintText,
  loadConfig2 as loadConfig
};
