#!/usr/bin/env node
import { createRequire as __clusterlintRequire } from 'node:module';
const require = __clusterlintRequire(import.meta.url);
import {
  CROSS_FILE_RULES,
  DIALECTS,
  FORMATS,
  REPOSITORY_URL,
  RULES,
  UsageError,
  applyFixes,
  builtin,
  catalogueAnchor,
  catalogueCodes,
  catalogueEntry,
  closest,
  codeNameProblem,
  decideDialect,
  decodeUtf8,
  deref,
  dialectOverride,
  displayPath,
  escapeText,
  formatContext,
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
  orderFixes,
  overridesFor,
  package_default,
  parseFile,
  readInput,
  readLimited,
  readUpTo,
  reason,
  redactSecrets,
  rowsFor,
  safeJson,
  sniffDialect,
  templateCatalogueCode,
  templateCodes,
  unifiedDiff,
  vendor,
  writeReport
} from "./engine.js";

// src/cli/cli.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/run/heap.ts
var SMALL_RUN = 1e3;
var LARGE_RUN = 2e4;
var steered = false;
function wantsSteering(inputs, workers) {
  if (inputs.length < SMALL_RUN) return false;
  if (workers > 0 || inputs.length > LARGE_RUN) return true;
  return !inputs.some((input) => /\.ya?ml$/i.test(input.file));
}
function heapSteered() {
  return steered;
}
function steerHeap() {
  steered = true;
  const v8 = builtin("node:v8");
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  v8.setFlagsFromString("--heap-growing-percent=20");
}
function releaseHeap() {
  if (!steered) return;
  steered = false;
  const v8 = builtin("node:v8");
  v8.setFlagsFromString("--semi-space-growth-factor=2");
  v8.setFlagsFromString("--heap-growing-percent=0");
}

// src/run/parallel.ts
import { availableParallelism } from "node:os";
var WORKER_ARG = "--clusterlint-worker";
function defaultJobs() {
  return availableParallelism();
}
function workOf(input) {
  return /\.ya?ml$/i.test(input.file) ? 200 : 1;
}
var WORK_PER_THREAD = 2e4;
var BATCH = 32;
function lintInParallel(workers, script) {
  return (inputs, options) => options.ruleset ? lintInTurn(inputs, options) : runPool(inputs, options, workers, script);
}
function workersFor(inputs, jobs) {
  const work = inputs.reduce((sum, input) => sum + workOf(input), 0);
  const threads = Math.min(jobs, availableParallelism(), inputs.length);
  return Math.max(0, Math.min(threads - 1, Math.floor(work / WORK_PER_THREAD)));
}
function runPool(inputs, options, count, script) {
  const { MessageChannel, receiveMessageOnPort, Worker } = builtin("node:worker_threads");
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const pool = Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    const data = { clusterlintWorker: true, port: port2, signal, options, steer: heapSteered() };
    const worker = new Worker(script, { argv: [WORKER_ARG], workerData: data, transferList: [port2] });
    return { worker, port: port1 };
  });
  const outcomes = new Array(inputs.length);
  let next = 0;
  let done = 0;
  const give = (w) => {
    if (next >= inputs.length) return;
    const batch = { from: next, inputs: inputs.slice(next, next + BATCH) };
    next += batch.inputs.length;
    w.port.postMessage(batch);
  };
  try {
    for (const w of pool) give(w), give(w);
    while (done < inputs.length) {
      const seen = Atomics.load(counter, 0);
      for (const w of pool) {
        for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
          const reply = m.message;
          if ("error" in reply) throw reply.usage ? new UsageError(reply.error) : new Error(reply.error);
          reply.outcomes.forEach((o, k) => outcomes[reply.from + k] = o);
          done += reply.outcomes.length;
          give(w);
        }
      }
      if (next < inputs.length) {
        const end = Math.min(inputs.length, next + BATCH / 4);
        for (; next < end; next++, done++) outcomes[next] = lintFile(inputs[next], options);
      } else if (done < inputs.length) Atomics.wait(counter, 0, seen);
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
  if (data.steer) steerHeap();
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
import * as fs from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
var MAX_ROUNDS = 10;
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
  let text = decoded.text;
  const rounds = [];
  let diagnostics = result.diagnostics;
  let fixed = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const fixable = diagnostics.filter((d) => d.fix);
    if (fixable.length === 0) break;
    const ordered = orderFixes(fixable.map((d) => d.fix));
    if (!ordered) {
      if (round === 0) return `${input.file} is not fixed: two of its fixes change the same text`;
      break;
    }
    rounds.push({ text, fixes: ordered });
    text = applyFixes(text, ordered);
    fixed += fixable.length;
    const result2 = lintOne({ ...input, bytes: encode(text, bom) }, options);
    if (!result2) break;
    diagnostics = result2.diagnostics;
  }
  if (fixed === 0) return void 0;
  return { input, before, after: encode(text, bom), fixed, rounds };
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
    target = fs.realpathSync(resolve(cwd, change.input.path ?? change.input.file));
    stat = fs.statSync(target);
    if (!stat.isFile()) return `${change.input.file} is not a regular file and is not fixed`;
    now = readLimited(target, change.before.length, true).bytes;
  } catch (e) {
    return `${change.input.file} is not fixed: ${reason(e)}`;
  }
  if (!Buffer.from(now).equals(Buffer.from(change.before))) return `${change.input.file} changed while it was linted and is not fixed`;
  const temp = join(dirname(target), `.${basename(target)}.clusterlint-${process.pid}-${Date.now().toString(36)}.tmp`);
  try {
    fs.writeFileSync(temp, change.after, { flag: "wx", mode: stat.mode & 4095 });
    fs.chmodSync(temp, stat.mode & 4095);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    return `${change.input.file} is not fixed: ${e.message}`;
  }
  return void 0;
}

// src/io/report-target.ts
import { statSync as statSync2 } from "node:fs";
import { resolve as resolve2 } from "node:path";

// src/dialect/holds-spec.ts
function holdsSpec(file, bytes, head = false) {
  if (head) return sniffDialect(decodeUtf8(bytes).text) !== void 0;
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
  for (const input of inputs) {
    const at = resolve2(cwd, input.path ?? input.file);
    if (at === target || !input.bytes && sameFile(at, stat)) throw refuse("it is one of the files being linted");
  }
  if (!stat.isFile()) return;
  let read;
  try {
    read = readLimited(target, limit, true);
  } catch (e) {
    throw new UsageError(`cannot write ${displayPath(path)}: ${reason(e)}`);
  }
  if (holdsSpec(path, read.bytes, read.oversize !== void 0)) throw refuse("it is a Batch Compute or Container Service spec");
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
function nothingLinted(run) {
  if (run.linted > 0) return void 0;
  if (run.ignoreUnknown && run.inputs.length > 0 && run.named === run.inputs.length) return void 0;
  const where = run.paths.map((p) => isDirectory(p, run.cwd) ? `${displayPath(p).replace(/\/?$/, "/")}` : displayPath(p)).join(", ");
  const n = run.inputs.length;
  const files = run.include ? `file${n === 1 ? "" : "s"} matching the config's include` : `JSON/YAML file${n === 1 ? "" : "s"}`;
  const why = n === 0 ? run.include ? "no file matches the config's include" : "no JSON or YAML files" : `${n} ${files} skipped: not Batch Compute or Container Service specs`;
  return `no spec files found in ${where} (${why})`;
}
function isDirectory(path, cwd) {
  try {
    return statSync3(resolve3(cwd, path)).isDirectory();
  } catch {
    return false;
  }
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
import { existsSync, readFileSync, writeFileSync as writeFileSync2 } from "node:fs";
import { basename as basename2, dirname as dirname2, extname, join as join2, relative, resolve as resolve4, sep } from "node:path";
import { parseArgs } from "node:util";

// src/dialect/starter.ts
function snippetValue(body) {
  if (typeof body === "string") {
    const text = body.replace(/\$\{\d+:([^}]*)\}/g, "$1").replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, "$1").replace(/\$\{?\d+\}?/g, "");
    return body.startsWith("^") ? JSON.parse(text.slice(1)) : text;
  }
  if (Array.isArray(body)) return body.map(snippetValue);
  if (body && typeof body === "object") {
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [snippetValue(k), snippetValue(v)]));
  }
  return body;
}
function starterBody(dialect) {
  const snippets = dialect.schema.defaultSnippets;
  if (!snippets?.[0]) throw new Error(`the ${dialect.name} schema has no starter snippet`);
  return snippetValue(snippets[0].body);
}

// src/cli/init.ts
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
    return JSON.parse(readFileSync(join2(dir, "package.json"), "utf8")).name;
  } catch {
    return void 0;
  }
}
function relativeRef(fromDir, to) {
  const rel = relative(fromDir, to).split(sep).join("/");
  return rel.startsWith("../") ? rel : `./${rel}`;
}
function schemaReference(target, schemaFile) {
  const from = dirname2(target);
  let projectRoot;
  for (let dir = from; ; dir = dirname2(dir)) {
    const installed = join2(dir, "node_modules", "clusterlint", "schemas", schemaFile);
    if (existsSync(installed)) return { ref: relativeRef(from, installed), exists: true };
    const own = join2(dir, "schemas", schemaFile);
    if (packageName(dir) === "clusterlint" && existsSync(own)) return { ref: relativeRef(from, own), exists: true };
    if (projectRoot === void 0 && existsSync(join2(dir, "package.json"))) projectRoot = dir;
    if (dirname2(dir) === dir) break;
  }
  return { ref: relativeRef(from, join2(projectRoot ?? from, "node_modules", "clusterlint", "schemas", schemaFile)), exists: false };
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
  const parts = basename2(file).toLowerCase().split(".");
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
  const target = resolve4(io.cwd, file);
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

// src/docs/explain.ts
function parameterNodes(dialect) {
  const out = /* @__PURE__ */ new Map();
  const queue = [{ steps: [], node: dialect.schema, path: [] }];
  const seen = /* @__PURE__ */ new Set();
  while (queue.length) {
    const { steps, node: raw, path: above } = queue.shift();
    const node = deref(dialect.schema, raw);
    if (seen.has(node)) continue;
    seen.add(node);
    const param = node["x-parameter"];
    if (param && !out.has(param)) out.set(param, { steps, node, path: above });
    const path = [...above, node];
    for (const [name, child] of Object.entries(node.properties ?? {})) queue.push({ steps: [...steps, name], node: child, path });
    if (typeof node.additionalProperties === "object") queue.push({ steps: [...steps, "*"], node: node.additionalProperties, path });
    if (node.items) queue.push({ steps: [...steps, "[]"], node: node.items, path });
    if (node.propertyNames) queue.push({ steps: [...steps, "<name>"], node: node.propertyNames, path });
  }
  return out;
}
var typesOf = (node) => node.type === void 0 ? [] : Array.isArray(node.type) ? node.type : [node.type];
function wrongValue(node) {
  const types = typesOf(node);
  if (!types.includes("string")) return "x";
  if (!types.includes("integer") && !types.includes("number")) return 12345;
  return {};
}
function rightValue(node) {
  const n = node;
  if (Array.isArray(n.examples) && n.examples.length) return n.examples[0];
  if (Array.isArray(n.enum)) return n.enum.find((v) => v !== "") ?? n.enum[0];
  if (n.default !== void 0 && n.default !== "") return n.default;
  const types = typesOf(node);
  if (types.length !== 1) return void 0;
  if (types[0] === "boolean") return true;
  if ((types[0] === "integer" || types[0] === "number") && typeof n.minimum === "number" && typeof n.maximum === "number") return n.minimum;
  return void 0;
}
function createsNoRequired(starter, p) {
  let at = starter;
  for (let i = 0; i < p.steps.length; i++) {
    const step = p.steps[i];
    const exists = at !== null && typeof at === "object" && !Array.isArray(at) && step in at;
    if (!exists) return p.path.slice(i + 1).every((node) => !(node.required ?? []).length) && !(p.node.required ?? []).length;
    at = at[step];
  }
  return true;
}
var ALONE_FAILS = /* @__PURE__ */ new Set(["Configs.Networks.VPC.OppositeRouterType"]);
var EXAMPLE_KEY = "team";
function withValue(body, steps, value) {
  const copy = structuredClone(body);
  let at = copy;
  for (let i = 0; i < steps.length; i++) {
    const last = i === steps.length - 1;
    let key = steps[i];
    if (key === "[]") key = 0;
    else if (key === "*") key = Object.keys(at)[0] ?? EXAMPLE_KEY;
    const container = at;
    if (last) {
      if (value === void 0) delete container[key];
      else container[key] = value;
      break;
    }
    if (typeof container[key] !== "object" || container[key] === null) container[key] = steps[i + 1] === "[]" ? [{}] : {};
    at = container[key];
  }
  return copy;
}
var schemaRef = (dialect) => `./node_modules/clusterlint/schemas/${dialect.schemaFile}`;
function jsonExample(dialect, body, config) {
  return { filename: "cluster.json", text: `${JSON.stringify({ $schema: schemaRef(dialect), ...body }, null, 2)}
`, ...config ? { config } : {} };
}
var VPC = (body) => {
  body.Configs = { Networks: { VPC: { VpcId: "vpc-2zeabc", CidrBlock: "192.168.0.0/16" } } };
};
var group = (body) => body.Groups.group1;
var yaml = (text, config) => ({ filename: "cluster.yaml", text, ...config ? { config } : {} });
var BC_YAML = [
  `# yaml-language-server: $schema=./node_modules/clusterlint/schemas/batchcompute-cluster.schema.json`,
  "Name: my-cluster",
  "ImageId: m-2309yqb5n",
  "InstanceType: ecs.sn1.medium",
  "Groups:",
  "  group1:",
  "    DesiredVMCount: 1",
  "    ResourceType: OnDemand"
];
var HAND = {
  IdempotentTokenMismatch: {
    failing: yaml(`${BC_YAML.join("\n")}
IdempotentToken: deploy_42
---
${BC_YAML.slice(1).join("\n").replace("my-cluster", "other-cluster")}
IdempotentToken: deploy_42
`),
    passing: yaml(`${BC_YAML.join("\n")}
IdempotentToken: deploy_42
---
${BC_YAML.slice(1).join("\n").replace("my-cluster", "other-cluster")}
IdempotentToken: deploy_43
`),
    fix: "Give each different body its own IdempotentToken (a token may only be repeated with the very same body, to retry a request)."
  },
  InvalidJsonFormat: {
    failing: { filename: "cluster.json", text: '{\n  "Name": "my-cluster",\n  "ImageId": "m-2309yqb5n",\n}\n' },
    fix: "Write the body as valid JSON (no trailing comma, quoted keys, no comments), or use YAML."
  },
  InvalidHttpBody: {
    failing: yaml(`${BC_YAML[0]}
- Name: my-cluster
`),
    fix: "The body is one object of parameters, not a list or a scalar."
  },
  MissingName: { failing: (b) => delete b.Name, fix: "Add a Name." },
  "MissingConfigs.Networks.VPC.OppositeRouterId": {
    failing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeAccessPointId: "ap-cn-hangzhou-xx", OppositeRegionId: "cn-hangzhou" })),
    passing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterId: "vbr-2ze1", OppositeAccessPointId: "ap-cn-hangzhou-xx", OppositeRegionId: "cn-hangzhou" })),
    fix: "An Express Connect setting needs OppositeRouterId, OppositeAccessPointId and OppositeRegionId together: add the missing one, or remove the others."
  },
  "MissingConfigs.Networks.VPC.OppositeAccessPointId": {
    failing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterId: "vbr-2ze1", OppositeRegionId: "cn-hangzhou" })),
    passing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterId: "vbr-2ze1", OppositeAccessPointId: "ap-cn-hangzhou-xx", OppositeRegionId: "cn-hangzhou" })),
    fix: "An Express Connect setting needs OppositeRouterId, OppositeAccessPointId and OppositeRegionId together: add the missing one, or remove the others."
  },
  "MissingConfigs.Networks.VPC.OppositeRegionId": {
    failing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterId: "vbr-2ze1", OppositeAccessPointId: "ap-cn-hangzhou-xx" })),
    passing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterId: "vbr-2ze1", OppositeAccessPointId: "ap-cn-hangzhou-xx", OppositeRegionId: "cn-hangzhou" })),
    fix: "An Express Connect setting needs OppositeRouterId, OppositeAccessPointId and OppositeRegionId together: add the missing one, or remove the others."
  },
  InvalidName: { failing: (b) => b.Name = "1st cluster", fix: "Use a string of 1 to 64 characters from [a-zA-Z0-9_-] that does not start with a digit." },
  InvalidDescription: { failing: (b) => b.Description = 42, fix: "Use a string of at most 1024 characters." },
  MissingImageId: { failing: (b) => delete b.ImageId, fix: "Add an ImageId (an ECS image m-\u2026 or a Batch Compute image img-\u2026)." },
  InvalidImageId: { failing: (b) => b.ImageId = "", fix: "Use an image id of 1 to 256 characters, starting with m- (ECS) or img- (Batch Compute)." },
  InvalidUserData: { failing: (b) => b.UserData = "team=data", fix: "UserData is an object of at most 64 string values." },
  "InvalidUserData.{key}": { failing: (b) => b.UserData = { "": "data" }, passing: (b) => b.UserData = { team: "data" }, fix: "Use keys of 1 to 128 characters." },
  "InvalidUserData.{key}.value": { failing: (b) => b.UserData = { team: 42 }, passing: (b) => b.UserData = { team: "42" }, fix: "Write each value as a string (quote numbers and booleans) of at most 1024 characters." },
  InvalidGroups: { failing: (b) => b.Groups = "group1", fix: "Groups is an object of 1 to 64 named groups." },
  "InvalidGroups.{key}": { failing: (b) => b.Groups = { group1: "ecs.sn1.medium" }, fix: "Each group is an object (DesiredVMCount, ResourceType, \u2026) under a name of 1 to 64 characters." },
  MissingDesiredVMCount: { failing: (b) => delete group(b).DesiredVMCount, fix: "Give each group a DesiredVMCount." },
  InvalidDesiredVMCount: { failing: (b) => group(b).DesiredVMCount = "2", fix: "Use a whole number in [1, 65536], written without quotes (0 is accepted with a warning: an empty group, scaled later)." },
  InvalidCidrBlock: {
    failing: (b) => (VPC(b), b.Configs.Networks.VPC.CidrBlock = "8.8.8.0/24"),
    passing: VPC,
    fix: "Use a private IPv4 network (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16) with a mask from 12 to 24."
  },
  "QuotaExhausted.MaxClusterCount": {
    failing: yaml(`${BC_YAML.join("\n")}
---
${BC_YAML.slice(1).join("\n").replace("my-cluster", "other-cluster")}
`, { quotas: { MaxClusterCount: 1 } }),
    passing: yaml(`${BC_YAML.join("\n")}
`, { quotas: { MaxClusterCount: 1 } }),
    fix: "Create fewer clusters in one run, or raise the quota (and the config's quotas.MaxClusterCount) with Alibaba Cloud."
  },
  "QuotaExhausted.MaxClusterGroupCount": {
    failing: (b) => b.Groups.group2 = { DesiredVMCount: 1, ResourceType: "OnDemand" },
    config: { quotas: { MaxClusterGroupCount: 1 } },
    fix: "Use fewer groups, or raise the quota (and the config's quotas.MaxClusterGroupCount)."
  },
  "QuotaExhausted.MaxClusterGroupDesiredVMCount": {
    failing: (b) => group(b).DesiredVMCount = 3,
    config: { quotas: { MaxClusterGroupDesiredVMCount: 2 } },
    fix: "Ask for fewer VMs per group, or raise the quota (and the config's quotas.MaxClusterGroupDesiredVMCount)."
  },
  "QuotaExhausted.Configs.Networks.VPC.OppositeRouterType": {
    failing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterType: "VBR", OppositeRouterId: "vbr-2ze1", OppositeAccessPointId: "ap-cn-hangzhou-xx", OppositeRegionId: "cn-hangzhou" })),
    passing: (b) => (VPC(b), Object.assign(b.Configs.Networks.VPC, { OppositeRouterType: "VRouter", OppositeRouterId: "vrt-2ze1", OppositeAccessPointId: "ap-cn-hangzhou-xx", OppositeRegionId: "cn-hangzhou" })),
    config: { forbiddenOppositeRouterTypes: ["VBR"] },
    fix: "Use a router type the account may use (the config's forbiddenOppositeRouterTypes lists the forbidden ones)."
  },
  MissingInstanceType: { failing: (b) => delete b.InstanceType, fix: "Name an InstanceType on the cluster, or on each group." },
  InvalidInstanceType: {
    failing: (b) => b.InstanceType = "ecs.sn1.large",
    config: { instanceTypes: ["ecs.sn1.medium"] },
    fix: "Use an instance type of the form ecs.<family>.<size> or bcs.<family>.<size>, from the config's instanceTypes when it lists them."
  },
  MissingResourceType: { failing: (b) => delete group(b).ResourceType, fix: "Give each group a ResourceType: OnDemand, Spot or PrePaid." },
  InvalidResourceType: { failing: (b) => group(b).ResourceType = "Reserved", fix: "Use OnDemand, Spot or PrePaid." },
  "Invalid{Parameter}": {
    failing: (b) => b.Bootstrap = 42,
    fix: "Give the parameter the type and value the API documents (the schema says which; `--explain` on the reported code, e.g. InvalidBootstrap, says more)."
  },
  // Lint-only codes.
  InvalidYamlFormat: { failing: yaml(`${BC_YAML.join("\n")}
Description: [unclosed
`), passing: yaml(`${BC_YAML.join("\n")}
`), fix: "Correct the YAML syntax at the reported position (or quote the value)." },
  FileTooLarge: {
    failing: (b) => b.Description = "x".repeat(600),
    config: { maxFileSize: 512 },
    fix: "Split the file, or raise maxFileSize in the config (up to 256 MiB)."
  },
  TooManyFindings: {
    failing: (b) => (b.Name = "1st cluster", b.Description = 42),
    config: { maxFindingsPerFile: 1 },
    fix: "Fix the findings shown and run again, or raise maxFindingsPerFile in the config."
  },
  UnknownDialect: {
    failing: { filename: "cluster.json", text: '{\n  "cluster": "my-cluster"\n}\n' },
    fix: `Add a "$schema" reference to the dialect's schema (as clusterlint init writes it), or pass --dialect.`
  },
  DuplicateKey: { failing: yaml(`${BC_YAML.join("\n")}
Name: my-cluster-2
`), passing: yaml(`${BC_YAML.join("\n")}
`), fix: "Keep one of the keys (the API would silently use only one of the values)." },
  UnknownParameter: { failing: (b) => b.Descripton = "What the cluster is for", fix: "Correct the key's spelling (the detail suggests the nearest parameter) or remove it." },
  PlaintextSecret: {
    failing: (b) => b.UserData = { DB_PASSWORD: "hunter2" },
    fix: "Inject the secret at deploy time (a secret store, an environment variable) instead of committing it; suppress with a reason if the value is a placeholder."
  },
  SpotSettingIgnored: { failing: (b) => group(b).SpotStrategy = "SpotAsPriceGo", passing: (b) => Object.assign(group(b), { ResourceType: "Spot", SpotStrategy: "SpotAsPriceGo" }), fix: "Set ResourceType: Spot on the group, or remove the spot settings." },
  SpotPriceLimitMissing: {
    failing: (b) => Object.assign(group(b), { ResourceType: "Spot", SpotStrategy: "SpotWithPriceLimit" }),
    passing: (b) => Object.assign(group(b), { ResourceType: "Spot", SpotStrategy: "SpotWithPriceLimit", SpotPriceLimit: 0.5 }),
    fix: "Add a SpotPriceLimit (the hourly price to bid up to), or use SpotAsPriceGo."
  },
  BcsInstanceTypeInVpc: { failing: (b) => (VPC(b), b.InstanceType = "bcs.a2.large"), passing: VPC, fix: "Use an ecs.* instance type in a VPC cluster, or drop the VPC." },
  BcsInstanceTypeDiskType: {
    failing: (b) => (b.InstanceType = "bcs.a2.large", b.Configs = { Disks: { SystemDisk: { Type: "cloud_ssd", Size: 40 } } }),
    passing: (b) => (b.InstanceType = "bcs.a2.large", b.Configs = { Disks: { SystemDisk: { Type: "ephemeral", Size: 40 } } }),
    fix: "Use ephemeral disks with a bcs.* instance type, or choose an ecs.* type."
  },
  UnusedSuppression: {
    failing: yaml(`${BC_YAML.join("\n")}
# clusterlint-disable-next-line InvalidDescription -- kept from an old spec
Description: What the cluster is for
`),
    passing: yaml(`${BC_YAML.join("\n")}
# clusterlint-disable-next-line InvalidDescription -- the console shows numbers
Description: 42
`),
    fix: "Remove the comment, or correct the code it names."
  },
  RuleFailure: {
    failing: null,
    fix: 'Report the bug with the detail and the shape of the spec (never its secrets); the other checks of the document ran, and a rule can be turned off with severity: { RuleFailure: "off" } meanwhile.'
  },
  NetworkModeConflict: {
    failing: (b) => b.Configs = { Networks: { Classic: { AllowIpAddress: ["10.0.0.1"] }, VPC: { VpcId: "vpc-2zeabc", CidrBlock: "192.168.0.0/16" } } },
    passing: VPC,
    fix: "Choose one network: remove Networks.Classic or Networks.VPC."
  }
};
function accepts(node) {
  const parts = [];
  const types = typesOf(node);
  if (types.length) parts.push(`a value of type ${types.join(" or ")}`);
  const n = node;
  if (Array.isArray(n.enum)) parts.push(`one of ${n.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  const range = (min, max, what) => {
    if (min !== void 0 && max !== void 0) parts.push(`${what} in [${min}, ${max}]`);
    else if (min !== void 0) parts.push(`${what} of at least ${min}`);
    else if (max !== void 0) parts.push(`${what} of at most ${max}`);
  };
  range(n.minimum, n.maximum, "a value");
  range(n.minLength, n.maxLength, "a length");
  range(n.minItems, n.maxItems, "a number of items");
  range(n.minProperties, n.maxProperties, "a number of keys");
  if (typeof n["x-hint"] === "string") parts.push(n["x-hint"]);
  else if (typeof n.pattern === "string") parts.push(`matching ${n.pattern}`);
  return parts.join("; ");
}
function ruleDocs(code) {
  return [...RULES, ...CROSS_FILE_RULES].filter((r) => r.codes.includes(code)).map((r) => `rule \`${r.id}\`: ${r.docs}`);
}
var KIND_LABEL = { missing: "presence", syntax: "syntax", type: "type", bounds: "length / size / range", format: "format", quota: "quota" };
var SEED = "The Batch Compute CreateCluster error table (shared seed batchcompute-createcluster.txt), verbatim";
var docs;
function codeDocs() {
  if (docs) return docs;
  docs = /* @__PURE__ */ new Map();
  const params = new Map(Object.values(DIALECTS).map((d) => [d.name, parameterNodes(d)]));
  const templates = new Map(Object.values(DIALECTS).flatMap((d) => templateCodes(d).map((t) => [t.code, t])));
  const seen = /* @__PURE__ */ new Map();
  for (const info of catalogueCodes()) {
    const list = seen.get(info.code);
    if (list) list.push(info);
    else seen.set(info.code, [info]);
  }
  for (const [code, infos] of seen) {
    const info = infos[0];
    const dialect = DIALECTS[info.dialects[0]];
    const starter = starterBody(dialect);
    const anchor = catalogueAnchor(code);
    const rules = ruleDocs(code);
    const messages = [...new Set(infos.map((i) => i.message))];
    let trigger;
    let source;
    let fix;
    let failing;
    let passing = jsonExample(dialect, starter);
    const hand = HAND[code];
    if (hand) {
      const make = (change) => typeof change === "function" ? ((body) => (change(body), jsonExample(dialect, body, hand.config)))(structuredClone(starter)) : change;
      failing = hand.failing === null ? void 0 : make(hand.failing);
      if (hand.passing) passing = make(hand.passing);
      else if (hand.config) passing = jsonExample(dialect, starter, hand.config);
      fix = hand.fix;
    } else {
      const t = templates.get(code);
      const p = t && params.get(dialect.name).get(t.parameter);
      if (!t || !p) throw new Error(`no example for ${code}`);
      const steps = p.steps.map((s) => s === "*" && p.steps[0] !== "Groups" ? EXAMPLE_KEY : s);
      if (code.startsWith("Missing")) {
        failing = jsonExample(dialect, withValue(starter, steps, void 0));
        fix = `Add ${t.parameter}${steps.length > 1 ? ` (it is required when its parent, ${t.parameter.split(".").slice(0, -1).join(".") || "the body"}, is given)` : ""}.`;
      } else {
        failing = jsonExample(dialect, withValue(starter, steps, wrongValue(p.node)));
        const right = rightValue(p.node);
        if (right !== void 0 && !ALONE_FAILS.has(t.parameter) && !p.steps.includes("[]") && !p.steps.includes("<name>") && createsNoRequired(starter, p)) passing = jsonExample(dialect, withValue(starter, steps, right));
        const checkedBy = RULES.filter((r) => r.codes.includes(code)).map((r) => `\`${r.id}\``);
        fix = `Give ${t.parameter} ${accepts(p.node) || "a value the API documents"}${checkedBy.length ? `, and one that the rule ${checkedBy.join(", ")} accepts (its description says what it checks)` : ""}.`;
      }
    }
    if (info.origin === "api") {
      const rows = rowsFor(code);
      const kinds = [...new Set(rows.map((r) => r.kind).filter((k) => k !== void 0))].map((k) => KIND_LABEL[k]);
      const what = rows.every((r) => r.kind === "missing") ? "the parameter the message names is left out" : `the body fails ${kinds.length ? `the ${kinds.join(", ")} check${kinds.length > 1 ? "s" : ""}` : "the check"} that the message${messages.length > 1 ? "s" : ""} above describe${messages.length > 1 ? "" : "s"}`;
      trigger = `The API answers ${code} (HTTP ${info.status}) when ${what}.${rules.length ? ` Checked by ${rules.join(" ")}` : ""}`;
      source = `${SEED}.${rows.map((r) => r.note).filter(Boolean).map((n) => ` Beyond the English page: ${n}`).join("")}`;
    } else if (info.origin === "template") {
      const t = templates.get(code);
      const p = params.get(dialect.name).get(t.parameter);
      const title = typeof p.node.title === "string" ? ` (${p.node.title})` : "";
      trigger = `${code.startsWith("Missing") ? `${t.parameter}${title} is left out` : `${t.parameter}${title} has a value the API refuses; it takes ${accepts(p.node) || "what the schema describes"}`}.${rules.length ? ` Also checked by ${rules.join(" ")}` : ""}`;
      const comment = typeof p.node.$comment === "string" ? ` The schema says: ${p.node.$comment}` : "";
      source = `The API's ${code.startsWith("Missing") ? "Missing{Parameter}" : "Invalid{Parameter}"} template (SPEC \xA73) for a parameter without a row of its own; the parameter is defined in schemas/${dialect.schemaFile}.${comment}`;
    } else {
      trigger = `${info.summary ?? ""}${rules.length ? ` Checked by ${rules.join(" ")}` : ""}`;
      source = rules.length ? "See the rule above: its description names the source it follows." : "clusterlint's own check (SPEC \xA73, lint-only codes): the API itself does not report it.";
    }
    docs.set(code, {
      code,
      origin: info.origin,
      status: info.status,
      messages,
      ...info.severity ? { severity: info.severity } : {},
      dialects: [...new Set(infos.flatMap((i) => i.dialects))],
      trigger,
      source,
      fix,
      failing,
      passing,
      anchor,
      url: `${REPOSITORY_URL}#${anchor}`
    });
  }
  return docs;
}
function explainDoc(name) {
  const all = codeDocs();
  const direct = all.get(name);
  if (direct) return direct;
  if (!/[*{}]/.test(name)) {
    const viaRow = catalogueEntry(name, "api").code;
    if (all.has(viaRow) && viaRow !== "Invalid{Parameter}" && viaRow !== "Missing{Parameter}") return all.get(viaRow);
    const viaTemplate = templateCatalogueCode(name);
    if (all.has(viaTemplate)) return all.get(viaTemplate);
  }
  const shown = JSON.stringify(name);
  if (name.includes("*")) throw new UsageError(`--explain takes one code, not a pattern: ${shown}`);
  const problem = codeNameProblem(name);
  if (problem && !problem.includes("*")) throw new UsageError(`--explain: ${problem}`);
  const near = closest(name, [...all.keys()]);
  throw new UsageError(`--explain: ${shown} is not a code clusterlint reports${near ? `; did you mean "${near}"?` : ""}`);
}
var indent = (text) => text.replace(/\n$/, "").split("\n").map((l) => l ? `    ${l}` : l).join("\n");
function exampleText(e) {
  const config = e.config ? `  with clusterlint.config.json: ${JSON.stringify(e.config)}
` : "";
  return `${config}  ${e.filename}:
${indent(e.text)}
`;
}
function explainText(doc) {
  const head = [`origin: ${doc.origin}`, `HTTP status: ${doc.status ?? "none (lint-only)"}`];
  if (doc.severity) head.push(`default severity: ${doc.severity}`);
  head.push(`dialects: ${doc.dialects.join(", ")}`);
  return [
    `${doc.code}`,
    `${head.join("; ")}`,
    "",
    `Message${doc.messages.length > 1 ? "s" : ""}:`,
    ...doc.messages.map((m) => `  ${m}`),
    "",
    "What triggers it:",
    `  ${doc.trigger}`,
    "",
    "Source:",
    `  ${doc.source}`,
    "",
    "How to fix it:",
    `  ${doc.fix}`,
    "",
    "Failing example:",
    doc.failing ? exampleText(doc.failing) : `  None: no spec causes ${doc.code}; it reports a bug in clusterlint.
`,
    "Passing example:",
    exampleText(doc.passing),
    `Documentation: ${doc.url}`,
    ""
  ].join("\n");
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
  -q, --quiet             report errors only
  --color, --no-color     force colour, or plain text (also when NO_COLOR is set);
                          by default colour is used on a terminal only
  --print-config FILE     print the settings that apply to FILE and exit
  --explain CODE          print a code's documentation (message, status, what triggers it, how
                          to fix it, a failing and a passing example) and exit
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
        "no-color": { type: "boolean" },
        color: { type: "boolean" },
        "print-config": { type: "string" },
        explain: { type: "string" },
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
  let jobs = defaultJobs();
  if (v.jobs !== void 0) {
    if (!/^[1-9]\d*$/.test(v.jobs)) throw new UsageError(`--jobs takes a whole number of at least 1, not "${v.jobs}"`);
    jobs = Number(v.jobs);
  }
  const loaded = loadConfig(v.config, io.cwd);
  const options = { config: loaded.config, baseDir: loaded.baseDir, cwd: io.cwd, ...dialect ? { dialect } : {} };
  if (v["print-config"] !== void 0) {
    io.stdout(`${safeJson(printConfig(v["print-config"], loaded.path, options), 2)}
`);
    return 0;
  }
  const paths = parsed.positionals.length ? parsed.positionals : ["."];
  if (v["output-file"] && reportFiles.some((r) => r.file === v["output-file"])) throw new UsageError(`two reports would be written to ${v["output-file"]}`);
  const targets = [...v["output-file"] ? [v["output-file"]] : [], ...reportFiles.map((r) => r.file)];
  const run = lintPaths(paths, {
    loaded,
    cwd: io.cwd,
    dialect,
    ignoreUnknown: v["ignore-unknown"],
    stdin: io.stdin,
    stdinName: v["stdin-filename"],
    // Once the files are listed, before any is linted: no report may replace one of them or
    // another spec (SPEC §7); then threads if the work pays for them, and the heap (src/run/heap.ts).
    each: (inputs2) => {
      for (const target of targets) checkReportTarget(target, inputs2, io.cwd, maxFileSize(loaded.config));
      const workers = io.workerScript === void 0 ? 0 : workersFor(inputs2, jobs);
      if (!wantsSteering(inputs2, workers)) releaseHeap();
      return workers > 0 ? lintInParallel(workers, io.workerScript) : void 0;
    }
  });
  const { named } = run;
  let { inputs } = run;
  let results = run.results;
  const dryRun = v["fix-dry-run"] === true;
  if (v.fix || dryRun) ({ inputs, results } = applyFixRun(run.inputs, run.results, options, dryRun, io));
  if (v.quiet) {
    results = results.map((r) => ({ ...r, warningCount: 0, diagnostics: r.diagnostics.filter((d) => d.severity === "error") }));
  }
  const color = !v["no-color"] && !io.env.NO_COLOR && (v.color === true || io.isTTY) && !v["output-file"];
  const context = formatContext(inputs, io.cwd, color, maxFileSize(loaded.config));
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
if (process.argv[2] !== WORKER_ARG) steerHeap();
if (!(process.argv[2] === WORKER_ARG && serveLintWorker())) {
  process.stdout.on("error", (e) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  process.exitCode = runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdin: (max) => readUpTo(0, max),
    isTTY: process.stdout.isTTY === true,
    workerScript: new URL(import.meta.url)
  });
}
