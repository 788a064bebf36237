import { createRequire as __clusterlintRequire } from 'node:module';
const require = __clusterlintRequire(import.meta.url);
import {
  DIALECTS,
  FORMATS,
  UsageError,
  builtin,
  contentHash,
  decideDialect,
  decodeUtf8,
  dialectOverride,
  displayPath,
  escapeText,
  explainDoc,
  explainText,
  fixRounds,
  formatContext,
  formatOf,
  inBatches,
  isObject,
  lintAll,
  lintFile,
  lintInTurn,
  lintOne,
  lintPaths,
  loadConfig,
  maskLikeFixed,
  maxFileSize,
  maxFindings,
  mayHoldTooManyValues,
  nestsTooDeep,
  overridesFor,
  package_default,
  parseFile,
  pathToOpen,
  placeAt,
  readInput,
  readLimited,
  readSized,
  readUpTo,
  reason,
  redactSecrets,
  safeJson,
  sniffDialect,
  starterBody,
  unifiedDiff,
  vendor,
  writeAll,
  writeReport
} from "./engine.js";

// src/cli/cli.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/run/parallel.ts
var WORKER_ARG = "--clusterlint-worker";
function cores() {
  return builtin("node:os").availableParallelism();
}
function workOf(input) {
  return /\.ya?ml$/i.test(input.file) ? 200 : 1;
}
var WORK_PER_THREAD = 2e4;
var BATCH = 32;
var STALL_MS = 2e3;
function lintInParallel(workers, script, stallMs = STALL_MS) {
  return (inputs, options) => options.ruleset ? lintInTurn(inputs, options) : runPool(inputs, options, workers, script, stallMs);
}
function workersFor(inputs, jobs) {
  const paid = Math.floor(inputs.reduce((sum, input) => sum + workOf(input), 0) / WORK_PER_THREAD);
  if (paid === 0) return 0;
  const threads = Math.min(jobs ?? cores(), cores(), inputs.length);
  return Math.max(0, Math.min(threads - 1, paid));
}
function runPool(inputs, options, count, script, stallMs) {
  const { MessageChannel, receiveMessageOnPort, Worker } = builtin("node:worker_threads");
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const pool = Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    const data = { clusterlintWorker: true, port: port2, signal, options };
    const worker = new Worker(script, { argv: [WORKER_ARG], workerData: data, transferList: [port2], resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    worker.on("error", () => {
    });
    return { worker, port: port1 };
  });
  const outcomes = new Array(inputs.length);
  let next = 0;
  let done = 0;
  const out = /* @__PURE__ */ new Map();
  const give = (w) => {
    if (next >= inputs.length) return;
    const batch = { from: next, inputs: inputs.slice(next, next + BATCH) };
    next += batch.inputs.length;
    out.set(batch.from, batch);
    w.port.postMessage(batch);
  };
  let heard = performance.now();
  try {
    for (const w of pool) give(w), give(w);
    while (done < inputs.length) {
      const seen = Atomics.load(counter, 0);
      for (const w of pool) {
        for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
          const reply = m.message;
          if ("error" in reply) throw reply.usage ? new UsageError(reply.error) : new Error(reply.error);
          heard = performance.now();
          if (!out.delete(reply.from)) continue;
          reply.outcomes.forEach((o, k) => outcomes[reply.from + k] = o);
          done += reply.outcomes.length;
          give(w);
        }
      }
      if (next < inputs.length) {
        const end = Math.min(inputs.length, next + BATCH / 4);
        for (; next < end; next++, done++) outcomes[next] = lintFile(inputs[next], options);
      } else if (done < inputs.length) {
        if (Atomics.wait(counter, 0, seen, Math.min(100, stallMs)) !== "timed-out" || performance.now() - heard < stallMs) continue;
        const [from, batch] = out.entries().next().value;
        out.delete(from);
        batch.inputs.forEach((input, k) => outcomes[from + k] = lintFile(input, options));
        done += batch.inputs.length;
        heard = performance.now();
      }
    }
  } finally {
    for (const w of pool) {
      w.port.close();
      void w.worker.terminate();
    }
  }
  return outcomes;
}
function serveLintWorker() {
  const { isMainThread, workerData } = builtin("node:worker_threads");
  const data = workerData;
  if (isMainThread || !data?.clusterlintWorker) return false;
  const counter = new Int32Array(data.signal);
  data.port.on("message", (batch) => {
    let reply;
    try {
      reply = { from: batch.from, outcomes: batch.inputs.map((input) => lintFile(input, data.options)) };
    } catch (e) {
      reply = { error: e?.message ?? String(e), usage: e instanceof UsageError };
    }
    data.port.postMessage(reply);
    Atomics.add(counter, 0, 1);
    Atomics.notify(counter, 0);
  });
  return true;
}

// src/fix/fix-files.ts
import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
var UTF8_BOM = new Uint8Array([239, 187, 191]);
function fixAll(inputs, results, options, dryRun, each) {
  const byFile = new Map(inputs.map((i) => [i.file, i]));
  const changed = [];
  const notices = [];
  const replaced = /* @__PURE__ */ new Map();
  for (const result of results) {
    if (!result.diagnostics.some((d) => d.fix)) continue;
    const input = byFile.get(result.file);
    if (!input) continue;
    if (input.bytes && !dryRun) {
      notices.push(`${input.file} is not a file and is not fixed; --fix-dry-run shows its fixes as a diff`);
      continue;
    }
    const fixed = fixText(input, result, options);
    if (typeof fixed === "string") notices.push(fixed);
    else if (fixed) {
      changed.push(fixed);
      replaced.set(input, { ...input, bytes: fixed.after });
    }
  }
  const newInputs = inputs.map((i) => replaced.get(i) ?? i);
  const fixedCount = new Map(changed.map((c) => [c.input.file, c.fixed]));
  const relinted = changed.length ? lintAll(newInputs, options, each) : [...results];
  return {
    changed,
    inputs: newInputs,
    results: relinted.map((r) => ({ ...r, fixedCount: fixedCount.get(r.file) ?? 0 })),
    notices
  };
}
function fixText(input, result, options) {
  const before = readInput(input, maxFileSize(options.config), options.cwd).bytes;
  const decoded = decodeUtf8(before);
  if (!decoded.ok) return void 0;
  const bom = hasBom(before);
  const fixesOf = (diagnostics) => diagnostics.flatMap((d) => d.fix ? [d.fix] : []);
  const done = fixRounds(decoded.text, fixesOf(result.diagnostics), (text) => {
    const after = lintOne({ ...input, bytes: encode(text, bom) }, { ...options, excerpts: false });
    return after && fixesOf(after.diagnostics);
  });
  if (done === "overlap") return `${input.file} is not fixed: two of its fixes change the same text`;
  if (!done) return void 0;
  return { input, before, after: encode(done.text, bom), fixed: done.fixed, rounds: done.rounds };
}
function hasBom(bytes) {
  return bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191;
}
function encode(text, bom) {
  const body = Buffer.from(text, "utf8");
  return bom ? Buffer.concat([UTF8_BOM, body]) : body;
}
function maskedDiff(change) {
  const file = change.input.file;
  const bom = hasBom(change.before) ? "\uFEFF" : "";
  const masked = (text) => redactSecrets(file, Buffer.from(text, "utf8"));
  let after = decodeUtf8(change.after).text;
  let maskedAfter = masked(after);
  const last = maskedAfter;
  for (let k = change.rounds.length - 1; k >= 0; k--) {
    const { text, fixes } = change.rounds[k];
    maskedAfter = maskLikeFixed(masked(text), after, maskedAfter, fixes);
    after = text;
  }
  return unifiedDiff(file, bom + maskedAfter, bom + last);
}
function writeFixed(change, cwd) {
  let target;
  let stat;
  let now;
  try {
    target = realpathSync(resolve(cwd, change.input.path ?? change.input.file));
    stat = statSync(target);
    if (!stat.isFile()) return `${change.input.file} is not a regular file and is not fixed`;
    now = readLimited(target, change.before.length, true).bytes;
  } catch (e) {
    return `${change.input.file} is not fixed: ${reason(e)}`;
  }
  if (!Buffer.from(now).equals(Buffer.from(change.before))) return `${change.input.file} changed while it was linted and is not fixed`;
  const temp = join(dirname(target), `.${basename(target)}.clusterlint-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    writeFileSync(temp, change.after, { flag: "wx", mode: stat.mode & 4095 });
    chmodSync(temp, stat.mode & 4095);
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { force: true });
    return `${change.input.file} is not fixed: ${e.message}`;
  }
  return void 0;
}

// src/io/report-target.ts
import { realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { basename as basename2, resolve as resolve2 } from "node:path";

// src/dialect/holds-spec.ts
function holdsSpec(file, bytes, head = false) {
  if (head) return sniffDialect(decodeUtf8(bytes).text) !== void 0;
  const decoded = decodeUtf8(bytes);
  if (decoded.ok && formatOf(file, decoded.text) === "json" && !mayHoldTooManyValues(decoded.text)) {
    if (ARRAY_START.test(decoded.text) && sniffDialect(decoded.text) === void 0) return false;
    let data;
    try {
      data = JSON.parse(decoded.text);
    } catch {
      return holdsSpecParsed(file, bytes);
    }
    if (nestsTooDeep(data)) return sniffDialect(decoded.text) !== void 0;
    return isObject(data) && decideDialect(data, void 0, void 0) !== void 0;
  }
  return holdsSpecParsed(file, bytes);
}
var ARRAY_START = /^[ \t\r\n]*\[/;
function holdsSpecParsed(file, bytes) {
  const spec = parseFile(file, bytes);
  return spec.documents.some(
    (doc) => doc.syntax ? sniffDialect(spec.text) !== void 0 : isObject(doc.data) && decideDialect(doc.data, void 0, spec.modelineSchema) !== void 0
  );
}

// src/io/report-target.ts
function checkReportTarget(path, inputs, cwd, limit) {
  const target = resolve2(cwd, path);
  let stat;
  try {
    stat = statSync2(target);
  } catch {
    return;
  }
  const refuse = (why) => new UsageError(`will not write the report to ${displayPath(path)}: ${why}; choose another file`);
  if (stat.isDirectory()) throw refuse("it is a directory");
  const identity = stat.isFile();
  const names = namesOf(target, stat);
  for (const input of inputs) {
    if (names && input.kind === "file" && !input.explicit && !input.bytes && !names.has(nameKey(lastName(input.file)))) continue;
    const at = resolve2(cwd, input.path ?? input.file);
    if (at === target || identity && !input.bytes && sameFile(at, stat)) throw refuse("it is one of the files being linted");
  }
  if (!stat.isFile()) return;
  let spec;
  try {
    spec = holdsSpecAt(target, limit);
  } catch (e) {
    throw new UsageError(`cannot write ${displayPath(path)}: ${reason(e)}`);
  }
  if (spec) throw refuse("it is a Batch Compute or Container Service spec");
}
function namesOf(target, stat) {
  if (stat.isFile() && stat.nlink !== 1) return void 0;
  const names = /* @__PURE__ */ new Set([nameKey(basename2(target))]);
  if (stat.isFile()) {
    try {
      names.add(nameKey(basename2(realpathSync2(target))));
    } catch {
      return void 0;
    }
  }
  return names;
}
function nameKey(name) {
  return name.normalize("NFC").toUpperCase().toLowerCase();
}
function lastName(file) {
  return file.slice(file.lastIndexOf("/") + 1);
}
function holdsSpecAt(path, limit) {
  const read = readLimited(path, limit, true);
  return holdsSpec(path, read.bytes, read.oversize !== void 0);
}
function sameFile(path, target) {
  try {
    const s = statSync2(path);
    return s.ino === target.ino && s.dev === target.dev;
  } catch {
    return false;
  }
}

// src/io/unmatched.ts
import { statSync as statSync3 } from "node:fs";
import { resolve as resolve3 } from "node:path";
function nothingLinted(run2) {
  if (run2.linted > 0) return void 0;
  if (run2.ignoreUnknown && run2.inputs.length > 0 && run2.named === run2.inputs.length) return void 0;
  const where = run2.paths.map((p) => isDirectory(p, run2.cwd) ? `${displayPath(p).replace(/\/?$/, "/")}` : displayPath(p)).join(", ");
  const n = run2.inputs.length;
  const files = run2.include ? `file${n === 1 ? "" : "s"} matching the config's include` : `JSON/YAML file${n === 1 ? "" : "s"}`;
  const why = n === 0 ? run2.include ? "no file matches the config's include" : "no JSON or YAML files" : `${n} ${files} skipped: not Batch Compute or Container Service specs`;
  return `no spec files found in ${where} (${why})`;
}
function isDirectory(path, cwd) {
  try {
    return statSync3(resolve3(cwd, path)).isDirectory();
  } catch {
    return false;
  }
}

// src/cache/lint-cached.ts
import { readFileSync, statSync as statSync5 } from "node:fs";
import { dirname as dirname3, isAbsolute, join as join2, relative, resolve as resolve4 } from "node:path";
import { fileURLToPath } from "node:url";

// src/cache/store.ts
import { closeSync, fstatSync, mkdirSync, openSync, renameSync as renameSync2, rmSync as rmSync2, statSync as statSync4 } from "node:fs";
import { dirname as dirname2 } from "node:path";
import { isAscii } from "node:buffer";
var FORMAT = 2;
var MAX_CACHE_BYTES = 64 * 1024 * 1024;
function readCache(path, key) {
  let fd;
  try {
    if (!statSync4(path).isFile()) return { ok: false };
    fd = openSync(path, "r");
  } catch {
    return { ok: false };
  }
  let bytes;
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > MAX_CACHE_BYTES) return { ok: false };
    bytes = readSized(fd, stat.size);
  } catch {
    return { ok: false };
  } finally {
    closeSync(fd);
  }
  const cache = splitCache(bytes.toString(isAscii(bytes) ? "latin1" : "utf8"), key);
  return cache ? { ok: true, cache } : { ok: false };
}
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => Number.isSafeInteger(v) && v >= 0;
var isTime = (v) => typeof v === "number" && Number.isFinite(v);
var HASH = /^[0-9a-f]{64}$/;
function splitCache(text, key) {
  const headEnd = text.indexOf("\n");
  if (headEnd < 0) return void 0;
  let head;
  try {
    head = JSON.parse(text.slice(0, headEnd));
  } catch {
    return void 0;
  }
  if (!isRecord(head) || head.clusterlintCache !== FORMAT || head.key !== key || !isTime(head.started) || !isCount(head.entries)) return void 0;
  const entries = /* @__PURE__ */ new Map();
  for (let at = headEnd + 1; at < text.length; ) {
    const end = text.indexOf("\n", at);
    const tab = text.indexOf("	", at);
    if (end < 0 || tab < 0 || tab > end) return void 0;
    let file;
    try {
      file = JSON.parse(text.slice(at, tab));
    } catch {
      return void 0;
    }
    if (typeof file !== "string" || entries.has(file)) return void 0;
    entries.set(file, text.slice(tab + 1, end));
    at = end + 1;
  }
  return entries.size === head.entries ? { started: head.started, entries } : void 0;
}
function entryOf(text) {
  let e;
  try {
    e = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (!Array.isArray(e) || e.length !== 12) return void 0;
  const [size, mtimeMs, ctimeMs, ino, hash, explicit] = e;
  if (!isCount(size) || !isTime(mtimeMs) || !isTime(ctimeMs) || !isTime(ino) || typeof hash !== "string" || !HASH.test(hash) || explicit !== 0 && explicit !== 1) return void 0;
  return { size, mtimeMs, ctimeMs, ino, hash, explicit: explicit === 1, raw: e, text };
}
function outcomeOf(file, entry, excerpts) {
  const [, , , , , , linted, candidates, omitted, summaries, directives, lines] = entry.raw;
  let kept;
  if (excerpts) {
    if (!Array.isArray(lines)) return void 0;
    kept = [];
    for (const l of lines) {
      if (!Array.isArray(l) || l.length !== 2 || !Number.isSafeInteger(l[0]) || l[0] < 1 || typeof l[1] !== "string") return void 0;
      kept.push([l[0], l[1]]);
    }
  }
  if (linted !== 0 && linted !== 1 || !Array.isArray(candidates) || !Array.isArray(summaries) || !Array.isArray(directives)) return void 0;
  if (!Array.isArray(omitted) || omitted.length !== 2 || !isCount(omitted[0]) || !isCount(omitted[1])) return void 0;
  const list = [];
  for (const c of candidates) {
    const made = candidateOf(c, file);
    if (!made) return void 0;
    list.push(made);
  }
  const sums = [];
  for (const x of summaries) {
    const made = summaryOf(x, file);
    if (!made) return void 0;
    sums.push(made);
  }
  const dirs = [];
  for (const d of directives) {
    const made = directiveOf(d);
    if (!made) return void 0;
    dirs.push(made);
  }
  return { file, linted: linted === 1, candidates: list, omitted: { unknown: omitted[0], other: omitted[1] }, directives: dirs, summaries: sums, ...kept && linted === 1 ? { excerpts: kept } : {} };
}
var ORIGINS = /* @__PURE__ */ new Set(["api", "template", "lint"]);
var SEVERITIES = /* @__PURE__ */ new Set(["error", "warning"]);
var KINDS = /* @__PURE__ */ new Set(["disable-next-line", "disable-line", "disable", "enable", "disable-file"]);
var DIALECTS2 = /* @__PURE__ */ new Set(["batchcompute", "containerservice"]);
var isLine = (v) => Number.isSafeInteger(v) && v >= 1;
function candidateOf(d, file) {
  if (!Array.isArray(d) || d.length !== 16) return void 0;
  const [code, message, detail, status, origin, severity, rule, document, pointer, line, column, endLine, endColumn, fix, parameter, rank] = d;
  if (parameter === null !== (rank === null) || parameter !== null && (typeof parameter !== "string" || !isCount(rank))) return void 0;
  if (typeof code !== "string" || typeof message !== "string" || detail !== null && (typeof detail !== "string" || detail === "")) return void 0;
  if (status !== null && !isCount(status)) return void 0;
  if (!ORIGINS.has(origin) || !SEVERITIES.has(severity) || typeof rule !== "string" || !isCount(document) || typeof pointer !== "string") return void 0;
  if (!isLine(line) || !isLine(column) || !isLine(endLine) || !isLine(endColumn)) return void 0;
  let fixed;
  if (fix !== null) {
    if (!Array.isArray(fix) || fix.length !== 3 || !isCount(fix[0]) || !isCount(fix[1]) || fix[1] < fix[0] || typeof fix[2] !== "string") return void 0;
    fixed = { range: [fix[0], fix[1]], text: fix[2] };
  }
  const finding = { code, message, status, origin, severity, rule, pointer };
  if (detail !== null) finding.detail = detail;
  if (parameter !== null) {
    finding.parameter = parameter;
    finding.rank = rank;
  }
  return placeAt(finding, file, document, { line, column, endLine, endColumn }, fixed);
}
function bare() {
  return /* @__PURE__ */ Object.create(null);
}
function summaryOf(s, file) {
  if (!Array.isArray(s) || s.length !== 6) return void 0;
  const [document, dialect, token, hash, lines, places] = s;
  if (!isCount(document) || !DIALECTS2.has(dialect) || token !== null && typeof token !== "string") return void 0;
  if (hash !== null && (typeof hash !== "string" || !HASH.test(hash))) return void 0;
  const summary = { file, document, dialect, ...token !== null ? { idempotentToken: token } : {} };
  if (hash !== null) summary.bodyHash = hash;
  if (lines !== null) {
    if (!isRecord(lines)) return void 0;
    const kept = bare();
    for (const k of Object.keys(lines)) {
      if (!isLine(lines[k])) return void 0;
      kept[k] = lines[k];
    }
    summary.lines = kept;
  }
  if (places !== null) {
    if (!isRecord(places)) return void 0;
    const kept = bare();
    for (const k of Object.keys(places)) {
      const r = places[k];
      if (!Array.isArray(r) || r.length !== 4 || !r.every(isLine)) return void 0;
      kept[k] = { line: r[0], column: r[1], endLine: r[2], endColumn: r[3] };
    }
    summary.places = kept;
  }
  return summary;
}
function directiveOf(d) {
  if (!Array.isArray(d) || d.length !== 7) return void 0;
  const [kind, codes, reason2, line, column, endColumn, document] = d;
  if (!KINDS.has(kind) || !Array.isArray(codes) || !codes.every((c) => typeof c === "string") || typeof reason2 !== "string") return void 0;
  if (!isLine(line) || !isLine(column) || !isLine(endColumn) || !isCount(document)) return void 0;
  return { kind, codes: [...codes], reason: reason2, line, column, endColumn, document };
}
function storedOutcome(outcome) {
  const candidates = outcome.candidates.map((d) => [
    d.code,
    d.message,
    d.detail || null,
    d.status,
    d.origin,
    d.severity,
    d.rule,
    d.document,
    d.pointer,
    d.line,
    d.column,
    d.endLine,
    d.endColumn,
    d.fix ? [d.fix.range[0], d.fix.range[1], d.fix.text] : null,
    d.parameter ?? null,
    d.parameter !== void 0 ? d.rank ?? 0 : null
  ]);
  const summaries = outcome.summaries.map((s) => [
    s.document,
    s.dialect,
    s.idempotentToken ?? null,
    s.bodyHash ?? null,
    s.lines ?? null,
    s.places ? Object.fromEntries(Object.entries(s.places).map(([k, r]) => [k, [r.line, r.column, r.endLine, r.endColumn]])) : null
  ]);
  const directives = outcome.directives.map((d) => [d.kind, d.codes, d.reason, d.line, d.column, d.endColumn, d.document]);
  return [outcome.linted ? 1 : 0, candidates, [outcome.omitted.unknown, outcome.omitted.other], summaries, directives, outcome.excerpts ?? (outcome.linted ? null : [])];
}
var NON_ASCII = /[\u0080-\uffff]/g;
function asciiJson(value) {
  const text = JSON.stringify(value);
  NON_ASCII.lastIndex = 0;
  return NON_ASCII.test(text) ? text.replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : text;
}
function storedEntry(kept) {
  if ("stored" in kept) return kept.stored;
  const { stamp } = kept;
  return asciiJson([stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, kept.hash, kept.explicit ? 1 : 0, ...kept.outcome]);
}
function writeCache(path, key, started, files) {
  const temp = `${path}.${process.pid}.${builtin("node:crypto").randomBytes(6).toString("hex")}.tmp`;
  try {
    mkdirSync(dirname2(path), { recursive: true });
    const fd = openSync(temp, "wx", 420);
    try {
      inBatches(
        (function* () {
          yield `{"clusterlintCache":${FORMAT},"key":${asciiJson(key)},"started":${JSON.stringify(started)},"entries":${files.size}}
`;
          for (const [file, kept] of files) yield `${asciiJson(file)}	${storedEntry(kept)}
`;
        })(),
        (text) => writeAll(fd, text)
      );
    } finally {
      closeSync(fd);
    }
    renameSync2(temp, path);
    return void 0;
  } catch (e) {
    try {
      rmSync2(temp, { force: true });
    } catch {
    }
    return e.code ?? e.message;
  }
}

// src/cache/lint-cached.ts
var DEFAULT_CACHE_NAME = ".clusterlintcache";
var RACY_MS = 2e3;
function cachePath(location, cwd) {
  const at = resolve4(cwd, location ?? DEFAULT_CACHE_NAME);
  if (location !== void 0 && /[\\/]$/.test(location)) return join2(at, DEFAULT_CACHE_NAME);
  try {
    if (statSync5(at).isDirectory()) return join2(at, DEFAULT_CACHE_NAME);
  } catch {
  }
  return at;
}
function codeHash() {
  const parts = [];
  try {
    const self = fileURLToPath(import.meta.url);
    parts.push(contentHash(readFileSync(self)));
    const engine = join2(dirname3(self), "engine.js");
    parts.push(contentHash(readFileSync(engine)));
  } catch {
  }
  return parts.join(":");
}
function runKey(options) {
  const run2 = [package_default.version, options.config, options.dialect ?? null, options.baseDir, options.cwd];
  if (typeof CLUSTERLINT_PROGRAM_IDENTITY === "string") return JSON.stringify([CLUSTERLINT_PROGRAM_IDENTITY, ...run2]);
  return contentHash(JSON.stringify([codeHash(), Object.values(DIALECTS).map((d) => [d.name, d.schema]), ...run2]));
}
function lintCached(cache, spread) {
  const refuse = (why) => new UsageError(`will not write the cache to ${shown(cache)}: ${why}; choose another --cache-location`);
  for (const report of cache.reports) {
    if (resolve4(cache.cwd, report) === cache.path) throw refuse("it is a report of this run");
  }
  return (sorted, options) => run(cache, sorted, options, spread, refuse);
}
function run(cache, sorted, options, spread, refuse) {
  const started = Date.now();
  let target;
  try {
    target = statSync5(cache.path);
  } catch {
  }
  const key = runKey(options);
  const read = readCache(cache.path, key);
  const old = read.ok ? read.cache : void 0;
  const entries = /* @__PURE__ */ new Map();
  let changed = !old;
  const outcomes = new Array(sorted.length);
  const toLint = [];
  const lintAt = [];
  const made = [];
  for (let i = 0; i < sorted.length; i++) {
    const input = sorted[i];
    const miss = (replaced, stamp2) => {
      toLint.push(replaced);
      lintAt.push(i);
      made.push(stamp2);
      changed = true;
    };
    if (input.bytes) {
      miss(input);
      continue;
    }
    const path = pathToOpen(input, cache.cwd);
    let stat;
    try {
      stat = statSync5(path, { throwIfNoEntry: false });
    } catch {
    }
    if (target && stat && stat.ino === target.ino && stat.dev === target.dev) throw refuse("it is one of the files being linted");
    if (!stat?.isFile()) {
      miss(input);
      continue;
    }
    const stamp = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
    const stored = old?.entries.get(input.file);
    const entry = stored === void 0 ? void 0 : entryOf(stored);
    const usable = entry && entry.explicit === input.explicit && entry.size === stamp.size;
    if (usable && sameStamp(entry, stamp) && Math.max(stamp.mtimeMs, stamp.ctimeMs) < old.started - RACY_MS) {
      const outcome = outcomeOf(input.file, entry, options.excerpts === true);
      if (outcome) {
        outcomes[i] = outcome;
        entries.set(input.file, { stored: entry.text });
        continue;
      }
    }
    if (usable) {
      let bytes;
      try {
        bytes = readLimited(path, cache.limit, true);
      } catch {
        miss(input);
        continue;
      }
      const hash = contentHash(bytes.bytes);
      if (hash === entry.hash) {
        const outcome = outcomeOf(input.file, entry, options.excerpts === true);
        if (outcome) {
          outcomes[i] = outcome;
          entries.set(input.file, { stamp, hash, explicit: input.explicit, outcome: entry.raw.slice(6) });
          changed = true;
          continue;
        }
      }
    }
    miss(input, stamp);
  }
  if (!read.ok && target?.isFile()) {
    let spec;
    try {
      spec = holdsSpecAt(cache.path, cache.limit);
    } catch (e) {
      throw refuse(`it cannot be read to tell whether it is a spec (${reason(e)})`);
    }
    if (spec) throw refuse("it is a Batch Compute or Container Service spec");
  }
  if (old && old.entries.size !== entries.size + made.filter(Boolean).length) changed = true;
  const each = spread(toLint) ?? lintInTurn;
  const linted = toLint.length ? each(toLint, { ...options, keepForCache: true }) : [];
  linted.forEach((outcome, k) => {
    outcomes[lintAt[k]] = outcome;
    const stamp = made[k];
    if (stamp && outcome.hash !== void 0) entries.set(toLint[k].file, { stamp, hash: outcome.hash, explicit: toLint[k].explicit, outcome: storedOutcome(outcome) });
  });
  if (changed) {
    const problem = writeCache(cache.path, key, started, entries);
    if (problem) cache.notice(`cannot write the cache ${shown(cache)}: ${problem}`);
  }
  return outcomes;
}
function shown(cache) {
  const rel = relative(cache.cwd, cache.path);
  return displayPath(rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : cache.path);
}
function sameStamp(a, b) {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

// src/cli/verdict.ts
function verdict(results, maxWarnings) {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const failed = results.reduce((n, r) => n + r.diagnostics.filter((d) => d.code === "RuleFailure").length, 0);
  if (failed > 0) return { errors, warnings, failure: { cause: "rule-failure", message: `${failed} check${failed === 1 ? "" : "s"} of clusterlint failed (RuleFailure); the report is incomplete.` } };
  if (errors > 0) return { errors, warnings, failure: { cause: "errors", message: `${errors} error${errors === 1 ? "" : "s"} found.` } };
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    return { errors, warnings, failure: { cause: "warnings", message: `too many warnings (${warnings}); the maximum is ${maxWarnings}.` } };
  }
  return { errors, warnings };
}
function parseMaxWarnings(value, name) {
  if (value === void 0 || value === "-1") return -1;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} takes a whole number, or -1 for no limit, not "${value}"`);
  return Number(value);
}

// src/cli/init.ts
import { existsSync, readFileSync as readFileSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { basename as basename3, dirname as dirname4, extname, join as join3, relative as relative2, resolve as resolve5, sep } from "node:path";
import { parseArgs } from "node:util";
var HELP = `Usage: clusterlint init [--dialect NAME] [FILE]

Writes a starter CreateCluster spec that editors associate with clusterlint's schema (a "$schema"
key in JSON, a "# yaml-language-server: $schema=..." line in YAML). The format follows FILE's
extension (.json, .yaml or .yml). An existing file is never overwritten.

Options:
  --dialect NAME   batchcompute | containerservice (default: from FILE's name, else batchcompute)
  --help           print this help and exit

FILE defaults to cluster.<dialect>.yaml in the working directory.
`;
function packageName(dir) {
  try {
    return JSON.parse(readFileSync2(join3(dir, "package.json"), "utf8")).name;
  } catch {
    return void 0;
  }
}
function relativeRef(fromDir, to) {
  const rel = relative2(fromDir, to).split(sep).join("/");
  return rel.startsWith("../") ? rel : `./${rel}`;
}
function schemaReference(target, schemaFile) {
  const from = dirname4(target);
  let projectRoot;
  for (let dir = from; ; dir = dirname4(dir)) {
    const installed = join3(dir, "node_modules", "clusterlint", "schemas", schemaFile);
    if (existsSync(installed)) return { ref: relativeRef(from, installed), exists: true };
    const own = join3(dir, "schemas", schemaFile);
    if (packageName(dir) === "clusterlint" && existsSync(own)) return { ref: relativeRef(from, own), exists: true };
    if (projectRoot === void 0 && existsSync(join3(dir, "package.json"))) projectRoot = dir;
    if (dirname4(dir) === dir) break;
  }
  return { ref: relativeRef(from, join3(projectRoot ?? from, "node_modules", "clusterlint", "schemas", schemaFile)), exists: false };
}
function starterText(dialect, format, ref, shownName) {
  const body = starterBody(dialect);
  if (format === "json") return `${JSON.stringify({ $schema: ref, ...body }, null, 2)}
`;
  const { Document, isPair, isScalar } = vendor("yaml");
  const doc = new Document(body);
  const properties = dialect.schema.properties ?? {};
  for (const item of doc.contents.items ?? []) {
    if (!isPair(item) || !isScalar(item.key)) continue;
    const node = properties[String(item.key.value)];
    if (node?.["x-secret"]) item.key.commentBefore = " A placeholder: inject the real secret at deploy time (clusterlint warns while it is written here).";
  }
  const title = String(dialect.schema.title ?? dialect.name);
  const header = [
    `# yaml-language-server: $schema=${ref}`,
    `# ${title}, written by \`clusterlint init\`.`,
    "# Your editor completes and explains each field from the schema above. Check the file with:",
    `#   npx clusterlint ${shownName}`
  ];
  return `${header.join("\n")}
${doc.toString()}`;
}
function dialectOfName(file) {
  const parts = basename3(file).toLowerCase().split(".");
  return Object.keys(DIALECTS).find((name) => parts.slice(0, -1).includes(name));
}
function runInit(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { dialect: { type: "string" }, help: { type: "boolean", short: "h" } } });
  } catch (e) {
    const message = e.message.split("\n")[0];
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw new UsageError(`init: ${unknown ? `unknown option ${unknown[1]}` : message.replace(/\.$/, "")} (see init --help)`);
  }
  if (parsed.values.help) return io.stdout(HELP), 0;
  if (parsed.positionals.length > 1) throw new UsageError("init writes one file; name at most one (see init --help)");
  const asked = parsed.values.dialect;
  if (asked !== void 0 && !(asked in DIALECTS)) throw new UsageError(`unknown dialect "${asked}"; use batchcompute or containerservice`);
  const given = parsed.positionals[0];
  const name = asked ?? (given ? dialectOfName(given) : void 0) ?? "batchcompute";
  const dialect = DIALECTS[name];
  const file = given ?? `cluster.${name}.yaml`;
  const ext = extname(file).toLowerCase();
  if (ext !== ".json" && ext !== ".yaml" && ext !== ".yml") throw new UsageError(`init writes a .json, .yaml or .yml file, not "${file}"`);
  const target = resolve5(io.cwd, file);
  const { ref, exists } = schemaReference(target, dialect.schemaFile);
  const text = starterText(dialect, ext === ".json" ? "json" : "yaml", ref, file);
  try {
    writeFileSync2(target, text, { flag: "wx" });
  } catch (e) {
    const code = e.code;
    throw new UsageError(code === "EEXIST" ? `${file} already exists; init never overwrites a file (name another one)` : `cannot write ${file}: ${reason(e)}`);
  }
  io.stdout(`Wrote ${file}: a ${dialect.schema.title} associated with ${ref}.
`);
  if (!exists) io.stdout(`Install clusterlint in this project (npm install --save-dev clusterlint) so that editors find ${ref}.
`);
  io.stdout(`Check it with: npx clusterlint ${file}
`);
  return 0;
}

// src/cli/cli.ts
var HELP2 = `Usage: clusterlint [options] [paths...]
       clusterlint init [--dialect NAME] [FILE]

Checks Alibaba Cloud CreateCluster specs (Batch Compute, Container Service) offline and reports
every problem with the API's own error code, message and HTTP status. Paths default to ".";
"-" reads standard input.

Options:
  -f, --format NAME       ${Object.keys(FORMATS).join(" | ")} (default: stylish)
  -f, --format NAME:FILE  also write a report in that format to FILE (repeatable)
  -o, --output-file FILE  write the report to FILE instead of standard output
  -c, --config FILE       use this config instead of the nearest clusterlint.config.{json,yaml,yml}
  --dialect NAME          batchcompute | containerservice: lint every file as this dialect
  --stdin-filename NAME   the name to report for "-" (default: <stdin>)
  --max-warnings N        exit 1 when there are more than N warnings (-1: no limit, the default)
  --ignore-unknown        skip named files that are not specs, as a directory walk does
                          (for pre-commit and lint-staged, which name every JSON/YAML file);
                          a run whose named files are all non-specs then exits 0 quietly
  --no-error-on-unmatched exit 0, not 2, when the paths hold no spec at all (the notice stays)
  -j, --jobs N            lint on up to N threads (no more than the cores) when there are enough
                          files (default: one per core)
  --fix                   fix the findings whose fix is certain, in place (README "Fixes");
                          the report shows what remains
  --fix-dry-run           print the fixes as a unified diff instead of writing them; the exit
                          status is as if they were applied (the report goes only to -o and
                          NAME:FILE reports)
  --cache                 take the results of files unchanged since the last --cache run from
                          a cache file, lint only the others (README "Cache")
  --cache-location PATH   the cache file (default: .clusterlintcache; a directory: a file in it)
  -q, --quiet             report errors only
  --color, --no-color     force colour, or plain text (also when NO_COLOR is set);
                          by default colour is used on a terminal only
  --print-config FILE     print the settings that apply to FILE and exit
  --explain CODE          print a code's documentation (message, status, what triggers it, how
                          to fix it, a failing and a passing example) and exit
  --lsp                   run the language server over stdio (the first argument; README
                          "Language server")
  -v, --version           print the version and exit
  -h, --help              print this help and exit

init writes a starter spec associated with its schema for editors (see init --help).

Exit status: 0 no errors, 1 errors (or too many warnings), 2 usage error or failure, or no
spec found at all (nothing linted is not a pass; see --no-error-on-unmatched).
`;
function runCli(argv, io) {
  try {
    return main(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`clusterlint: ${escapeText(e.message)}
`);
      return 2;
    }
    const err = e;
    io.stderr(`clusterlint: internal error: ${escapeText(err?.message ?? String(e))}${io.env.DEBUG ? "" : " (set DEBUG=1 for details)"}
`);
    if (io.env.DEBUG) io.stderr(`${err?.stack ?? ""}
`);
    return 2;
  }
}
function main(argv, io) {
  if (argv[0] === "init") return runInit(argv.slice(1), io);
  let parsed;
  try {
    parsed = parseArgs2({
      args: negativeValues(argv),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f", multiple: true },
        "output-file": { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        dialect: { type: "string" },
        "stdin-filename": { type: "string" },
        "max-warnings": { type: "string" },
        "ignore-unknown": { type: "boolean" },
        "no-error-on-unmatched": { type: "boolean" },
        jobs: { type: "string", short: "j" },
        quiet: { type: "boolean", short: "q" },
        fix: { type: "boolean" },
        "fix-dry-run": { type: "boolean" },
        cache: { type: "boolean" },
        "cache-location": { type: "string" },
        "no-color": { type: "boolean" },
        color: { type: "boolean" },
        "print-config": { type: "string" },
        explain: { type: "string" },
        lsp: { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (e) {
    const message = e.message.split("\n")[0];
    const unknown = /^Unknown option '([^']+)'/.exec(message);
    throw new UsageError(`${unknown ? `unknown option ${unknown[1]}` : message.replace(/\.$/, "")} (see --help)`);
  }
  const v = parsed.values;
  if (v.help) return io.stdout(HELP2), 0;
  if (v.version) return io.stdout(`${package_default.version}
`), 0;
  if (v.lsp) throw new UsageError("--lsp starts the language server and takes no other option before it: run `clusterlint --lsp`");
  if (v.explain !== void 0) {
    if (parsed.positionals.length) throw new UsageError("--explain takes a code, not paths to lint (see --help)");
    return io.stdout(explainText(explainDoc(v.explain))), 0;
  }
  const { main: formatName, files: reportFiles } = parseFormats(v.format ?? []);
  const dialect = v.dialect;
  if (dialect !== void 0 && dialect !== "batchcompute" && dialect !== "containerservice") {
    throw new UsageError(`unknown dialect "${v.dialect}"; use batchcompute or containerservice`);
  }
  const maxWarnings = parseMaxWarnings(v["max-warnings"], "--max-warnings");
  if (v.fix && v["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run: use one of them");
  let jobs;
  if (v.jobs !== void 0) {
    if (!/^[1-9]\d*$/.test(v.jobs)) throw new UsageError(`--jobs takes a whole number of at least 1, not "${v.jobs}"`);
    jobs = Number(v.jobs);
  }
  const loaded = loadConfig(v.config, io.cwd);
  const excerpts = formatName === "stylish" || reportFiles.some((r) => r.format === "stylish");
  const options = { config: loaded.config, baseDir: loaded.baseDir, cwd: io.cwd, ...dialect ? { dialect } : {}, ...excerpts ? { excerpts } : {} };
  if (v["print-config"] !== void 0) {
    io.stdout(`${safeJson(printConfig(v["print-config"], loaded.path, options), 2)}
`);
    return 0;
  }
  const paths = parsed.positionals.length ? parsed.positionals : ["."];
  if (v["output-file"] && reportFiles.some((r) => r.file === v["output-file"])) throw new UsageError(`two reports would be written to ${v["output-file"]}`);
  const targets = [...v["output-file"] ? [v["output-file"]] : [], ...reportFiles.map((r) => r.file)];
  const run2 = lintPaths(paths, {
    loaded,
    cwd: io.cwd,
    dialect,
    ignoreUnknown: v["ignore-unknown"],
    excerpts,
    stdin: io.stdin,
    stdinName: v["stdin-filename"],
    // Once the files are listed, before any is linted: no report may replace one of them or
    // another spec (SPEC §7); then threads if the work pays for them.
    each: (inputs2) => {
      for (const target of targets) checkReportTarget(target, inputs2, io.cwd, maxFileSize(loaded.config));
      const spread = (toLint) => {
        const workers = workersFor(toLint, jobs);
        const script = workers > 0 ? io.workerScript : void 0;
        return script === void 0 ? void 0 : lintInParallel(workers, script);
      };
      if (!v.cache) return spread(inputs2);
      const cache = { path: cachePath(v["cache-location"], io.cwd), cwd: io.cwd, limit: maxFileSize(loaded.config), reports: targets, notice: (t) => io.stderr(`clusterlint: ${escapeText(t)}
`) };
      return lintCached(cache, spread);
    }
  });
  const { named } = run2;
  let { inputs } = run2;
  let results = run2.results;
  const dryRun = v["fix-dry-run"] === true;
  if (v.fix || dryRun) ({ inputs, results } = applyFixRun(run2.inputs, run2.results, options, dryRun, io));
  if (v.quiet) {
    results = results.map((r) => ({ ...r, warningCount: 0, diagnostics: r.diagnostics.filter((d) => d.severity === "error") }));
  }
  const colorable = !v["no-color"] && !io.env.NO_COLOR && !v["output-file"];
  let color;
  const context = {
    ...formatContext(results, io.cwd, false),
    get color() {
      return color ??= colorable && (v.color === true || io.isTTY);
    }
  };
  const report = FORMATS[formatName](results, context);
  if (v["output-file"]) writeReport(v["output-file"], report, io.cwd);
  else if (!dryRun) inBatches(report, io.stdout);
  for (const r of reportFiles) writeReport(r.file, FORMATS[r.format](results, { ...context, color: false }), io.cwd);
  const unmatched = nothingLinted({
    paths,
    inputs,
    named,
    linted: results.length,
    ignoreUnknown: v["ignore-unknown"] === true,
    include: loaded.config.include !== void 0,
    cwd: io.cwd
  });
  if (unmatched) {
    io.stderr(`clusterlint: ${escapeText(unmatched)}
`);
    return v["no-error-on-unmatched"] ? 0 : 2;
  }
  const { failure } = verdict(results, maxWarnings);
  if (dryRun) io.stderr(`clusterlint: ${dryRunSummary(results)}
`);
  if (failure && failure.cause !== "errors") io.stderr(`clusterlint: ${failure.message}
`);
  return failure?.cause === "rule-failure" ? 2 : failure ? 1 : 0;
}
function applyFixRun(inputs, results, options, dryRun, io) {
  const outcome = fixAll(inputs, results, options, dryRun);
  const notices = [...outcome.notices];
  const failed = /* @__PURE__ */ new Set();
  for (const change of outcome.changed) {
    if (dryRun) {
      inBatches([maskedDiff(change)], io.stdout);
      continue;
    }
    const problem = writeFixed(change, io.cwd);
    if (problem) notices.push(problem), failed.add(change.input.file);
  }
  for (const notice of notices) io.stderr(`clusterlint: ${escapeText(notice)}
`);
  if (failed.size === 0) return { inputs: outcome.inputs, results: outcome.results };
  const before = new Map(results.map((r) => [r.file, r]));
  return {
    inputs: outcome.inputs.map((input, i) => failed.has(input.file) ? inputs[i] : input),
    results: outcome.results.map((r) => failed.has(r.file) ? { ...before.get(r.file), fixedCount: 0 } : r)
  };
}
function dryRunSummary(results) {
  let fixed = 0;
  let files = 0;
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    fixed += r.fixedCount ?? 0;
    if (r.fixedCount) files++;
    errors += r.errorCount;
    warnings += r.warningCount;
  }
  const left = errors + warnings;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(fixed, "finding")} would be fixed in ${plural(files, "file")}; ${plural(left, "problem")} would remain (${plural(errors, "error")}, ${plural(warnings, "warning")})`;
}
function parseFormats(options) {
  const known = (name) => {
    if (Object.hasOwn(FORMATS, name)) return name;
    throw new UsageError(`unknown format "${name}"; use one of: ${Object.keys(FORMATS).join(", ")}`);
  };
  const plain = [];
  const files = [];
  const seen = /* @__PURE__ */ new Set();
  for (const option of options) {
    const colon = option.indexOf(":");
    if (colon < 0) {
      plain.push(known(option));
      continue;
    }
    const file = option.slice(colon + 1);
    if (!file) throw new UsageError(`--format ${option} names no file; write --format NAME:FILE`);
    if (seen.has(file)) throw new UsageError(`two reports would be written to ${file}`);
    seen.add(file);
    files.push({ format: known(option.slice(0, colon)), file });
  }
  if (plain.length > 1) throw new UsageError(`--format ${plain.join(" and --format ")}: only one report goes to standard output; write the others to files with --format NAME:FILE`);
  return { main: plain[0] ?? "stylish", files };
}
function negativeValues(argv) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") return [...out, ...argv.slice(i)];
    if (argv[i] === "--max-warnings" && /^-\d+$/.test(argv[i + 1] ?? "")) out.push(`--max-warnings=${argv[++i]}`);
    else out.push(argv[i]);
  }
  return out;
}
function printConfig(file, configPath, options) {
  const c = options.config;
  const severity = { ...c.severity ?? {} };
  for (const o of overridesFor(file, options)) Object.assign(severity, o.severity ?? {});
  return {
    file,
    configFile: configPath ?? null,
    dialect: options.dialect ?? dialectOverride(file, options) ?? null,
    include: c.include ?? null,
    exclude: c.exclude ?? null,
    quotas: c.quotas ?? {},
    forbiddenOppositeRouterTypes: c.forbiddenOppositeRouterTypes ?? [],
    instanceTypes: c.instanceTypes ?? null,
    maxFileSize: maxFileSize(c),
    maxFindingsPerFile: maxFindings(c),
    severity
  };
}

// src/cli/main.ts
var LANGUAGE_SERVER = [".", "language-server.js"].join("/");
var lsp = process.argv[2] === "--lsp";
if (lsp) void import(LANGUAGE_SERVER);
if (!lsp && !(process.argv[2] === WORKER_ARG && serveLintWorker())) {
  let out;
  const stdout = () => {
    if (out) return out;
    out = process.stdout;
    out.on("error", (e) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    });
    return out;
  };
  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => void stdout().write(t),
    stderr: (t) => void process.stderr.write(t),
    stdin: (max) => readUpTo(0, max),
    get isTTY() {
      return stdout().isTTY === true;
    },
    // Made when threads are started (the URL parser loads on first use).
    get workerScript() {
      return new URL(import.meta.url);
    }
  });
}
