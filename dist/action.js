import { createRequire as __clusterlintRequire } from 'node:module';
const require = __clusterlintRequire(import.meta.url);
var __getOwnPropNames = Object.getOwnPropertyNames;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/action/action.ts
import { readFileSync, realpathSync as realpathSync3, statSync as statSync5 } from "node:fs";
import { resolve as resolve10 } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve11) {
      resolve11(value);
    });
  }
  return new (P || (P = Promise))(function(resolve11, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve11(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows2) {
    const tableBody = rows2.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label2, content) {
    const element = this.wrap("details", this.wrap("summary", label2) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/config/config.ts
import { existsSync as existsSync2, statSync } from "node:fs";
import { dirname, join, relative as relative2, resolve as resolve2 } from "node:path";

// schemas/batchcompute-cluster.schema.json
var batchcompute_cluster_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://clusterlint.dev/schemas/batchcompute-cluster.schema.json",
  title: "Batch Compute CreateCluster request body",
  description: "The body of POST /clusters?IdempotentToken=\u2026 for Alibaba Cloud Batch Compute (CreateCluster), as clusterlint checks it: Name, ImageId and Groups are required, and every group needs an instance type, its own or the cluster's InstanceType; a key the API does not define is a warning. Errors: InvalidJsonFormat, InvalidHttpBody. Warning: UnknownParameter.",
  markdownDescription: "The body of `POST /clusters?IdempotentToken=\u2026` for Alibaba Cloud Batch Compute (CreateCluster), as clusterlint checks it: `Name`, `ImageId` and `Groups` are required, and every group needs an instance type, its own or the cluster's `InstanceType`; a key the API does not define is a warning.\n\nErrors: `InvalidJsonFormat`, `InvalidHttpBody`\n\nWarning: `UnknownParameter`",
  type: "object",
  defaultSnippets: [
    {
      label: "Batch Compute cluster",
      description: "A cluster with the required fields and one on-demand group.",
      body: {
        Name: "${1:my-cluster}",
        Description: "${2:What the cluster is for}",
        ImageId: "${3:m-2309yqb5n}",
        InstanceType: "${4:ecs.sn1.medium}",
        Groups: {
          "${5:group1}": {
            DesiredVMCount: "^${6:1}",
            ResourceType: "${7|OnDemand,Spot|}"
          }
        }
      }
    }
  ],
  "x-parameter": "HttpBody",
  required: [
    "Name",
    "ImageId",
    "Groups"
  ],
  additionalProperties: false,
  properties: {
    $schema: {
      title: "JSON Schema",
      description: "The schema this spec follows, so that editors complete and check it: a path to node_modules/clusterlint/schemas/batchcompute-cluster.schema.json (relative to this file) or a URL ending in batchcompute-cluster.schema.json. clusterlint reads its last path segment to pick the dialect.",
      markdownDescription: "The schema this spec follows, so that editors complete and check it: a path to `node_modules/clusterlint/schemas/batchcompute-cluster.schema.json` (relative to this file) or a URL ending in `batchcompute-cluster.schema.json`. clusterlint reads its last path segment to pick the dialect.",
      type: "string",
      examples: [
        "./node_modules/clusterlint/schemas/batchcompute-cluster.schema.json"
      ],
      "x-parameter": "$schema"
    },
    Name: {
      title: "Cluster name",
      description: "Required. Cluster name: a string of 1\u201364 characters from [a-zA-Z0-9_-], not starting with a digit. Errors: MissingName, InvalidName.",
      markdownDescription: "**Required.** Cluster name: a string of **1\u201364** characters from `[a-zA-Z0-9_-]`, not starting with a digit.\n\nErrors: `MissingName`, `InvalidName`",
      type: "string",
      examples: [
        "test-ubuntu"
      ],
      errorMessage: "Specified parameter Name is not valid. Its type must be string.",
      allOf: [
        {
          minLength: 1,
          maxLength: 64,
          errorMessage: "Specified parameter Name is not valid. Its length must be in [1, 64]."
        },
        {
          pattern: "^[a-zA-Z_-][a-zA-Z0-9_-]*$",
          errorMessage: "Specified parameter Name is not valid. It must only contain characters within [a-zA-Z0-9_-], and must not start with [0-9].",
          "x-hint": 'only letters, digits, "_" and "-" are allowed, and the first character must not be a digit'
        }
      ],
      "x-parameter": "Name"
    },
    Description: {
      title: "Cluster description",
      description: "Description of the cluster: a string of at most 1024 characters. Error: InvalidDescription.",
      markdownDescription: "Description of the cluster: a string of at most **1024** characters.\n\nError: `InvalidDescription`",
      type: "string",
      examples: [
        "demo"
      ],
      errorMessage: "Specified parameter Description is not valid. Its type must be string.",
      allOf: [
        {
          maxLength: 1024,
          errorMessage: "Specified parameter Description is not valid. Its length must be in [0, 1024]."
        }
      ],
      "x-parameter": "Description"
    },
    ImageId: {
      title: "Image ID",
      description: "Required. ID of the VM image the cluster runs: a string of 1\u2013256 characters, such as m-2309yqb5n (an ECS image) or img-ubuntu (a Batch Compute image); an id that starts with neither m- nor img- is a warning (the official bcs command line refuses it). Errors: MissingImageId, InvalidImageId.",
      markdownDescription: "**Required.** ID of the VM image the cluster runs: a string of **1\u2013256** characters, such as `m-2309yqb5n` (an ECS image) or `img-ubuntu` (a Batch Compute image); an id that starts with neither `m-` nor `img-` is a warning (the official `bcs` command line refuses it).\n\nErrors: `MissingImageId`, `InvalidImageId`",
      type: "string",
      examples: [
        "m-2309yqb5n"
      ],
      errorMessage: "Specified parameter ImageId is not valid. Its type must be string.",
      allOf: [
        {
          minLength: 1,
          maxLength: 256,
          errorMessage: "Specified parameter ImageId is not valid. Its length must be in [1, 256]."
        }
      ],
      "x-parameter": "ImageId"
    },
    InstanceType: {
      title: "Instance type",
      description: "Instance type of the cluster's VMs: bcs. or ecs., a family, a dot and a size, such as ecs.sn1.medium; one of the config's instanceTypes when that list is set. Optional when every group names its own InstanceType; without it, each group that does not is MissingInstanceType. bcs.* types do not work in a VPC and take only ephemeral disks (user guide). Errors: MissingInstanceType, InvalidInstanceType. Warning: BcsInstanceTypeInVpc.",
      markdownDescription: "Instance type of the cluster's VMs: `bcs.` or `ecs.`, a family, a dot and a size, such as `ecs.sn1.medium`; one of the config's `instanceTypes` when that list is set. Optional when every group names its own `InstanceType`; without it, each group that does not is `MissingInstanceType`. `bcs.*` types do not work in a VPC and take only ephemeral disks (user guide).\n\nErrors: `MissingInstanceType`, `InvalidInstanceType`\n\nWarning: `BcsInstanceTypeInVpc`",
      type: "string",
      examples: [
        "ecs.sn1.medium",
        "bcs.a2.large"
      ],
      pattern: "^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$",
      errorMessage: "Specified parameter InstanceType is not valid.",
      "x-parameter": "InstanceType",
      "x-hint": "an instance type is bcs. or ecs., a family, a dot and a size, such as ecs.sn1.medium"
    },
    IdempotentToken: {
      title: "Idempotent token",
      description: "The IdempotentToken query parameter, written in the spec: 1\u201364 letters, digits and underscores, made by the client and unique among all requests. Two specs of one run with the same token and different bodies are IdempotentTokenMismatch. Errors: InvalidIdempotentToken, IdempotentTokenMismatch.",
      markdownDescription: "The `IdempotentToken` query parameter, written in the spec: **1\u201364** letters, digits and underscores, made by the client and unique among all requests. Two specs of one run with the same token and different bodies are `IdempotentTokenMismatch`.\n\nErrors: `InvalidIdempotentToken`, `IdempotentTokenMismatch`",
      type: "string",
      examples: [
        "etl_cluster_20240509"
      ],
      minLength: 1,
      maxLength: 64,
      pattern: "^[A-Za-z0-9_]+$",
      errorMessage: "Specified parameter IdempotentToken is not valid.",
      "x-parameter": "IdempotentToken",
      "x-hint": 'only letters, digits and "_" are allowed'
    },
    UserData: {
      title: "User data",
      description: "Key-value pairs of your own (at most 64) that the VMs read from the ECS metaserver: each key 1\u2013128 characters, each value a string of at most 1024 characters. Errors: InvalidUserData, InvalidUserData.{key}, InvalidUserData.{key}.value.",
      markdownDescription: "Key-value pairs of your own (at most **64**) that the VMs read from the ECS metaserver: each key **1\u2013128** characters, each value a string of at most **1024** characters.\n\nErrors: `InvalidUserData`, `InvalidUserData.{key}`, `InvalidUserData.{key}.value`",
      type: "object",
      examples: [
        {
          key1: "value1"
        }
      ],
      maxProperties: 64,
      "x-parameter": "UserData",
      additionalProperties: {
        title: "User data value",
        description: "A value of UserData: a string of at most 1024 characters; its key has 1\u2013128 characters. Errors: InvalidUserData.{key}.value, InvalidUserData.{key}.",
        markdownDescription: "A value of `UserData`: a string of at most **1024** characters; its key has **1\u2013128** characters.\n\nErrors: `InvalidUserData.{key}.value`, `InvalidUserData.{key}`",
        type: "string",
        maxLength: 1024,
        "x-parameter": "UserData.{key}.value"
      },
      propertyNames: {
        title: "User data key",
        description: "A key of UserData: 1\u2013128 characters. Error: InvalidUserData.{key}.",
        markdownDescription: "A key of `UserData`: **1\u2013128** characters.\n\nError: `InvalidUserData.{key}`",
        minLength: 1,
        maxLength: 128,
        "x-parameter": "UserData.{key}"
      }
    },
    Groups: {
      title: "Instance groups",
      description: "Required. The cluster's instance groups, by group name: at least one; each name 1\u201364 characters, each group an object with DesiredVMCount, ResourceType, and an InstanceType when the cluster has none. The number of groups counts against the MaxClusterGroupCount quota set in the config. Errors: MissingGroups, InvalidGroups, InvalidGroups.{key}, QuotaExhausted.MaxClusterGroupCount.",
      markdownDescription: "**Required.** The cluster's instance groups, by group name: at least one; each name **1\u201364** characters, each group an object with `DesiredVMCount`, `ResourceType`, and an `InstanceType` when the cluster has none. The number of groups counts against the `MaxClusterGroupCount` quota set in the config.\n\nErrors: `MissingGroups`, `InvalidGroups`, `InvalidGroups.{key}`, `QuotaExhausted.MaxClusterGroupCount`",
      type: "object",
      defaultSnippets: [
        {
          label: "One on-demand group",
          description: "Groups with one group of on-demand VMs.",
          body: {
            "${1:group1}": {
              DesiredVMCount: "^${2:1}",
              ResourceType: "OnDemand"
            }
          }
        }
      ],
      minProperties: 1,
      "x-parameter": "Groups",
      additionalProperties: {
        $ref: "#/definitions/Group"
      },
      propertyNames: {
        title: "Group name",
        description: "A group name: 1\u201364 characters. Error: InvalidGroups.{key}.",
        markdownDescription: "A group name: **1\u201364** characters.\n\nError: `InvalidGroups.{key}`",
        examples: [
          "group1"
        ],
        minLength: 1,
        maxLength: 64,
        "x-parameter": "Groups.{key}"
      }
    },
    Configs: {
      title: "Cluster configuration",
      description: "How each VM is set up: its disks, its mounts and its network. Error: InvalidConfigs.",
      markdownDescription: "How each VM is set up: its disks, its mounts and its network.\n\nError: `InvalidConfigs`",
      type: "object",
      "x-parameter": "Configs",
      additionalProperties: false,
      properties: {
        Disks: {
          title: "Disks",
          description: "The system disk and the data disk of each VM. Error: InvalidConfigs.Disks.",
          markdownDescription: "The system disk and the data disk of each VM.\n\nError: `InvalidConfigs.Disks`",
          type: "object",
          "x-parameter": "Configs.Disks",
          additionalProperties: false,
          properties: {
            SystemDisk: {
              title: "System disk",
              description: "The system disk of each VM. Error: InvalidConfigs.Disks.SystemDisk.",
              markdownDescription: "The system disk of each VM.\n\nError: `InvalidConfigs.Disks.SystemDisk`",
              type: "object",
              "x-parameter": "Configs.Disks.SystemDisk",
              additionalProperties: false,
              properties: {
                Type: {
                  title: "System disk category",
                  description: 'Category of the system disk: "" (the service chooses), cloud, cloud_efficiency, cloud_ssd, ephemeral or ephemeral_ssd. bcs.* instance types support only ephemeral (user guide). Error: InvalidConfigs.Disks.SystemDisk.Type. Warning: BcsInstanceTypeDiskType.',
                  markdownDescription: 'Category of the system disk: `""` (the service chooses), `cloud`, `cloud_efficiency`, `cloud_ssd`, `ephemeral` or `ephemeral_ssd`. `bcs.*` instance types support only `ephemeral` (user guide).\n\nError: `InvalidConfigs.Disks.SystemDisk.Type`\n\nWarning: `BcsInstanceTypeDiskType`',
                  type: "string",
                  enum: [
                    "",
                    "cloud",
                    "cloud_efficiency",
                    "cloud_ssd",
                    "ephemeral",
                    "ephemeral_ssd"
                  ],
                  enumDescriptions: [
                    "Leave the category to the service.",
                    "Basic cloud disk.",
                    "Ultra cloud disk.",
                    "Standard SSD cloud disk.",
                    "Local (ephemeral) disk; the only category bcs.* instance types support.",
                    "Local SSD (ephemeral) disk."
                  ],
                  markdownEnumDescriptions: [
                    "Leave the category to the service.",
                    "Basic cloud disk.",
                    "Ultra cloud disk.",
                    "Standard SSD cloud disk.",
                    "Local (ephemeral) disk; the only category `bcs.*` instance types support.",
                    "Local SSD (ephemeral) disk."
                  ],
                  default: "",
                  errorMessage: "Specified parameter Configs.Disks.SystemDisk.Type is not valid.",
                  "x-parameter": "Configs.Disks.SystemDisk.Type"
                },
                Size: {
                  title: "System disk size in GB",
                  description: "Size of the system disk in GB: an integer from 40 to 500. Error: InvalidConfigs.Disks.SystemDisk.Size.",
                  markdownDescription: "Size of the system disk in GB: an integer from **40** to **500**.\n\nError: `InvalidConfigs.Disks.SystemDisk.Size`",
                  type: "integer",
                  examples: [
                    40
                  ],
                  minimum: 40,
                  maximum: 500,
                  errorMessage: "Specified parameter Configs.Disks.SystemDisk.Size is not valid.",
                  "x-parameter": "Configs.Disks.SystemDisk.Size"
                }
              }
            },
            DataDisk: {
              title: "Data disk",
              description: "The data disk of each VM; MountPoint is required when it is present. Errors: InvalidConfigs.Disks.DataDisk, MissingConfigs.Disks.DataDisk.MountPoint.",
              markdownDescription: "The data disk of each VM; `MountPoint` is required when it is present.\n\nErrors: `InvalidConfigs.Disks.DataDisk`, `MissingConfigs.Disks.DataDisk.MountPoint`",
              type: "object",
              "x-parameter": "Configs.Disks.DataDisk",
              required: [
                "MountPoint"
              ],
              additionalProperties: false,
              properties: {
                Type: {
                  title: "Data disk category",
                  description: 'Category of the data disk: "" (the service chooses), cloud, cloud_efficiency, cloud_ssd, ephemeral or ephemeral_ssd; the same as SystemDisk.Type when both are set. bcs.* instance types support only ephemeral (user guide). Error: InvalidConfigs.Disks.DataDisk.Type. Warning: BcsInstanceTypeDiskType.',
                  markdownDescription: 'Category of the data disk: `""` (the service chooses), `cloud`, `cloud_efficiency`, `cloud_ssd`, `ephemeral` or `ephemeral_ssd`; the same as `SystemDisk.Type` when both are set. `bcs.*` instance types support only `ephemeral` (user guide).\n\nError: `InvalidConfigs.Disks.DataDisk.Type`\n\nWarning: `BcsInstanceTypeDiskType`',
                  type: "string",
                  enum: [
                    "",
                    "cloud",
                    "cloud_efficiency",
                    "cloud_ssd",
                    "ephemeral",
                    "ephemeral_ssd"
                  ],
                  enumDescriptions: [
                    "Leave the category to the service.",
                    "Basic cloud disk.",
                    "Ultra cloud disk.",
                    "Standard SSD cloud disk.",
                    "Local (ephemeral) disk; the only category bcs.* instance types support.",
                    "Local SSD (ephemeral) disk."
                  ],
                  markdownEnumDescriptions: [
                    "Leave the category to the service.",
                    "Basic cloud disk.",
                    "Ultra cloud disk.",
                    "Standard SSD cloud disk.",
                    "Local (ephemeral) disk; the only category `bcs.*` instance types support.",
                    "Local SSD (ephemeral) disk."
                  ],
                  default: "",
                  errorMessage: "Specified parameter Configs.Disks.DataDisk.Type is not valid.",
                  "x-parameter": "Configs.Disks.DataDisk.Type"
                },
                Size: {
                  title: "Data disk size in GB",
                  description: "Size of the data disk in GB: an integer from 5 to 2000 (5 to 1024 when Type is ephemeral). Error: InvalidConfigs.Disks.DataDisk.Size.",
                  markdownDescription: "Size of the data disk in GB: an integer from **5** to **2000** (**5** to **1024** when `Type` is `ephemeral`).\n\nError: `InvalidConfigs.Disks.DataDisk.Size`",
                  type: "integer",
                  examples: [
                    500
                  ],
                  minimum: 5,
                  maximum: 2e3,
                  errorMessage: "Specified parameter Configs.Disks.DataDisk.Size is not valid.",
                  "x-parameter": "Configs.Disks.DataDisk.Size"
                },
                MountPoint: {
                  title: "Data disk mount point",
                  description: "Required. Where the data disk is mounted (required with DataDisk): an absolute path such as /data on Linux, or a drive such as E: on Windows. Errors: MissingConfigs.Disks.DataDisk.MountPoint, InvalidConfigs.Disks.DataDisk.MountPoint.",
                  markdownDescription: "**Required.** Where the data disk is mounted (required with `DataDisk`): an absolute path such as `/data` on Linux, or a drive such as `E:` on Windows.\n\nErrors: `MissingConfigs.Disks.DataDisk.MountPoint`, `InvalidConfigs.Disks.DataDisk.MountPoint`",
                  type: "string",
                  examples: [
                    "/path/to/mount",
                    "E:"
                  ],
                  pattern: "^(/.*|[A-Za-z]:)$",
                  errorMessage: "Specified parameter Configs.Disks.DataDisk.MountPoint is not valid.",
                  "x-parameter": "Configs.Disks.DataDisk.MountPoint",
                  "x-hint": "a mount point is an absolute path such as /data or a Windows drive such as E:"
                }
              },
              if: {
                required: [
                  "Type"
                ],
                properties: {
                  Type: {
                    const: "ephemeral"
                  }
                }
              },
              then: {
                properties: {
                  Size: {
                    maximum: 1024,
                    errorMessage: "Specified parameter Configs.Disks.DataDisk.Size is not valid.",
                    "x-parameter": "Configs.Disks.DataDisk.Size"
                  }
                }
              }
            }
          }
        },
        Mounts: {
          title: "Mounts",
          description: "OSS and NAS storage mounted on each VM. Error: InvalidConfigs.Mounts.",
          markdownDescription: "OSS and NAS storage mounted on each VM.\n\nError: `InvalidConfigs.Mounts`",
          type: "object",
          "x-parameter": "Configs.Mounts",
          additionalProperties: false,
          properties: {
            Entries: {
              title: "Mount entries",
              description: "The mounts: each entry names a Source, a Destination and WriteSupport. Error: InvalidConfigs.Mounts.Entries.",
              markdownDescription: "The mounts: each entry names a `Source`, a `Destination` and `WriteSupport`.\n\nError: `InvalidConfigs.Mounts.Entries`",
              type: "array",
              "x-parameter": "Configs.Mounts.Entries",
              items: {
                title: "Mount entry",
                description: "One mount: Source, Destination and WriteSupport are all required. Errors: InvalidConfigs.Mounts.Entries, MissingConfigs.Mounts.Entries.Source, MissingConfigs.Mounts.Entries.Destination, MissingConfigs.Mounts.Entries.WriteSupport.",
                markdownDescription: "One mount: `Source`, `Destination` and `WriteSupport` are all required.\n\nErrors: `InvalidConfigs.Mounts.Entries`, `MissingConfigs.Mounts.Entries.Source`, `MissingConfigs.Mounts.Entries.Destination`, `MissingConfigs.Mounts.Entries.WriteSupport`",
                type: "object",
                defaultSnippets: [
                  {
                    label: "OSS mount",
                    description: "Mount an OSS path on each VM.",
                    body: {
                      Source: "oss://${1:your-bucket}/${2:mount-source/}",
                      Destination: "${3:/home/admin/mount-dest}",
                      WriteSupport: "^${4|false,true|}"
                    }
                  }
                ],
                "x-parameter": "Configs.Mounts.Entries",
                required: [
                  "Source",
                  "Destination",
                  "WriteSupport"
                ],
                additionalProperties: false,
                properties: {
                  Source: {
                    title: "Mount source",
                    description: "Required. What to mount: oss://bucket/path or nas://\u2026. Errors: MissingConfigs.Mounts.Entries.Source, InvalidConfigs.Mounts.Entries.Source.",
                    markdownDescription: "**Required.** What to mount: `oss://bucket/path` or `nas://\u2026`.\n\nErrors: `MissingConfigs.Mounts.Entries.Source`, `InvalidConfigs.Mounts.Entries.Source`",
                    type: "string",
                    examples: [
                      "oss://your-bucket/mount-source"
                    ],
                    pattern: "^([Oo][Ss][Ss]|[Nn][Aa][Ss])://.+",
                    errorMessage: "Specified parameter Configs.Mounts.Entries.Source is not valid.",
                    "x-parameter": "Configs.Mounts.Entries.Source",
                    "x-hint": "a mount source starts with oss:// or nas://"
                  },
                  Destination: {
                    title: "Mount destination",
                    description: "Required. Where to mount it on the VM: an absolute path such as /home/admin/data, or a Windows drive path such as E:\\data. Errors: MissingConfigs.Mounts.Entries.Destination, InvalidConfigs.Mounts.Entries.Destination.",
                    markdownDescription: "**Required.** Where to mount it on the VM: an absolute path such as `/home/admin/data`, or a Windows drive path such as `E:\\data`.\n\nErrors: `MissingConfigs.Mounts.Entries.Destination`, `InvalidConfigs.Mounts.Entries.Destination`",
                    type: "string",
                    examples: [
                      "/home/admin/mount-dest"
                    ],
                    pattern: "^(/.*|[A-Za-z]:([\\\\/].*)?)$",
                    errorMessage: "Specified parameter Configs.Mounts.Entries.Destination is not valid.",
                    "x-parameter": "Configs.Mounts.Entries.Destination",
                    "x-hint": "a destination is an absolute path such as /home/admin/data or a Windows drive path such as E:\\data"
                  },
                  WriteSupport: {
                    title: "Writable mount",
                    description: "Required. Whether the VMs may write to the mount: true or false (a boolean, not a string). Errors: MissingConfigs.Mounts.Entries.WriteSupport, InvalidConfigs.Mounts.Entries.WriteSupport.",
                    markdownDescription: "**Required.** Whether the VMs may write to the mount: `true` or `false` (a boolean, not a string).\n\nErrors: `MissingConfigs.Mounts.Entries.WriteSupport`, `InvalidConfigs.Mounts.Entries.WriteSupport`",
                    type: "boolean",
                    errorMessage: "Specified parameter Configs.Mounts.Entries.WriteSupport is not valid.",
                    "x-parameter": "Configs.Mounts.Entries.WriteSupport"
                  }
                }
              }
            },
            Locale: {
              title: "File name character set",
              description: "Character set of file names on the mounts: GBK or UTF-8; another string is reported as a warning. Error: InvalidConfigs.Mounts.Locale.",
              markdownDescription: "Character set of file names on the mounts: `GBK` or `UTF-8`; another string is reported as a warning.\n\nError: `InvalidConfigs.Mounts.Locale`",
              type: "string",
              anyOf: [
                {
                  enum: [
                    "GBK",
                    "UTF-8"
                  ],
                  enumDescriptions: [
                    "Chinese (GBK) file names.",
                    "Unicode (UTF-8) file names."
                  ],
                  markdownEnumDescriptions: [
                    "Chinese (GBK) file names.",
                    "Unicode (UTF-8) file names."
                  ]
                },
                {
                  type: "string",
                  description: "Any other character set name: reported as a warning by clusterlint, accepted here so that editors agree."
                }
              ],
              errorMessage: "Specified parameter Configs.Mounts.Locale is not valid.",
              "x-parameter": "Configs.Mounts.Locale"
            },
            Lock: {
              title: "File locking",
              description: "Whether file locking is enabled on the mounts: true or false. Error: InvalidConfigs.Mounts.Lock.",
              markdownDescription: "Whether file locking is enabled on the mounts: `true` or `false`.\n\nError: `InvalidConfigs.Mounts.Lock`",
              type: "boolean",
              errorMessage: "Specified parameter Configs.Mounts.Lock is not valid.",
              "x-parameter": "Configs.Mounts.Lock"
            },
            CacheSupport: {
              title: "Mount cache",
              description: "Whether the mounts are cached on the VM: true or false. Error: InvalidConfigs.Mounts.CacheSupport.",
              markdownDescription: "Whether the mounts are cached on the VM: `true` or `false`.\n\nError: `InvalidConfigs.Mounts.CacheSupport`",
              type: "boolean",
              errorMessage: "Specified parameter Configs.Mounts.CacheSupport is not valid.",
              "x-parameter": "Configs.Mounts.CacheSupport"
            },
            NasMetaCache: {
              title: "NAS metadata cache",
              description: "Whether NAS metadata is cached on the VM: true or false. Error: InvalidConfigs.Mounts.NasMetaCache.",
              markdownDescription: "Whether NAS metadata is cached on the VM: `true` or `false`.\n\nError: `InvalidConfigs.Mounts.NasMetaCache`",
              type: "boolean",
              errorMessage: "Specified parameter Configs.Mounts.NasMetaCache is not valid.",
              "x-parameter": "Configs.Mounts.NasMetaCache"
            },
            CacheBlockSize: {
              title: "Cache block size",
              description: "Block size of the mount cache: an integer of at least 0. Error: InvalidConfigs.Mounts.CacheBlockSize.",
              markdownDescription: "Block size of the mount cache: an integer of at least **0**.\n\nError: `InvalidConfigs.Mounts.CacheBlockSize`",
              type: "integer",
              minimum: 0,
              errorMessage: "Specified parameter Configs.Mounts.CacheBlockSize is not valid.",
              "x-parameter": "Configs.Mounts.CacheBlockSize"
            },
            CacheTotalSize: {
              title: "Cache total size",
              description: "Total size of the mount cache: an integer of at least 0. Error: InvalidConfigs.Mounts.CacheTotalSize.",
              markdownDescription: "Total size of the mount cache: an integer of at least **0**.\n\nError: `InvalidConfigs.Mounts.CacheTotalSize`",
              type: "integer",
              minimum: 0,
              errorMessage: "Specified parameter Configs.Mounts.CacheTotalSize is not valid.",
              "x-parameter": "Configs.Mounts.CacheTotalSize"
            },
            RefreshStrategy: {
              title: "Cache refresh strategy",
              description: "How the mount cache is refreshed: a string. Error: InvalidConfigs.Mounts.RefreshStrategy.",
              markdownDescription: "How the mount cache is refreshed: a string.\n\nError: `InvalidConfigs.Mounts.RefreshStrategy`",
              type: "string",
              errorMessage: "Specified parameter Configs.Mounts.RefreshStrategy is not valid.",
              "x-parameter": "Configs.Mounts.RefreshStrategy"
            },
            RefreshTopicName: {
              title: "Cache refresh topic",
              description: "The MNS topic that tells the VMs to refresh the mount cache: a string. Error: InvalidConfigs.Mounts.RefreshTopicName.",
              markdownDescription: "The MNS topic that tells the VMs to refresh the mount cache: a string.\n\nError: `InvalidConfigs.Mounts.RefreshTopicName`",
              type: "string",
              errorMessage: "Specified parameter Configs.Mounts.RefreshTopicName is not valid.",
              "x-parameter": "Configs.Mounts.RefreshTopicName"
            },
            RefreshTimeOut: {
              title: "Cache refresh timeout",
              description: "How long a cache refresh may take: an integer of at least 0. Error: InvalidConfigs.Mounts.RefreshTimeOut.",
              markdownDescription: "How long a cache refresh may take: an integer of at least **0**.\n\nError: `InvalidConfigs.Mounts.RefreshTimeOut`",
              type: "integer",
              minimum: 0,
              errorMessage: "Specified parameter Configs.Mounts.RefreshTimeOut is not valid.",
              "x-parameter": "Configs.Mounts.RefreshTimeOut"
            },
            NAS: {
              title: "NAS access",
              description: "The NAS access groups and file systems the VMs use. Error: InvalidConfigs.Mounts.NAS.",
              markdownDescription: "The NAS access groups and file systems the VMs use.\n\nError: `InvalidConfigs.Mounts.NAS`",
              type: "object",
              "x-parameter": "Configs.Mounts.NAS",
              additionalProperties: false,
              properties: {
                AccessGroup: {
                  title: "NAS access groups",
                  description: "NAS access groups: an array of strings. Error: InvalidConfigs.Mounts.NAS.AccessGroup.",
                  markdownDescription: "NAS access groups: an array of strings.\n\nError: `InvalidConfigs.Mounts.NAS.AccessGroup`",
                  type: "array",
                  examples: [
                    [
                      "group1"
                    ]
                  ],
                  errorMessage: "Specified parameter Configs.Mounts.NAS.AccessGroup is not valid.",
                  "x-parameter": "Configs.Mounts.NAS.AccessGroup",
                  items: {
                    title: "NAS access group",
                    description: "One NAS access group: a string. Error: InvalidConfigs.Mounts.NAS.AccessGroup.",
                    markdownDescription: "One NAS access group: a string.\n\nError: `InvalidConfigs.Mounts.NAS.AccessGroup`",
                    type: "string",
                    errorMessage: "Specified parameter Configs.Mounts.NAS.AccessGroup is not valid.",
                    "x-parameter": "Configs.Mounts.NAS.AccessGroup"
                  }
                },
                FileSystem: {
                  title: "NAS file systems",
                  description: "NAS file systems: an array of strings. Error: InvalidConfigs.Mounts.NAS.FileSystem.",
                  markdownDescription: "NAS file systems: an array of strings.\n\nError: `InvalidConfigs.Mounts.NAS.FileSystem`",
                  type: "array",
                  examples: [
                    [
                      "filesystem1"
                    ]
                  ],
                  errorMessage: "Specified parameter Configs.Mounts.NAS.FileSystem is not valid.",
                  "x-parameter": "Configs.Mounts.NAS.FileSystem",
                  items: {
                    title: "NAS file system",
                    description: "One NAS file system: a string. Error: InvalidConfigs.Mounts.NAS.FileSystem.",
                    markdownDescription: "One NAS file system: a string.\n\nError: `InvalidConfigs.Mounts.NAS.FileSystem`",
                    type: "string",
                    errorMessage: "Specified parameter Configs.Mounts.NAS.FileSystem is not valid.",
                    "x-parameter": "Configs.Mounts.NAS.FileSystem"
                  }
                }
              }
            },
            OSS: {
              title: "OSS credentials",
              description: "Credentials the VMs use to mount OSS. Prefer a RAM role: a secret written here is a warning. Error: InvalidConfigs.Mounts.OSS.",
              markdownDescription: "Credentials the VMs use to mount OSS. Prefer a RAM role: a secret written here is a warning.\n\nError: `InvalidConfigs.Mounts.OSS`",
              type: "object",
              "x-parameter": "Configs.Mounts.OSS",
              additionalProperties: false,
              properties: {
                AccessKeyId: {
                  title: "OSS AccessKey ID",
                  description: "AccessKey ID used to mount OSS: a string. Error: InvalidConfigs.Mounts.OSS.AccessKeyId.",
                  markdownDescription: "AccessKey ID used to mount OSS: a string.\n\nError: `InvalidConfigs.Mounts.OSS.AccessKeyId`",
                  type: "string",
                  errorMessage: "Specified parameter Configs.Mounts.OSS.AccessKeyId is not valid.",
                  "x-parameter": "Configs.Mounts.OSS.AccessKeyId"
                },
                AccessKeySecret: {
                  title: "OSS AccessKey secret",
                  description: "AccessKey secret used to mount OSS: a string. A secret: keep it out of the file (inject it at deploy time); clusterlint never shows its value. Error: InvalidConfigs.Mounts.OSS.AccessKeySecret. Warning: PlaintextSecret.",
                  markdownDescription: "AccessKey secret used to mount OSS: a string. A secret: keep it out of the file (inject it at deploy time); clusterlint never shows its value.\n\nError: `InvalidConfigs.Mounts.OSS.AccessKeySecret`\n\nWarning: `PlaintextSecret`",
                  type: "string",
                  errorMessage: "Specified parameter Configs.Mounts.OSS.AccessKeySecret is not valid.",
                  "x-parameter": "Configs.Mounts.OSS.AccessKeySecret",
                  "x-secret": true
                },
                AccessSecurityToken: {
                  title: "OSS security token",
                  description: "STS security token used to mount OSS: a string. A secret: keep it out of the file (inject it at deploy time); clusterlint never shows its value. Error: InvalidConfigs.Mounts.OSS.AccessSecurityToken. Warning: PlaintextSecret.",
                  markdownDescription: "STS security token used to mount OSS: a string. A secret: keep it out of the file (inject it at deploy time); clusterlint never shows its value.\n\nError: `InvalidConfigs.Mounts.OSS.AccessSecurityToken`\n\nWarning: `PlaintextSecret`",
                  type: "string",
                  errorMessage: "Specified parameter Configs.Mounts.OSS.AccessSecurityToken is not valid.",
                  "x-parameter": "Configs.Mounts.OSS.AccessSecurityToken",
                  "x-secret": true
                },
                SecurityToken: {
                  title: "OSS security token (alias)",
                  description: "Another name for AccessSecurityToken: a string. A secret: keep it out of the file (inject it at deploy time); clusterlint never shows its value. Error: InvalidConfigs.Mounts.OSS.SecurityToken. Warning: PlaintextSecret.",
                  markdownDescription: "Another name for `AccessSecurityToken`: a string. A secret: keep it out of the file (inject it at deploy time); clusterlint never shows its value.\n\nError: `InvalidConfigs.Mounts.OSS.SecurityToken`\n\nWarning: `PlaintextSecret`",
                  type: "string",
                  errorMessage: "Specified parameter Configs.Mounts.OSS.SecurityToken is not valid.",
                  "x-parameter": "Configs.Mounts.OSS.SecurityToken",
                  "x-secret": true
                }
              }
            }
          }
        },
        Networks: {
          title: "Network",
          description: "A classic network or a VPC; the two exclude each other (user guide). Error: InvalidConfigs.Networks. Warning: NetworkModeConflict.",
          markdownDescription: "A classic network or a VPC; the two exclude each other (user guide).\n\nError: `InvalidConfigs.Networks`\n\nWarning: `NetworkModeConflict`",
          type: "object",
          "x-parameter": "Configs.Networks",
          additionalProperties: false,
          properties: {
            Classic: {
              title: "Classic network",
              description: "Access rules of a classic network. With VPC also set (and a non-empty list here) it is a warning. Error: InvalidConfigs.Networks.Classic. Warning: NetworkModeConflict.",
              markdownDescription: "Access rules of a classic network. With `VPC` also set (and a non-empty list here) it is a warning.\n\nError: `InvalidConfigs.Networks.Classic`\n\nWarning: `NetworkModeConflict`",
              type: "object",
              "x-parameter": "Configs.Networks.Classic",
              additionalProperties: false,
              properties: {
                AllowIpAddress: {
                  title: "IP addresses allowed in",
                  description: "IP addresses allowed in: an array of strings. Error: InvalidConfigs.Networks.Classic.AllowIpAddress.",
                  markdownDescription: "IP addresses allowed in: an array of strings.\n\nError: `InvalidConfigs.Networks.Classic.AllowIpAddress`",
                  type: "array",
                  errorMessage: "Specified parameter Configs.Networks.Classic.AllowIpAddress is not valid.",
                  "x-parameter": "Configs.Networks.Classic.AllowIpAddress",
                  items: {
                    title: "IP address",
                    description: "An IP address (a string). Error: InvalidConfigs.Networks.Classic.AllowIpAddress.",
                    markdownDescription: "An IP address (a string).\n\nError: `InvalidConfigs.Networks.Classic.AllowIpAddress`",
                    type: "string",
                    errorMessage: "Specified parameter Configs.Networks.Classic.AllowIpAddress is not valid.",
                    "x-parameter": "Configs.Networks.Classic.AllowIpAddress"
                  }
                },
                AllowIpAddressEgress: {
                  title: "IP addresses allowed out",
                  description: "IP addresses allowed out: an array of strings. Error: InvalidConfigs.Networks.Classic.AllowIpAddressEgress.",
                  markdownDescription: "IP addresses allowed out: an array of strings.\n\nError: `InvalidConfigs.Networks.Classic.AllowIpAddressEgress`",
                  type: "array",
                  errorMessage: "Specified parameter Configs.Networks.Classic.AllowIpAddressEgress is not valid.",
                  "x-parameter": "Configs.Networks.Classic.AllowIpAddressEgress",
                  items: {
                    title: "IP address",
                    description: "An IP address (a string). Error: InvalidConfigs.Networks.Classic.AllowIpAddressEgress.",
                    markdownDescription: "An IP address (a string).\n\nError: `InvalidConfigs.Networks.Classic.AllowIpAddressEgress`",
                    type: "string",
                    errorMessage: "Specified parameter Configs.Networks.Classic.AllowIpAddressEgress is not valid.",
                    "x-parameter": "Configs.Networks.Classic.AllowIpAddressEgress"
                  }
                },
                AllowSecurityGroup: {
                  title: "Security groups allowed in",
                  description: "Security groups allowed in: an array of strings. Error: InvalidConfigs.Networks.Classic.AllowSecurityGroup.",
                  markdownDescription: "Security groups allowed in: an array of strings.\n\nError: `InvalidConfigs.Networks.Classic.AllowSecurityGroup`",
                  type: "array",
                  errorMessage: "Specified parameter Configs.Networks.Classic.AllowSecurityGroup is not valid.",
                  "x-parameter": "Configs.Networks.Classic.AllowSecurityGroup",
                  items: {
                    title: "Security group",
                    description: "A security group (a string). Error: InvalidConfigs.Networks.Classic.AllowSecurityGroup.",
                    markdownDescription: "A security group (a string).\n\nError: `InvalidConfigs.Networks.Classic.AllowSecurityGroup`",
                    type: "string",
                    errorMessage: "Specified parameter Configs.Networks.Classic.AllowSecurityGroup is not valid.",
                    "x-parameter": "Configs.Networks.Classic.AllowSecurityGroup"
                  }
                },
                AllowSecurityGroupEgress: {
                  title: "Security groups allowed out",
                  description: "Security groups allowed out: an array of strings. Error: InvalidConfigs.Networks.Classic.AllowSecurityGroupEgress.",
                  markdownDescription: "Security groups allowed out: an array of strings.\n\nError: `InvalidConfigs.Networks.Classic.AllowSecurityGroupEgress`",
                  type: "array",
                  errorMessage: "Specified parameter Configs.Networks.Classic.AllowSecurityGroupEgress is not valid.",
                  "x-parameter": "Configs.Networks.Classic.AllowSecurityGroupEgress",
                  items: {
                    title: "Security group",
                    description: "A security group (a string). Error: InvalidConfigs.Networks.Classic.AllowSecurityGroupEgress.",
                    markdownDescription: "A security group (a string).\n\nError: `InvalidConfigs.Networks.Classic.AllowSecurityGroupEgress`",
                    type: "string",
                    errorMessage: "Specified parameter Configs.Networks.Classic.AllowSecurityGroupEgress is not valid.",
                    "x-parameter": "Configs.Networks.Classic.AllowSecurityGroupEgress"
                  }
                }
              }
            },
            VPC: {
              title: "VPC",
              description: "VPC settings, and an Express Connect link to another network: any Opposite* field or ExpressConnectSpec requires OppositeRouterId, OppositeAccessPointId and OppositeRegionId. Errors: InvalidConfigs.Networks.VPC, MissingConfigs.Networks.VPC.OppositeRouterId, MissingConfigs.Networks.VPC.OppositeAccessPointId, MissingConfigs.Networks.VPC.OppositeRegionId. Warnings: NetworkModeConflict, BcsInstanceTypeInVpc.",
              markdownDescription: "VPC settings, and an Express Connect link to another network: any `Opposite*` field or `ExpressConnectSpec` requires `OppositeRouterId`, `OppositeAccessPointId` and `OppositeRegionId`.\n\nErrors: `InvalidConfigs.Networks.VPC`, `MissingConfigs.Networks.VPC.OppositeRouterId`, `MissingConfigs.Networks.VPC.OppositeAccessPointId`, `MissingConfigs.Networks.VPC.OppositeRegionId`\n\nWarnings: `NetworkModeConflict`, `BcsInstanceTypeInVpc`",
              type: "object",
              "x-parameter": "Configs.Networks.VPC",
              additionalProperties: false,
              properties: {
                CidrBlock: {
                  title: "VPC CIDR block",
                  description: "IPv4 CIDR block of the VPC: a network address (no host bits set) inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. A mask outside 12\u201324 (16\u201324 in 192.168.0.0/16) is a warning: creation may fail. Error: InvalidCidrBlock.",
                  markdownDescription: "IPv4 CIDR block of the VPC: a network address (no host bits set) inside `10.0.0.0/8`, `172.16.0.0/12` or `192.168.0.0/16`. A mask outside **12\u201324** (**16\u201324** in `192.168.0.0/16`) is a warning: creation may fail.\n\nError: `InvalidCidrBlock`",
                  type: "string",
                  examples: [
                    "10.0.0.0/16",
                    "172.16.0.0/12",
                    "192.168.0.0/16"
                  ],
                  errorMessage: "Specified parameter CidrBlock is not valid. Configs.Networks.VPC.CidrBlock is not valid.",
                  "x-parameter": "CidrBlock"
                },
                VpcId: {
                  title: "VPC ID",
                  description: "An existing VPC to use: vpc- followed by lower-case letters and digits. Error: InvalidConfigs.Networks.VPC.VpcId.",
                  markdownDescription: "An existing VPC to use: `vpc-` followed by lower-case letters and digits.\n\nError: `InvalidConfigs.Networks.VPC.VpcId`",
                  type: "string",
                  pattern: "^vpc-[a-z0-9]+$",
                  errorMessage: "Specified parameter Configs.Networks.VPC.VpcId is not valid.",
                  "x-parameter": "Configs.Networks.VPC.VpcId",
                  "x-hint": "a VPC id is vpc- followed by lower-case letters and digits"
                },
                OppositeRouterId: {
                  title: "Opposite router ID",
                  description: "Express Connect: the ID of the router at the other end: a string. Required when any Express Connect field is set. Errors: MissingConfigs.Networks.VPC.OppositeRouterId, InvalidConfigs.Networks.VPC.OppositeRouterId.",
                  markdownDescription: "Express Connect: the ID of the router at the other end: a string. Required when any Express Connect field is set.\n\nErrors: `MissingConfigs.Networks.VPC.OppositeRouterId`, `InvalidConfigs.Networks.VPC.OppositeRouterId`",
                  type: "string",
                  errorMessage: "Specified parameter Configs.Networks.VPC.OppositeRouterId is not valid.",
                  "x-parameter": "Configs.Networks.VPC.OppositeRouterId"
                },
                OppositeAccessPointId: {
                  title: "Opposite access point ID",
                  description: "Express Connect: the ID of the access point at the other end: a string. Required when any Express Connect field is set. Errors: MissingConfigs.Networks.VPC.OppositeAccessPointId, InvalidConfigs.Networks.VPC.OppositeAccessPointId.",
                  markdownDescription: "Express Connect: the ID of the access point at the other end: a string. Required when any Express Connect field is set.\n\nErrors: `MissingConfigs.Networks.VPC.OppositeAccessPointId`, `InvalidConfigs.Networks.VPC.OppositeAccessPointId`",
                  type: "string",
                  errorMessage: "Specified parameter Configs.Networks.VPC.OppositeAccessPointId is not valid.",
                  "x-parameter": "Configs.Networks.VPC.OppositeAccessPointId"
                },
                OppositeRegionId: {
                  title: "Opposite region ID",
                  description: "Express Connect: the region of the other end, such as cn-hangzhou: a string. Required when any Express Connect field is set. Errors: MissingConfigs.Networks.VPC.OppositeRegionId, InvalidConfigs.Networks.VPC.OppositeRegionId.",
                  markdownDescription: "Express Connect: the region of the other end, such as `cn-hangzhou`: a string. Required when any Express Connect field is set.\n\nErrors: `MissingConfigs.Networks.VPC.OppositeRegionId`, `InvalidConfigs.Networks.VPC.OppositeRegionId`",
                  type: "string",
                  errorMessage: "Specified parameter Configs.Networks.VPC.OppositeRegionId is not valid.",
                  "x-parameter": "Configs.Networks.VPC.OppositeRegionId"
                },
                OppositeRouterType: {
                  title: "Opposite router type",
                  description: `Express Connect: the type of the router at the other end: VRouter or VBR ("" when not set). A type listed in the config's forbiddenOppositeRouterTypes is forbidden (403). Errors: InvalidConfigs.Networks.VPC.OppositeRouterType, QuotaExhausted.Configs.Networks.VPC.OppositeRouterType.`,
                  markdownDescription: 'Express Connect: the type of the router at the other end: `VRouter` or `VBR` (`""` when not set). A type listed in the config\'s `forbiddenOppositeRouterTypes` is forbidden (403).\n\nErrors: `InvalidConfigs.Networks.VPC.OppositeRouterType`, `QuotaExhausted.Configs.Networks.VPC.OppositeRouterType`',
                  type: "string",
                  enum: [
                    "",
                    "VRouter",
                    "VBR"
                  ],
                  enumDescriptions: [
                    "Not set.",
                    "A VPC router (VRouter).",
                    "A virtual border router (VBR) of a physical connection."
                  ],
                  markdownEnumDescriptions: [
                    "Not set.",
                    "A VPC router (VRouter).",
                    "A virtual border router (VBR) of a physical connection."
                  ],
                  errorMessage: "Specified parameter Configs.Networks.VPC.OppositeRouterType is not valid.",
                  "x-parameter": "Configs.Networks.VPC.OppositeRouterType"
                },
                OppositeInterfaceId: {
                  title: "Opposite interface ID",
                  description: "Express Connect: the ID of the router interface at the other end: a string. Error: InvalidConfigs.Networks.VPC.OppositeInterfaceId.",
                  markdownDescription: "Express Connect: the ID of the router interface at the other end: a string.\n\nError: `InvalidConfigs.Networks.VPC.OppositeInterfaceId`",
                  type: "string",
                  errorMessage: "Specified parameter Configs.Networks.VPC.OppositeInterfaceId is not valid.",
                  "x-parameter": "Configs.Networks.VPC.OppositeInterfaceId"
                },
                ExpressConnectSpec: {
                  title: "Express Connect specification",
                  description: "Express Connect: the bandwidth specification of the link: a string. Error: InvalidConfigs.Networks.VPC.ExpressConnectSpec.",
                  markdownDescription: "Express Connect: the bandwidth specification of the link: a string.\n\nError: `InvalidConfigs.Networks.VPC.ExpressConnectSpec`",
                  type: "string",
                  errorMessage: "Specified parameter Configs.Networks.VPC.ExpressConnectSpec is not valid.",
                  "x-parameter": "Configs.Networks.VPC.ExpressConnectSpec"
                }
              }
            }
          }
        }
      }
    },
    Notification: {
      title: "Notification",
      description: "Where cluster events are published: an MNS topic. Error: InvalidNotification.",
      markdownDescription: "Where cluster events are published: an MNS topic.\n\nError: `InvalidNotification`",
      type: "object",
      "x-parameter": "Notification",
      additionalProperties: false,
      properties: {
        Topic: {
          title: "MNS topic",
          description: "The MNS topic that receives the events. Error: InvalidNotification.Topic.",
          markdownDescription: "The MNS topic that receives the events.\n\nError: `InvalidNotification.Topic`",
          type: "object",
          "x-parameter": "Notification.Topic",
          additionalProperties: false,
          properties: {
            Name: {
              title: "Topic name",
              description: "Name of the MNS topic: a string. Error: InvalidNotification.Topic.Name.",
              markdownDescription: "Name of the MNS topic: a string.\n\nError: `InvalidNotification.Topic.Name`",
              type: "string",
              examples: [
                "test-topic"
              ],
              errorMessage: "Specified parameter Notification.Topic.Name is not valid.",
              "x-parameter": "Notification.Topic.Name"
            },
            Endpoint: {
              title: "Topic endpoint",
              description: 'The MNS endpoint: a URL starting with http:// or https://, such as http://[UserId].mns.[Region].aliyuncs.com/; "" means no endpoint. A non-empty endpoint without one of those schemes is a warning (the API has accepted one). Error: InvalidNotification.Topic.Endpoint.',
              markdownDescription: 'The MNS endpoint: a URL starting with `http://` or `https://`, such as `http://[UserId].mns.[Region].aliyuncs.com/`; `""` means no endpoint. A non-empty endpoint without one of those schemes is a warning (the API has accepted one).\n\nError: `InvalidNotification.Topic.Endpoint`',
              type: "string",
              errorMessage: "Specified parameter Notification.Topic.Endpoint is not valid.",
              "x-parameter": "Notification.Topic.Endpoint"
            },
            Events: {
              title: "Events",
              description: "The cluster events to publish: any of OnClusterDeleted, OnInstanceCreated, OnInstanceActive (job events such as OnJobFailed are for jobs, not clusters). Error: InvalidNotification.Topic.Events.",
              markdownDescription: "The cluster events to publish: any of `OnClusterDeleted`, `OnInstanceCreated`, `OnInstanceActive` (job events such as `OnJobFailed` are for jobs, not clusters).\n\nError: `InvalidNotification.Topic.Events`",
              type: "array",
              examples: [
                [
                  "OnClusterDeleted",
                  "OnInstanceCreated",
                  "OnInstanceActive"
                ]
              ],
              errorMessage: "Specified parameter Notification.Topic.Events is not valid.",
              "x-parameter": "Notification.Topic.Events",
              items: {
                title: "Event",
                description: "A cluster event name. Error: InvalidNotification.Topic.Events.",
                markdownDescription: "A cluster event name.\n\nError: `InvalidNotification.Topic.Events`",
                type: "string",
                enum: [
                  "OnClusterDeleted",
                  "OnInstanceCreated",
                  "OnInstanceActive"
                ],
                enumDescriptions: [
                  "The cluster was deleted.",
                  "A VM of the cluster was created.",
                  "A VM of the cluster became active."
                ],
                markdownEnumDescriptions: [
                  "The cluster was deleted.",
                  "A VM of the cluster was created.",
                  "A VM of the cluster became active."
                ],
                errorMessage: "Specified parameter Notification.Topic.Events is not valid.",
                "x-parameter": "Notification.Topic.Events",
                "x-enum-notes": [
                  {
                    pattern: "^On(Job|Task)[A-Z]|^OnInstance(Waiting|Running|Stopped|Finished|Failed)$",
                    note: "a job event (jobs set their own notifications in CreateJob)"
                  }
                ]
              }
            },
            UserData: {
              title: "Topic user data",
              description: "Text of your own sent with each notification (a field the SDKs send): a string. Error: InvalidNotification.Topic.UserData.",
              markdownDescription: "Text of your own sent with each notification (a field the SDKs send): a string.\n\nError: `InvalidNotification.Topic.UserData`",
              type: "string",
              errorMessage: "Specified parameter Notification.Topic.UserData is not valid.",
              "x-parameter": "Notification.Topic.UserData"
            },
            UserTemplate: {
              title: "Topic message template",
              description: "A template for the notification messages (a field the SDKs send): a string. Error: InvalidNotification.Topic.UserTemplate.",
              markdownDescription: "A template for the notification messages (a field the SDKs send): a string.\n\nError: `InvalidNotification.Topic.UserTemplate`",
              type: "string",
              errorMessage: "Specified parameter Notification.Topic.UserTemplate is not valid.",
              "x-parameter": "Notification.Topic.UserTemplate"
            }
          }
        }
      }
    },
    Bootstrap: {
      title: "Bootstrap",
      description: "A bootstrap script that the cluster's VMs run when they start (a field of the Chinese API page): a string. Error: InvalidBootstrap.",
      markdownDescription: "A bootstrap script that the cluster's VMs run when they start (a field of the Chinese API page): a string.\n\nError: `InvalidBootstrap`",
      type: "string",
      errorMessage: "Specified parameter Bootstrap is not valid.",
      "x-parameter": "Bootstrap"
    },
    EnvVars: {
      title: "Environment variables",
      description: "Environment variables set for the cluster's VMs, by name: an object whose values are strings. Errors: InvalidEnvVars, InvalidEnvVars.{key}.value.",
      markdownDescription: "Environment variables set for the cluster's VMs, by name: an object whose values are strings.\n\nErrors: `InvalidEnvVars`, `InvalidEnvVars.{key}.value`",
      type: "object",
      examples: [
        {
          LANG: "en_US.UTF-8"
        }
      ],
      "x-parameter": "EnvVars",
      additionalProperties: {
        title: "Environment variable value",
        description: "The value of one environment variable: a string. Error: InvalidEnvVars.{key}.value.",
        markdownDescription: "The value of one environment variable: a string.\n\nError: `InvalidEnvVars.{key}.value`",
        type: "string",
        "x-parameter": "EnvVars.{key}.value"
      }
    },
    ScheduleType: {
      title: "Schedule type",
      description: "How the cluster takes its work: LowLatency, Poll or Push (a field of the Chinese API page and the SDKs). Error: InvalidScheduleType.",
      markdownDescription: "How the cluster takes its work: `LowLatency`, `Poll` or `Push` (a field of the Chinese API page and the SDKs).\n\nError: `InvalidScheduleType`",
      type: "string",
      enum: [
        "LowLatency",
        "Poll",
        "Push"
      ],
      enumDescriptions: [
        "Schedule type LowLatency.",
        "Schedule type Poll.",
        "Schedule type Push."
      ],
      markdownEnumDescriptions: [
        "Schedule type `LowLatency`.",
        "Schedule type `Poll`.",
        "Schedule type `Push`."
      ],
      errorMessage: "Specified parameter ScheduleType is not valid.",
      "x-parameter": "ScheduleType"
    },
    DependencyIsvService: {
      title: "Dependency ISV service",
      description: 'An ISV service the cluster depends on (a field the SDKs send, "" when there is none): a string. Error: InvalidDependencyIsvService.',
      markdownDescription: 'An ISV service the cluster depends on (a field the SDKs send, `""` when there is none): a string.\n\nError: `InvalidDependencyIsvService`',
      type: "string",
      errorMessage: "Specified parameter DependencyIsvService is not valid.",
      "x-parameter": "DependencyIsvService"
    },
    PasswordInherit: {
      title: "Keep the image password",
      description: "Whether the VMs keep the password set in the image: true or false. Error: InvalidPasswordInherit.",
      markdownDescription: "Whether the VMs keep the password set in the image: `true` or `false`.\n\nError: `InvalidPasswordInherit`",
      type: "boolean",
      errorMessage: "Specified parameter PasswordInherit is not valid.",
      "x-parameter": "PasswordInherit"
    }
  },
  definitions: {
    Group: {
      title: "Instance group",
      description: "One instance group: how many VMs, of which type, paid for how. DesiredVMCount and ResourceType are required, and InstanceType when the cluster has none; the group's name (its key) has 1\u201364 characters. Errors: InvalidGroups.{key}, MissingDesiredVMCount, MissingResourceType, MissingInstanceType.",
      markdownDescription: "One instance group: how many VMs, of which type, paid for how. `DesiredVMCount` and `ResourceType` are required, and `InstanceType` when the cluster has none; the group's name (its key) has **1\u201364** characters.\n\nErrors: `InvalidGroups.{key}`, `MissingDesiredVMCount`, `MissingResourceType`, `MissingInstanceType`",
      type: "object",
      defaultSnippets: [
        {
          label: "On-demand group",
          description: "A group of on-demand VMs.",
          body: {
            DesiredVMCount: "^${1:1}",
            ResourceType: "OnDemand"
          }
        },
        {
          label: "Spot group",
          description: "A group of spot VMs with a price limit.",
          body: {
            DesiredVMCount: "^${1:1}",
            ResourceType: "Spot",
            SpotStrategy: "SpotWithPriceLimit",
            SpotPriceLimit: "^${2:0.5}"
          }
        }
      ],
      "x-parameter": "Groups.{key}",
      required: [
        "DesiredVMCount",
        "ResourceType"
      ],
      additionalProperties: false,
      properties: {
        DesiredVMCount: {
          title: "Desired VM count",
          description: "Required. Number of VMs in the group: an integer from 1 to 65536, written without a fraction or exponent, and within the MaxClusterGroupDesiredVMCount quota when the config sets it. 0 (an empty group, to be scaled later) is a warning: the API accepts it. Errors: MissingDesiredVMCount, InvalidDesiredVMCount, QuotaExhausted.MaxClusterGroupDesiredVMCount.",
          markdownDescription: "**Required.** Number of VMs in the group: an integer from **1** to **65536**, written without a fraction or exponent, and within the `MaxClusterGroupDesiredVMCount` quota when the config sets it. **0** (an empty group, to be scaled later) is a warning: the API accepts it.\n\nErrors: `MissingDesiredVMCount`, `InvalidDesiredVMCount`, `QuotaExhausted.MaxClusterGroupDesiredVMCount`",
          type: "integer",
          examples: [
            3
          ],
          errorMessage: "Specified parameter DesiredVMCount is not valid. Its type must be integer.",
          allOf: [
            {
              minimum: 0,
              errorMessage: "Specified parameter DesiredVMCount is not valid. It must be in [1, 65536].",
              "x-hint": "(an empty group of 0 VMs is accepted with a warning; the documented range starts at 1)"
            },
            {
              maximum: 65536,
              errorMessage: "Specified parameter DesiredVMCount is not valid. It must be in [1, 65536]."
            }
          ],
          "x-parameter": "DesiredVMCount"
        },
        InstanceType: {
          title: "Group instance type",
          description: `Instance type of this group's VMs, as the cluster's InstanceType (ecs.sn1.medium); "" means the cluster's. Required when the cluster has no InstanceType. Errors: MissingInstanceType, InvalidInstanceType. Warning: BcsInstanceTypeInVpc.`,
          markdownDescription: "Instance type of this group's VMs, as the cluster's `InstanceType` (`ecs.sn1.medium`); `\"\"` means the cluster's. Required when the cluster has no `InstanceType`.\n\nErrors: `MissingInstanceType`, `InvalidInstanceType`\n\nWarning: `BcsInstanceTypeInVpc`",
          type: "string",
          default: "",
          pattern: "^$|^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$",
          errorMessage: "Specified parameter InstanceType is not valid.",
          "x-parameter": "InstanceType",
          "x-hint": `an instance type is bcs. or ecs., a family, a dot and a size, such as ecs.sn1.medium, or "" for the cluster's`
        },
        ResourceType: {
          title: "Resource type",
          description: "Required. How the group's VMs are paid for: OnDemand, Spot or PrePaid. Errors: MissingResourceType, InvalidResourceType.",
          markdownDescription: "**Required.** How the group's VMs are paid for: `OnDemand`, `Spot` or `PrePaid`.\n\nErrors: `MissingResourceType`, `InvalidResourceType`",
          type: "string",
          enum: [
            "OnDemand",
            "Spot",
            "PrePaid"
          ],
          enumDescriptions: [
            "Pay-as-you-go VMs that stay until the cluster shrinks.",
            "Preemptible spot VMs: cheaper, and they may be reclaimed; set SpotStrategy.",
            "Subscription (prepaid) VMs."
          ],
          markdownEnumDescriptions: [
            "Pay-as-you-go VMs that stay until the cluster shrinks.",
            "Preemptible spot VMs: cheaper, and they may be reclaimed; set `SpotStrategy`.",
            "Subscription (prepaid) VMs."
          ],
          errorMessage: "Specified parameter ResourceType is not valid.",
          "x-parameter": "ResourceType"
        },
        SpotStrategy: {
          title: "Spot strategy",
          description: 'How spot VMs are bid for: "", SpotWithPriceLimit or SpotAsPriceGo. Used only when ResourceType is Spot; SpotWithPriceLimit needs a SpotPriceLimit. Error: InvalidSpotStrategy. Warnings: SpotSettingIgnored, SpotPriceLimitMissing.',
          markdownDescription: 'How spot VMs are bid for: `""`, `SpotWithPriceLimit` or `SpotAsPriceGo`. Used only when `ResourceType` is `Spot`; `SpotWithPriceLimit` needs a `SpotPriceLimit`.\n\nError: `InvalidSpotStrategy`\n\nWarnings: `SpotSettingIgnored`, `SpotPriceLimitMissing`',
          type: "string",
          enum: [
            "",
            "SpotWithPriceLimit",
            "SpotAsPriceGo"
          ],
          enumDescriptions: [
            "Not set.",
            "Bid up to SpotPriceLimit per hour.",
            "Pay the market price of the moment."
          ],
          markdownEnumDescriptions: [
            "Not set.",
            "Bid up to `SpotPriceLimit` per hour.",
            "Pay the market price of the moment."
          ],
          default: "",
          errorMessage: "Specified parameter SpotStrategy is not valid.",
          "x-parameter": "SpotStrategy"
        },
        SpotPriceLimit: {
          title: "Spot price limit",
          description: "The highest hourly price for a spot VM: a number of at least 0 with at most 3 decimals. Used only with SpotWithPriceLimit. Error: InvalidSpotPriceLimit. Warning: SpotSettingIgnored.",
          markdownDescription: "The highest hourly price for a spot VM: a number of at least **0** with at most **3** decimals. Used only with `SpotWithPriceLimit`.\n\nError: `InvalidSpotPriceLimit`\n\nWarning: `SpotSettingIgnored`",
          type: "number",
          default: 0,
          examples: [
            0.5
          ],
          minimum: 0,
          multipleOf: 1e-3,
          errorMessage: "Specified parameter SpotPriceLimit is not valid.",
          "x-parameter": "SpotPriceLimit"
        },
        ImageId: {
          title: "Group image ID",
          description: "Image of this group's VMs instead of the cluster's ImageId: a string of 1\u2013256 characters, such as m-2309yqb5n; an id that starts with neither m- nor img- is a warning. Error: InvalidImageId.",
          markdownDescription: "Image of this group's VMs instead of the cluster's `ImageId`: a string of **1\u2013256** characters, such as `m-2309yqb5n`; an id that starts with neither `m-` nor `img-` is a warning.\n\nError: `InvalidImageId`",
          type: "string",
          examples: [
            "m-2309yqb5n"
          ],
          errorMessage: "Specified parameter ImageId is not valid. Its type must be string.",
          allOf: [
            {
              minLength: 1,
              maxLength: 256,
              errorMessage: "Specified parameter ImageId is not valid. Its length must be in [1, 256]."
            }
          ],
          "x-parameter": "ImageId"
        },
        HostnamePrefix: {
          title: "Host name prefix",
          description: "Prefix of the host names of this group's VMs (a field of the SDKs): a string. Error: InvalidHostnamePrefix.",
          markdownDescription: "Prefix of the host names of this group's VMs (a field of the SDKs): a string.\n\nError: `InvalidHostnamePrefix`",
          type: "string",
          errorMessage: "Specified parameter HostnamePrefix is not valid.",
          "x-parameter": "HostnamePrefix"
        },
        Mode: {
          title: "Group mode",
          description: "The group's mode (a field of the Chinese API page and the SDKs): a string. Error: InvalidMode.",
          markdownDescription: "The group's mode (a field of the Chinese API page and the SDKs): a string.\n\nError: `InvalidMode`",
          type: "string",
          errorMessage: "Specified parameter Mode is not valid.",
          "x-parameter": "Mode"
        }
      }
    }
  }
};

// schemas/containerservice-cluster.schema.json
var containerservice_cluster_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://clusterlint.dev/schemas/containerservice-cluster.schema.json",
  title: "Container Service (swarm) CreateCluster request body",
  description: "The body of POST /clusters for Alibaba Cloud Container Service (swarm clusters), as clusterlint checks it. The API documents no error codes: every finding uses the Missing{Parameter} / Invalid{Parameter} templates, with the parameter in PascalCase in the code and spelled as the API spells it (snake_case) in the message. A key the API does not define is a warning. Errors: InvalidJsonFormat, InvalidHttpBody. Warning: UnknownParameter.",
  markdownDescription: "The body of `POST /clusters` for Alibaba Cloud Container Service (swarm clusters), as clusterlint checks it. The API documents no error codes: every finding uses the `Missing{Parameter}` / `Invalid{Parameter}` templates, with the parameter in PascalCase in the code and spelled as the API spells it (snake_case) in the message. A key the API does not define is a warning.\n\nErrors: `InvalidJsonFormat`, `InvalidHttpBody`\n\nWarning: `UnknownParameter`",
  type: "object",
  defaultSnippets: [
    {
      label: "Container Service cluster",
      description: "A swarm cluster in a VPC with the required fields.",
      body: {
        name: "${1:my-swarm}",
        size: "^${2:2}",
        instance_type: "${3:ecs.n1.small}",
        network_mode: "vpc",
        vpc_id: "${4:vpc-replaceme}",
        vswitch_id: "${5:vsw-replaceme}",
        subnet_cidr: "${6:172.18.0.0/16}",
        password: "${7:Replace-Me-2024}",
        region_id: "${8:cn-hangzhou}",
        data_disk_category: "${9|cloud_ssd,cloud_efficiency,cloud_essd,ephemeral_ssd,cloud|}",
        data_disk_size: "^${10:40}",
        io_optimized: "optimized"
      }
    }
  ],
  allOf: [
    {
      $comment: "data_disk_size depends on data_disk_category (SPEC \xA75, ECS disk limits): 5\u20132000 GB for cloud, 20\u201332768 GB for cloud_efficiency, cloud_ssd, cloud_essd and ephemeral_ssd, 5\u201332768 GB while the category is missing or invalid (that is reported on its own).",
      if: {
        required: [
          "data_disk_category"
        ],
        properties: {
          data_disk_category: {
            const: "cloud"
          }
        }
      },
      then: {
        properties: {
          data_disk_size: {
            minimum: 5,
            maximum: 2e3,
            errorMessage: "Specified parameter data_disk_size is not valid.",
            "x-parameter": "data_disk_size",
            "x-hint": "for a cloud disk"
          }
        }
      },
      else: {
        if: {
          required: [
            "data_disk_category"
          ],
          properties: {
            data_disk_category: {
              enum: [
                "cloud_efficiency",
                "cloud_ssd",
                "cloud_essd",
                "ephemeral_ssd"
              ]
            }
          }
        },
        then: {
          properties: {
            data_disk_size: {
              minimum: 20,
              maximum: 32768,
              errorMessage: "Specified parameter data_disk_size is not valid.",
              "x-parameter": "data_disk_size",
              "x-hint": "for a cloud_efficiency, cloud_ssd, cloud_essd or ephemeral_ssd disk"
            }
          }
        },
        else: {
          properties: {
            data_disk_size: {
              minimum: 5,
              maximum: 32768,
              errorMessage: "Specified parameter data_disk_size is not valid.",
              "x-parameter": "data_disk_size"
            }
          }
        }
      }
    }
  ],
  "x-parameter": "HttpBody",
  required: [
    "name",
    "size",
    "instance_type",
    "network_mode",
    "subnet_cidr",
    "vpc_id",
    "vswitch_id",
    "password",
    "data_disk_category",
    "data_disk_size"
  ],
  additionalProperties: false,
  properties: {
    $schema: {
      title: "JSON Schema",
      $comment: "Source: SPEC \xA71 (a $schema reference picks the dialect); not a field of the request.",
      description: "The schema this spec follows, so that editors complete and check it: a path to node_modules/clusterlint/schemas/containerservice-cluster.schema.json (relative to this file) or a URL ending in containerservice-cluster.schema.json. clusterlint reads its last path segment to pick the dialect.",
      markdownDescription: "The schema this spec follows, so that editors complete and check it: a path to `node_modules/clusterlint/schemas/containerservice-cluster.schema.json` (relative to this file) or a URL ending in `containerservice-cluster.schema.json`. clusterlint reads its last path segment to pick the dialect.",
      type: "string",
      examples: [
        "./node_modules/clusterlint/schemas/containerservice-cluster.schema.json"
      ],
      "x-parameter": "$schema"
    },
    name: {
      title: "Cluster name",
      $comment: "Source: seed (parameter table: letters, Chinese characters, digits and hyphens) and EVIDENCE (Terraform alicloud/validators.go validateContainerName: 1\u201363 characters, not starting with a hyphen).",
      description: "Required. Cluster name: 1\u201363 characters; letters, digits, Chinese characters (U+4E00\u2013U+9FA5) and -, not starting with -. Errors: MissingName, InvalidName.",
      markdownDescription: "**Required.** Cluster name: **1\u201363** characters; letters, digits, Chinese characters (U+4E00\u2013U+9FA5) and `-`, not starting with `-`.\n\nErrors: `MissingName`, `InvalidName`",
      type: "string",
      examples: [
        "my-test-cluster"
      ],
      minLength: 1,
      maxLength: 63,
      pattern: "^[A-Za-z0-9\\u4e00-\\u9fa5][A-Za-z0-9\\u4e00-\\u9fa5-]*$",
      errorMessage: "Specified parameter name is not valid.",
      "x-parameter": "name",
      "x-hint": 'only letters, digits, Chinese characters (U+4E00\u2013U+9FA5) and "-" are allowed, and the first character must not be "-"'
    },
    size: {
      title: "Number of nodes",
      $comment: "Source: seed (integer, required); EVIDENCE (Terraform resource_alicloud_cs_swarm.go node_number validateIntegerInRange(0, 50): 0 is created, so the minimum is 0; above 50 is the rule cluster-size, a warning).",
      description: "Required. Number of ECS nodes in the cluster: an integer of at least 0 (the Terraform provider creates empty clusters). More than 50 is a warning (the provider's tooling caps a swarm cluster there). Errors: MissingSize, InvalidSize.",
      markdownDescription: "**Required.** Number of ECS nodes in the cluster: an integer of at least **0** (the Terraform provider creates empty clusters). More than **50** is a warning (the provider's tooling caps a swarm cluster there).\n\nErrors: `MissingSize`, `InvalidSize`",
      type: "integer",
      examples: [
        1
      ],
      minimum: 0,
      errorMessage: "Specified parameter size is not valid.",
      "x-parameter": "size"
    },
    instance_type: {
      title: "Instance type",
      $comment: "Source: seed (ECS instance type code) with SPEC \xA74's instance type pattern, ecs. only (own decision: bcs. types are Batch Compute's).",
      description: "Required. ECS instance type of the nodes: ecs., a family, a dot and a size, such as ecs.n1.small; one of the config's instanceTypes when that list is set. Errors: MissingInstanceType, InvalidInstanceType.",
      markdownDescription: "**Required.** ECS instance type of the nodes: `ecs.`, a family, a dot and a size, such as `ecs.n1.small`; one of the config's `instanceTypes` when that list is set.\n\nErrors: `MissingInstanceType`, `InvalidInstanceType`",
      type: "string",
      examples: [
        "ecs.n1.small"
      ],
      pattern: "^ecs\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$",
      errorMessage: "Specified parameter instance_type is not valid.",
      "x-parameter": "instance_type",
      "x-hint": "an instance type is ecs., a family, a dot and a size, such as ecs.n1.small"
    },
    network_mode: {
      title: "Network mode",
      $comment: 'Source: seed ("Currently, only VPC is supported"); EVIDENCE (classic existed historically, the current document allows only vpc).',
      description: "Required. Network mode of the cluster: only vpc is supported. Errors: MissingNetworkMode, InvalidNetworkMode.",
      markdownDescription: "**Required.** Network mode of the cluster: only `vpc` is supported.\n\nErrors: `MissingNetworkMode`, `InvalidNetworkMode`",
      type: "string",
      enum: [
        "vpc"
      ],
      enumDescriptions: [
        "Virtual Private Cloud, the only mode the API supports."
      ],
      markdownEnumDescriptions: [
        "Virtual Private Cloud, the only mode the API supports."
      ],
      default: "vpc",
      errorMessage: "Specified parameter network_mode is not valid.",
      "x-parameter": "network_mode"
    },
    subnet_cidr: {
      title: "Container CIDR block",
      $comment: "Source: seed (required CIDR block); the private-network arithmetic is the rule subnet-cidr.",
      description: "Required. CIDR block for the containers: an IPv4 network address (no host bits set) inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. Errors: MissingSubnetCidr, InvalidSubnetCidr.",
      markdownDescription: "**Required.** CIDR block for the containers: an IPv4 network address (no host bits set) inside `10.0.0.0/8`, `172.16.0.0/12` or `192.168.0.0/16`.\n\nErrors: `MissingSubnetCidr`, `InvalidSubnetCidr`",
      type: "string",
      examples: [
        "172.18.0.0/16"
      ],
      errorMessage: "Specified parameter subnet_cidr is not valid.",
      "x-parameter": "subnet_cidr"
    },
    vpc_id: {
      title: "VPC ID",
      $comment: "Source: seed (required) with the vpc- id pattern of SPEC \xA74 VPC.VpcId.",
      description: "Required. ID of the VPC: vpc- followed by lower-case letters and digits. Errors: MissingVpcId, InvalidVpcId.",
      markdownDescription: "**Required.** ID of the VPC: `vpc-` followed by lower-case letters and digits.\n\nErrors: `MissingVpcId`, `InvalidVpcId`",
      type: "string",
      pattern: "^vpc-[a-z0-9]+$",
      errorMessage: "Specified parameter vpc_id is not valid.",
      "x-parameter": "vpc_id",
      "x-hint": 'a VPC ID is "vpc-" followed by lower-case letters and digits'
    },
    vswitch_id: {
      title: "VSwitch ID",
      $comment: "Source: seed (required); vsw- id pattern: own decision, after the VPC console's ids.",
      description: "Required. ID of a VSwitch of the VPC: vsw- followed by lower-case letters and digits. Errors: MissingVswitchId, InvalidVswitchId.",
      markdownDescription: "**Required.** ID of a VSwitch of the VPC: `vsw-` followed by lower-case letters and digits.\n\nErrors: `MissingVswitchId`, `InvalidVswitchId`",
      type: "string",
      pattern: "^vsw-[a-z0-9]+$",
      errorMessage: "Specified parameter vswitch_id is not valid.",
      "x-parameter": "vswitch_id",
      "x-hint": 'a VSwitch ID is "vsw-" followed by lower-case letters and digits'
    },
    password: {
      title: "Root password",
      $comment: "Source: seed (required root password) with the ECS instance password rule (8\u201330 characters, three classes: the rule password-strength).",
      description: "Required. Root password of the ECS nodes: 8\u201330 characters from letters, digits and ()`~!@#$%^&*-_+=|{}[]:;'\"<>,.?/, with at least three of upper case, lower case, digits and special characters. A secret: keep it out of the file (inject it at deploy time); clusterlint never shows its value. Errors: MissingPassword, InvalidPassword. Warning: PlaintextSecret.",
      markdownDescription: "**Required.** Root password of the ECS nodes: **8\u201330** characters from letters, digits and ``()`~!@#$%^&*-_+=|{}[]:;'\"<>,.?/``, with at least three of upper case, lower case, digits and special characters. A secret: keep it out of the file (inject it at deploy time); clusterlint never shows its value.\n\nErrors: `MissingPassword`, `InvalidPassword`\n\nWarning: `PlaintextSecret`",
      type: "string",
      minLength: 8,
      maxLength: 30,
      pattern: "^[A-Za-z0-9()`~!@#$%^&*\\-_+=|{}\\[\\]:;'\"<>,.?/]*$",
      errorMessage: "Specified parameter password is not valid.",
      "x-parameter": "password",
      "x-hint": "only letters, digits and the special characters ()`~!@#$%^&*-_+=|{}[]:;'\"<>,.?/ are allowed",
      "x-secret": true
    },
    region_id: {
      title: "Region ID",
      $comment: "Source: seed (RegionID, optional); no enum here so that editors accept a region clusterlint does not know yet: an unknown id is the rule region-id, a warning (own decision).",
      description: "Region of the cluster, such as cn-hangzhou; an id that is not a known Alibaba Cloud region is a warning. Error: InvalidRegionId.",
      markdownDescription: "Region of the cluster, such as `cn-hangzhou`; an id that is not a known Alibaba Cloud region is a warning.\n\nError: `InvalidRegionId`",
      type: "string",
      examples: [
        "cn-qingdao",
        "cn-beijing",
        "cn-zhangjiakou",
        "cn-huhehaote",
        "cn-wulanchabu",
        "cn-hangzhou",
        "cn-shanghai",
        "cn-nanjing",
        "cn-fuzhou",
        "cn-wuhan-lr",
        "cn-shenzhen",
        "cn-heyuan",
        "cn-guangzhou",
        "cn-chengdu",
        "cn-hongkong",
        "ap-northeast-1",
        "ap-northeast-2",
        "ap-southeast-1",
        "ap-southeast-3",
        "ap-southeast-5",
        "ap-southeast-6",
        "ap-southeast-7",
        "us-east-1",
        "us-west-1",
        "us-southeast-1",
        "na-south-1",
        "eu-west-1",
        "eu-central-1",
        "me-east-1",
        "me-central-1",
        "cn-hangzhou-finance",
        "cn-shanghai-finance-1",
        "cn-shenzhen-finance-1",
        "cn-beijing-finance-1",
        "cn-north-2-gov-1"
      ],
      errorMessage: "Specified parameter region_id is not valid.",
      "x-parameter": "region_id"
    },
    data_disk_category: {
      title: "Data disk category",
      $comment: "Source: seed (disk category) and EVIDENCE (Terraform alicloud/extension_ecs.go SupportedDiskCategory and the ROS ALIYUN::CS::Cluster doc accept ephemeral_ssd).",
      description: "Required. Category of the nodes' data disk: cloud, cloud_efficiency, cloud_ssd, cloud_essd or ephemeral_ssd; it sets the range of data_disk_size. Errors: MissingDataDiskCategory, InvalidDataDiskCategory.",
      markdownDescription: "**Required.** Category of the nodes' data disk: `cloud`, `cloud_efficiency`, `cloud_ssd`, `cloud_essd` or `ephemeral_ssd`; it sets the range of `data_disk_size`.\n\nErrors: `MissingDataDiskCategory`, `InvalidDataDiskCategory`",
      type: "string",
      enum: [
        "cloud",
        "cloud_efficiency",
        "cloud_ssd",
        "cloud_essd",
        "ephemeral_ssd"
      ],
      enumDescriptions: [
        "Basic cloud disk: 5\u20132000 GB.",
        "Ultra cloud disk: 20\u201332768 GB.",
        "Standard SSD cloud disk: 20\u201332768 GB.",
        "Enhanced SSD (ESSD) cloud disk: 20\u201332768 GB.",
        "Local SSD disk (the Terraform provider and ROS accept it): 20\u201332768 GB here."
      ],
      markdownEnumDescriptions: [
        "Basic cloud disk: 5\u20132000 GB.",
        "Ultra cloud disk: 20\u201332768 GB.",
        "Standard SSD cloud disk: 20\u201332768 GB.",
        "Enhanced SSD (ESSD) cloud disk: 20\u201332768 GB.",
        "Local SSD disk (the Terraform provider and ROS accept it): 20\u201332768 GB here."
      ],
      errorMessage: "Specified parameter data_disk_category is not valid.",
      "x-parameter": "data_disk_category"
    },
    data_disk_size: {
      title: "Data disk size in GB",
      $comment: "Source: seed (disk size) with the ECS disk limits of SPEC \xA75: 5\u20132000 for cloud, 20\u201332768 otherwise (the allOf at the root); while the category is missing or invalid, 5\u201332768 (own decision: the category's own error comes first).",
      description: "Required. Size of each node's data disk in GB: an integer, 5\u20132000 for cloud and 20\u201332768 for the other categories (5\u201332768 while the category is missing or invalid). Errors: MissingDataDiskSize, InvalidDataDiskSize.",
      markdownDescription: "**Required.** Size of each node's data disk in GB: an integer, **5\u20132000** for `cloud` and **20\u201332768** for the other categories (**5\u201332768** while the category is missing or invalid).\n\nErrors: `MissingDataDiskSize`, `InvalidDataDiskSize`",
      type: "integer",
      examples: [
        40
      ],
      errorMessage: "Specified parameter data_disk_size is not valid.",
      "x-parameter": "data_disk_size"
    },
    ecs_image_id: {
      title: "ECS image ID",
      $comment: "Source: seed (optional string).",
      description: "ID of the nodes' system image: Ubuntu or CentOS with a 3.18 or later kernel, without /etc/docker/key.json. Error: InvalidEcsImageId.",
      markdownDescription: "ID of the nodes' system image: Ubuntu or CentOS with a 3.18 or later kernel, without `/etc/docker/key.json`.\n\nError: `InvalidEcsImageId`",
      type: "string",
      errorMessage: "Specified parameter ecs_image_id is not valid.",
      "x-parameter": "ecs_image_id"
    },
    io_optimized: {
      title: "I/O optimized",
      $comment: `Source: seed (none or optimized) and EVIDENCE (the Terraform provider sends the string "true" on every create, and the page's own full example sends "io_optimized":"true"); a boolean stays invalid (SPEC \xA75).`,
      description: 'Whether the instances are I/O optimized, as a string: none or optimized (the API document; optimized is recommended, since only VPC is supported), or "true" / "false" (what the official Terraform provider sends). A boolean is not valid: write it in quotes. Error: InvalidIoOptimized.',
      markdownDescription: 'Whether the instances are I/O optimized, as a string: `none` or `optimized` (the API document; `optimized` is recommended, since only VPC is supported), or `"true"` / `"false"` (what the official Terraform provider sends). A boolean is not valid: write it in quotes.\n\nError: `InvalidIoOptimized`',
      type: "string",
      enum: [
        "none",
        "optimized",
        "true",
        "false"
      ],
      enumDescriptions: [
        "Not I/O optimized.",
        "I/O optimized; recommended with VPC.",
        "I/O optimized, as the Terraform provider writes it.",
        "Not I/O optimized, as the Terraform provider writes it."
      ],
      markdownEnumDescriptions: [
        "Not I/O optimized.",
        "I/O optimized; recommended with VPC.",
        "I/O optimized, as the Terraform provider writes it.",
        "Not I/O optimized, as the Terraform provider writes it."
      ],
      errorMessage: "Specified parameter io_optimized is not valid.",
      "x-parameter": "io_optimized"
    },
    need_slb: {
      title: "Create a load balancer",
      $comment: "Source: seed (bool, default true).",
      description: 'Whether to create the default Server Load Balancer instance for the cluster: true (the default) or false, a boolean rather than "yes" or "true". Error: InvalidNeedSlb.',
      markdownDescription: 'Whether to create the default Server Load Balancer instance for the cluster: `true` (the default) or `false`, a boolean rather than `"yes"` or `"true"`.\n\nError: `InvalidNeedSlb`',
      type: "boolean",
      default: true,
      errorMessage: "Specified parameter need_slb is not valid.",
      "x-parameter": "need_slb"
    },
    release_eip_flag: {
      title: "Release the EIP",
      $comment: "Source: seed (bool, default false).",
      description: "Whether to release the Elastic IP after the cluster is configured: true or false (the default). Error: InvalidReleaseEipFlag.",
      markdownDescription: "Whether to release the Elastic IP after the cluster is configured: `true` or `false` (the default).\n\nError: `InvalidReleaseEipFlag`",
      type: "boolean",
      default: false,
      errorMessage: "Specified parameter release_eip_flag is not valid.",
      "x-parameter": "release_eip_flag"
    },
    rds_instances: {
      title: "RDS instances",
      $comment: "Source: seed (array of RDS instance ids).",
      description: "IDs of RDS instances whose whitelists get the IP addresses of the nodes: an array of strings. Error: InvalidRdsInstances.",
      markdownDescription: "IDs of RDS instances whose whitelists get the IP addresses of the nodes: an array of strings.\n\nError: `InvalidRdsInstances`",
      type: "array",
      errorMessage: "Specified parameter rds_instances is not valid.",
      "x-parameter": "rds_instances",
      items: {
        title: "RDS instance ID",
        description: "The ID of one RDS instance. Error: InvalidRdsInstances.",
        markdownDescription: "The ID of one RDS instance.\n\nError: `InvalidRdsInstances`",
        type: "string",
        errorMessage: "Specified parameter rds_instances is not valid.",
        "x-parameter": "rds_instances"
      }
    }
  }
};

// src/generated/validators.js
var batchcompute = validate10;
var schema11 = batchcompute_cluster_schema_default;
var schema12 = batchcompute_cluster_schema_default["definitions"]["Group"];
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^[a-zA-Z_-][a-zA-Z0-9_-]*$", "u");
var pattern1 = new RegExp("^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$", "u");
var pattern2 = new RegExp("^[A-Za-z0-9_]+$", "u");
var pattern3 = new RegExp("^$|^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$", "u");
var pattern4 = new RegExp("^(/.*|[A-Za-z]:)$", "u");
var pattern5 = new RegExp("^([Oo][Ss][Ss]|[Nn][Aa][Ss])://.+", "u");
var pattern6 = new RegExp("^(/.*|[A-Za-z]:([\\\\/].*)?)$", "u");
var pattern7 = new RegExp("^vpc-[a-z0-9]+$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Name" }, message: "must have required property 'Name'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.ImageId === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ImageId" }, message: "must have required property 'ImageId'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.Groups === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Groups" }, message: "must have required property 'Groups'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.Name !== void 0) {
      let data1 = data.Name;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (func3(data1) > 64) {
          const err6 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/allOf/0/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err7 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/allOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err8 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/allOf/1/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_-][a-zA-Z0-9_-]*$" }, message: 'must match pattern "^[a-zA-Z_-][a-zA-Z0-9_-]*$"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.Description !== void 0) {
      let data2 = data.Description;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (typeof data2 === "string") {
        if (func3(data2) > 1024) {
          const err10 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/allOf/0/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.ImageId !== void 0) {
      let data3 = data.ImageId;
      if (typeof data3 !== "string") {
        const err11 = { instancePath: instancePath + "/ImageId", schemaPath: "#/properties/ImageId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (func3(data3) > 256) {
          const err12 = { instancePath: instancePath + "/ImageId", schemaPath: "#/properties/ImageId/allOf/0/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func3(data3) < 1) {
          const err13 = { instancePath: instancePath + "/ImageId", schemaPath: "#/properties/ImageId/allOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.InstanceType !== void 0) {
      let data4 = data.InstanceType;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err14 = { instancePath: instancePath + "/InstanceType", schemaPath: "#/properties/InstanceType/pattern", keyword: "pattern", params: { pattern: "^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$" }, message: 'must match pattern "^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      } else {
        const err15 = { instancePath: instancePath + "/InstanceType", schemaPath: "#/properties/InstanceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.IdempotentToken !== void 0) {
      let data5 = data.IdempotentToken;
      if (typeof data5 === "string") {
        if (func3(data5) > 64) {
          const err16 = { instancePath: instancePath + "/IdempotentToken", schemaPath: "#/properties/IdempotentToken/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        if (func3(data5) < 1) {
          const err17 = { instancePath: instancePath + "/IdempotentToken", schemaPath: "#/properties/IdempotentToken/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (!pattern2.test(data5)) {
          const err18 = { instancePath: instancePath + "/IdempotentToken", schemaPath: "#/properties/IdempotentToken/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_]+$" }, message: 'must match pattern "^[A-Za-z0-9_]+$"' };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/IdempotentToken", schemaPath: "#/properties/IdempotentToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.UserData !== void 0) {
      let data6 = data.UserData;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length > 64) {
          const err20 = { instancePath: instancePath + "/UserData", schemaPath: "#/properties/UserData/maxProperties", keyword: "maxProperties", params: { limit: 64 }, message: "must NOT have more than 64 properties" };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        for (const key1 in data6) {
          const _errs20 = errors;
          if (typeof key1 === "string") {
            if (func3(key1) > 128) {
              const err21 = { instancePath: instancePath + "/UserData", schemaPath: "#/properties/UserData/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (func3(key1) < 1) {
              const err22 = { instancePath: instancePath + "/UserData", schemaPath: "#/properties/UserData/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
          var valid4 = _errs20 === errors;
          if (!valid4) {
            const err23 = { instancePath: instancePath + "/UserData", schemaPath: "#/properties/UserData/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          let data7 = data6[key2];
          if (typeof data7 === "string") {
            if (func3(data7) > 1024) {
              const err24 = { instancePath: instancePath + "/UserData/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/UserData/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/UserData/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/UserData/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/UserData", schemaPath: "#/properties/UserData/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.Groups !== void 0) {
      let data8 = data.Groups;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (Object.keys(data8).length < 1) {
          const err27 = { instancePath: instancePath + "/Groups", schemaPath: "#/properties/Groups/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        for (const key3 in data8) {
          const _errs26 = errors;
          if (typeof key3 === "string") {
            if (func3(key3) > 64) {
              const err28 = { instancePath: instancePath + "/Groups", schemaPath: "#/properties/Groups/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (func3(key3) < 1) {
              const err29 = { instancePath: instancePath + "/Groups", schemaPath: "#/properties/Groups/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
          var valid6 = _errs26 === errors;
          if (!valid6) {
            const err30 = { instancePath: instancePath + "/Groups", schemaPath: "#/properties/Groups/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        for (const key4 in data8) {
          let data9 = data8[key4];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.DesiredVMCount === void 0) {
              const err31 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Group/required", keyword: "required", params: { missingProperty: "DesiredVMCount" }, message: "must have required property 'DesiredVMCount'" };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data9.ResourceType === void 0) {
              const err32 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Group/required", keyword: "required", params: { missingProperty: "ResourceType" }, message: "must have required property 'ResourceType'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            for (const key5 in data9) {
              if (!(key5 === "DesiredVMCount" || key5 === "InstanceType" || key5 === "ResourceType" || key5 === "SpotStrategy" || key5 === "SpotPriceLimit" || key5 === "ImageId" || key5 === "HostnamePrefix" || key5 === "Mode")) {
                const err33 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Group/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data9.DesiredVMCount !== void 0) {
              let data10 = data9.DesiredVMCount;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err34 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/DesiredVMCount", schemaPath: "#/definitions/Group/properties/DesiredVMCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 < 0 || isNaN(data10)) {
                  const err35 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/DesiredVMCount", schemaPath: "#/definitions/Group/properties/DesiredVMCount/allOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 > 65536 || isNaN(data10)) {
                  const err36 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/DesiredVMCount", schemaPath: "#/definitions/Group/properties/DesiredVMCount/allOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
            if (data9.InstanceType !== void 0) {
              let data11 = data9.InstanceType;
              if (typeof data11 === "string") {
                if (!pattern3.test(data11)) {
                  const err37 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/InstanceType", schemaPath: "#/definitions/Group/properties/InstanceType/pattern", keyword: "pattern", params: { pattern: "^$|^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$" }, message: 'must match pattern "^$|^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$"' };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              } else {
                const err38 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/InstanceType", schemaPath: "#/definitions/Group/properties/InstanceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data9.ResourceType !== void 0) {
              let data12 = data9.ResourceType;
              if (typeof data12 !== "string") {
                const err39 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ResourceType", schemaPath: "#/definitions/Group/properties/ResourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              if (!(data12 === "OnDemand" || data12 === "Spot" || data12 === "PrePaid")) {
                const err40 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ResourceType", schemaPath: "#/definitions/Group/properties/ResourceType/enum", keyword: "enum", params: { allowedValues: schema12.properties.ResourceType.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data9.SpotStrategy !== void 0) {
              let data13 = data9.SpotStrategy;
              if (typeof data13 !== "string") {
                const err41 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/SpotStrategy", schemaPath: "#/definitions/Group/properties/SpotStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (!(data13 === "" || data13 === "SpotWithPriceLimit" || data13 === "SpotAsPriceGo")) {
                const err42 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/SpotStrategy", schemaPath: "#/definitions/Group/properties/SpotStrategy/enum", keyword: "enum", params: { allowedValues: schema12.properties.SpotStrategy.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data9.SpotPriceLimit !== void 0) {
              let data14 = data9.SpotPriceLimit;
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 0 || isNaN(data14)) {
                  const err43 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/SpotPriceLimit", schemaPath: "#/definitions/Group/properties/SpotPriceLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
                let res0;
                if (res0 = data14 / 1e-3, Math.abs(Math.round(res0) - res0) > 1e-9) {
                  const err44 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/SpotPriceLimit", schemaPath: "#/definitions/Group/properties/SpotPriceLimit/multipleOf", keyword: "multipleOf", params: { multipleOf: 1e-3 }, message: "must be multiple of 0.001" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
              } else {
                const err45 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/SpotPriceLimit", schemaPath: "#/definitions/Group/properties/SpotPriceLimit/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data9.ImageId !== void 0) {
              let data15 = data9.ImageId;
              if (typeof data15 !== "string") {
                const err46 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ImageId", schemaPath: "#/definitions/Group/properties/ImageId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              if (typeof data15 === "string") {
                if (func3(data15) > 256) {
                  const err47 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ImageId", schemaPath: "#/definitions/Group/properties/ImageId/allOf/0/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                if (func3(data15) < 1) {
                  const err48 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ImageId", schemaPath: "#/definitions/Group/properties/ImageId/allOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
            }
            if (data9.HostnamePrefix !== void 0) {
              if (typeof data9.HostnamePrefix !== "string") {
                const err49 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/HostnamePrefix", schemaPath: "#/definitions/Group/properties/HostnamePrefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data9.Mode !== void 0) {
              if (typeof data9.Mode !== "string") {
                const err50 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/Mode", schemaPath: "#/definitions/Group/properties/Mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
          } else {
            const err51 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Group/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
      } else {
        const err52 = { instancePath: instancePath + "/Groups", schemaPath: "#/properties/Groups/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.Configs !== void 0) {
      let data18 = data.Configs;
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key6 in data18) {
          if (!(key6 === "Disks" || key6 === "Mounts" || key6 === "Networks")) {
            const err53 = { instancePath: instancePath + "/Configs", schemaPath: "#/properties/Configs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data18.Disks !== void 0) {
          let data19 = data18.Disks;
          if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
            for (const key7 in data19) {
              if (!(key7 === "SystemDisk" || key7 === "DataDisk")) {
                const err54 = { instancePath: instancePath + "/Configs/Disks", schemaPath: "#/properties/Configs/properties/Disks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data19.SystemDisk !== void 0) {
              let data20 = data19.SystemDisk;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                for (const key8 in data20) {
                  if (!(key8 === "Type" || key8 === "Size")) {
                    const err55 = { instancePath: instancePath + "/Configs/Disks/SystemDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
                if (data20.Type !== void 0) {
                  let data21 = data20.Type;
                  if (typeof data21 !== "string") {
                    const err56 = { instancePath: instancePath + "/Configs/Disks/SystemDisk/Type", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err56];
                    } else {
                      vErrors.push(err56);
                    }
                    errors++;
                  }
                  if (!(data21 === "" || data21 === "cloud" || data21 === "cloud_efficiency" || data21 === "cloud_ssd" || data21 === "ephemeral" || data21 === "ephemeral_ssd")) {
                    const err57 = { instancePath: instancePath + "/Configs/Disks/SystemDisk/Type", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/properties/Type/enum", keyword: "enum", params: { allowedValues: schema11.properties.Configs.properties.Disks.properties.SystemDisk.properties.Type.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data20.Size !== void 0) {
                  let data22 = data20.Size;
                  if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                    const err58 = { instancePath: instancePath + "/Configs/Disks/SystemDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/properties/Size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                  if (typeof data22 == "number" && isFinite(data22)) {
                    if (data22 > 500 || isNaN(data22)) {
                      const err59 = { instancePath: instancePath + "/Configs/Disks/SystemDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/properties/Size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 500 }, message: "must be <= 500" };
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                    if (data22 < 40 || isNaN(data22)) {
                      const err60 = { instancePath: instancePath + "/Configs/Disks/SystemDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/properties/Size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 40 }, message: "must be >= 40" };
                      if (vErrors === null) {
                        vErrors = [err60];
                      } else {
                        vErrors.push(err60);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err61 = { instancePath: instancePath + "/Configs/Disks/SystemDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data19.DataDisk !== void 0) {
              let data23 = data19.DataDisk;
              const _errs66 = errors;
              let valid15 = true;
              const _errs67 = errors;
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                let missing0;
                if (data23.Type === void 0 && (missing0 = "Type")) {
                  const err62 = {};
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                } else {
                  if (data23.Type !== void 0) {
                    if ("ephemeral" !== data23.Type) {
                      const err63 = {};
                      if (vErrors === null) {
                        vErrors = [err63];
                      } else {
                        vErrors.push(err63);
                      }
                      errors++;
                    }
                  }
                }
              }
              var _valid0 = _errs67 === errors;
              errors = _errs66;
              if (vErrors !== null) {
                if (_errs66) {
                  vErrors.length = _errs66;
                } else {
                  vErrors = null;
                }
              }
              if (_valid0) {
                const _errs69 = errors;
                if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                  if (data23.Size !== void 0) {
                    let data25 = data23.Size;
                    if (typeof data25 == "number" && isFinite(data25)) {
                      if (data25 > 1024 || isNaN(data25)) {
                        const err64 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/then/properties/Size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024" };
                        if (vErrors === null) {
                          vErrors = [err64];
                        } else {
                          vErrors.push(err64);
                        }
                        errors++;
                      }
                    }
                  }
                }
                var _valid0 = _errs69 === errors;
                valid15 = _valid0;
              }
              if (!valid15) {
                const err65 = { instancePath: instancePath + "/Configs/Disks/DataDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
              if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                if (data23.MountPoint === void 0) {
                  const err66 = { instancePath: instancePath + "/Configs/Disks/DataDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/required", keyword: "required", params: { missingProperty: "MountPoint" }, message: "must have required property 'MountPoint'" };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
                for (const key9 in data23) {
                  if (!(key9 === "Type" || key9 === "Size" || key9 === "MountPoint")) {
                    const err67 = { instancePath: instancePath + "/Configs/Disks/DataDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err67];
                    } else {
                      vErrors.push(err67);
                    }
                    errors++;
                  }
                }
                if (data23.Type !== void 0) {
                  let data26 = data23.Type;
                  if (typeof data26 !== "string") {
                    const err68 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Type", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                  if (!(data26 === "" || data26 === "cloud" || data26 === "cloud_efficiency" || data26 === "cloud_ssd" || data26 === "ephemeral" || data26 === "ephemeral_ssd")) {
                    const err69 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Type", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/Type/enum", keyword: "enum", params: { allowedValues: schema11.properties.Configs.properties.Disks.properties.DataDisk.properties.Type.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err69];
                    } else {
                      vErrors.push(err69);
                    }
                    errors++;
                  }
                }
                if (data23.Size !== void 0) {
                  let data27 = data23.Size;
                  if (!(typeof data27 == "number" && (!(data27 % 1) && !isNaN(data27)) && isFinite(data27))) {
                    const err70 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/Size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                  if (typeof data27 == "number" && isFinite(data27)) {
                    if (data27 > 2e3 || isNaN(data27)) {
                      const err71 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/Size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e3 }, message: "must be <= 2000" };
                      if (vErrors === null) {
                        vErrors = [err71];
                      } else {
                        vErrors.push(err71);
                      }
                      errors++;
                    }
                    if (data27 < 5 || isNaN(data27)) {
                      const err72 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/Size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5" };
                      if (vErrors === null) {
                        vErrors = [err72];
                      } else {
                        vErrors.push(err72);
                      }
                      errors++;
                    }
                  }
                }
                if (data23.MountPoint !== void 0) {
                  let data28 = data23.MountPoint;
                  if (typeof data28 === "string") {
                    if (!pattern4.test(data28)) {
                      const err73 = { instancePath: instancePath + "/Configs/Disks/DataDisk/MountPoint", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/MountPoint/pattern", keyword: "pattern", params: { pattern: "^(/.*|[A-Za-z]:)$" }, message: 'must match pattern "^(/.*|[A-Za-z]:)$"' };
                      if (vErrors === null) {
                        vErrors = [err73];
                      } else {
                        vErrors.push(err73);
                      }
                      errors++;
                    }
                  } else {
                    const err74 = { instancePath: instancePath + "/Configs/Disks/DataDisk/MountPoint", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/MountPoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = { instancePath: instancePath + "/Configs/Disks/DataDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = { instancePath: instancePath + "/Configs/Disks", schemaPath: "#/properties/Configs/properties/Disks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
        if (data18.Mounts !== void 0) {
          let data29 = data18.Mounts;
          if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
            for (const key10 in data29) {
              if (!func2.call(schema11.properties.Configs.properties.Mounts.properties, key10)) {
                const err77 = { instancePath: instancePath + "/Configs/Mounts", schemaPath: "#/properties/Configs/properties/Mounts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
            if (data29.Entries !== void 0) {
              let data30 = data29.Entries;
              if (Array.isArray(data30)) {
                const len0 = data30.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data31 = data30[i0];
                  if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                    if (data31.Source === void 0) {
                      const err78 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0, schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/required", keyword: "required", params: { missingProperty: "Source" }, message: "must have required property 'Source'" };
                      if (vErrors === null) {
                        vErrors = [err78];
                      } else {
                        vErrors.push(err78);
                      }
                      errors++;
                    }
                    if (data31.Destination === void 0) {
                      const err79 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0, schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/required", keyword: "required", params: { missingProperty: "Destination" }, message: "must have required property 'Destination'" };
                      if (vErrors === null) {
                        vErrors = [err79];
                      } else {
                        vErrors.push(err79);
                      }
                      errors++;
                    }
                    if (data31.WriteSupport === void 0) {
                      const err80 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0, schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/required", keyword: "required", params: { missingProperty: "WriteSupport" }, message: "must have required property 'WriteSupport'" };
                      if (vErrors === null) {
                        vErrors = [err80];
                      } else {
                        vErrors.push(err80);
                      }
                      errors++;
                    }
                    for (const key11 in data31) {
                      if (!(key11 === "Source" || key11 === "Destination" || key11 === "WriteSupport")) {
                        const err81 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0, schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err81];
                        } else {
                          vErrors.push(err81);
                        }
                        errors++;
                      }
                    }
                    if (data31.Source !== void 0) {
                      let data32 = data31.Source;
                      if (typeof data32 === "string") {
                        if (!pattern5.test(data32)) {
                          const err82 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0 + "/Source", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/properties/Source/pattern", keyword: "pattern", params: { pattern: "^([Oo][Ss][Ss]|[Nn][Aa][Ss])://.+" }, message: 'must match pattern "^([Oo][Ss][Ss]|[Nn][Aa][Ss])://.+"' };
                          if (vErrors === null) {
                            vErrors = [err82];
                          } else {
                            vErrors.push(err82);
                          }
                          errors++;
                        }
                      } else {
                        const err83 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0 + "/Source", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/properties/Source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err83];
                        } else {
                          vErrors.push(err83);
                        }
                        errors++;
                      }
                    }
                    if (data31.Destination !== void 0) {
                      let data33 = data31.Destination;
                      if (typeof data33 === "string") {
                        if (!pattern6.test(data33)) {
                          const err84 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0 + "/Destination", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/properties/Destination/pattern", keyword: "pattern", params: { pattern: "^(/.*|[A-Za-z]:([\\\\/].*)?)$" }, message: 'must match pattern "^(/.*|[A-Za-z]:([\\\\/].*)?)$"' };
                          if (vErrors === null) {
                            vErrors = [err84];
                          } else {
                            vErrors.push(err84);
                          }
                          errors++;
                        }
                      } else {
                        const err85 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0 + "/Destination", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/properties/Destination/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err85];
                        } else {
                          vErrors.push(err85);
                        }
                        errors++;
                      }
                    }
                    if (data31.WriteSupport !== void 0) {
                      if (typeof data31.WriteSupport !== "boolean") {
                        const err86 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0 + "/WriteSupport", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/properties/WriteSupport/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err86];
                        } else {
                          vErrors.push(err86);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err87 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0, schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err87];
                    } else {
                      vErrors.push(err87);
                    }
                    errors++;
                  }
                }
              } else {
                const err88 = { instancePath: instancePath + "/Configs/Mounts/Entries", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data29.Locale !== void 0) {
              let data35 = data29.Locale;
              if (typeof data35 !== "string") {
                const err89 = { instancePath: instancePath + "/Configs/Mounts/Locale", schemaPath: "#/properties/Configs/properties/Mounts/properties/Locale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err89];
                } else {
                  vErrors.push(err89);
                }
                errors++;
              }
              const _errs94 = errors;
              let valid23 = false;
              const _errs95 = errors;
              if (!(data35 === "GBK" || data35 === "UTF-8")) {
                const err90 = { instancePath: instancePath + "/Configs/Mounts/Locale", schemaPath: "#/properties/Configs/properties/Mounts/properties/Locale/anyOf/0/enum", keyword: "enum", params: { allowedValues: schema11.properties.Configs.properties.Mounts.properties.Locale.anyOf[0].enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
              var _valid1 = _errs95 === errors;
              valid23 = valid23 || _valid1;
              if (!valid23) {
                const _errs96 = errors;
                if (typeof data35 !== "string") {
                  const err91 = { instancePath: instancePath + "/Configs/Mounts/Locale", schemaPath: "#/properties/Configs/properties/Mounts/properties/Locale/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                  if (vErrors === null) {
                    vErrors = [err91];
                  } else {
                    vErrors.push(err91);
                  }
                  errors++;
                }
                var _valid1 = _errs96 === errors;
                valid23 = valid23 || _valid1;
              }
              if (!valid23) {
                const err92 = { instancePath: instancePath + "/Configs/Mounts/Locale", schemaPath: "#/properties/Configs/properties/Mounts/properties/Locale/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                  vErrors = [err92];
                } else {
                  vErrors.push(err92);
                }
                errors++;
              } else {
                errors = _errs94;
                if (vErrors !== null) {
                  if (_errs94) {
                    vErrors.length = _errs94;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data29.Lock !== void 0) {
              if (typeof data29.Lock !== "boolean") {
                const err93 = { instancePath: instancePath + "/Configs/Mounts/Lock", schemaPath: "#/properties/Configs/properties/Mounts/properties/Lock/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err93];
                } else {
                  vErrors.push(err93);
                }
                errors++;
              }
            }
            if (data29.CacheSupport !== void 0) {
              if (typeof data29.CacheSupport !== "boolean") {
                const err94 = { instancePath: instancePath + "/Configs/Mounts/CacheSupport", schemaPath: "#/properties/Configs/properties/Mounts/properties/CacheSupport/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data29.NasMetaCache !== void 0) {
              if (typeof data29.NasMetaCache !== "boolean") {
                const err95 = { instancePath: instancePath + "/Configs/Mounts/NasMetaCache", schemaPath: "#/properties/Configs/properties/Mounts/properties/NasMetaCache/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err95];
                } else {
                  vErrors.push(err95);
                }
                errors++;
              }
            }
            if (data29.CacheBlockSize !== void 0) {
              let data39 = data29.CacheBlockSize;
              if (!(typeof data39 == "number" && (!(data39 % 1) && !isNaN(data39)) && isFinite(data39))) {
                const err96 = { instancePath: instancePath + "/Configs/Mounts/CacheBlockSize", schemaPath: "#/properties/Configs/properties/Mounts/properties/CacheBlockSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err96];
                } else {
                  vErrors.push(err96);
                }
                errors++;
              }
              if (typeof data39 == "number" && isFinite(data39)) {
                if (data39 < 0 || isNaN(data39)) {
                  const err97 = { instancePath: instancePath + "/Configs/Mounts/CacheBlockSize", schemaPath: "#/properties/Configs/properties/Mounts/properties/CacheBlockSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err97];
                  } else {
                    vErrors.push(err97);
                  }
                  errors++;
                }
              }
            }
            if (data29.CacheTotalSize !== void 0) {
              let data40 = data29.CacheTotalSize;
              if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)) && isFinite(data40))) {
                const err98 = { instancePath: instancePath + "/Configs/Mounts/CacheTotalSize", schemaPath: "#/properties/Configs/properties/Mounts/properties/CacheTotalSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err98];
                } else {
                  vErrors.push(err98);
                }
                errors++;
              }
              if (typeof data40 == "number" && isFinite(data40)) {
                if (data40 < 0 || isNaN(data40)) {
                  const err99 = { instancePath: instancePath + "/Configs/Mounts/CacheTotalSize", schemaPath: "#/properties/Configs/properties/Mounts/properties/CacheTotalSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              }
            }
            if (data29.RefreshStrategy !== void 0) {
              if (typeof data29.RefreshStrategy !== "string") {
                const err100 = { instancePath: instancePath + "/Configs/Mounts/RefreshStrategy", schemaPath: "#/properties/Configs/properties/Mounts/properties/RefreshStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
            if (data29.RefreshTopicName !== void 0) {
              if (typeof data29.RefreshTopicName !== "string") {
                const err101 = { instancePath: instancePath + "/Configs/Mounts/RefreshTopicName", schemaPath: "#/properties/Configs/properties/Mounts/properties/RefreshTopicName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err101];
                } else {
                  vErrors.push(err101);
                }
                errors++;
              }
            }
            if (data29.RefreshTimeOut !== void 0) {
              let data43 = data29.RefreshTimeOut;
              if (!(typeof data43 == "number" && (!(data43 % 1) && !isNaN(data43)) && isFinite(data43))) {
                const err102 = { instancePath: instancePath + "/Configs/Mounts/RefreshTimeOut", schemaPath: "#/properties/Configs/properties/Mounts/properties/RefreshTimeOut/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
              if (typeof data43 == "number" && isFinite(data43)) {
                if (data43 < 0 || isNaN(data43)) {
                  const err103 = { instancePath: instancePath + "/Configs/Mounts/RefreshTimeOut", schemaPath: "#/properties/Configs/properties/Mounts/properties/RefreshTimeOut/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err103];
                  } else {
                    vErrors.push(err103);
                  }
                  errors++;
                }
              }
            }
            if (data29.NAS !== void 0) {
              let data44 = data29.NAS;
              if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                for (const key12 in data44) {
                  if (!(key12 === "AccessGroup" || key12 === "FileSystem")) {
                    const err104 = { instancePath: instancePath + "/Configs/Mounts/NAS", schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err104];
                    } else {
                      vErrors.push(err104);
                    }
                    errors++;
                  }
                }
                if (data44.AccessGroup !== void 0) {
                  let data45 = data44.AccessGroup;
                  if (Array.isArray(data45)) {
                    const len1 = data45.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data45[i1] !== "string") {
                        const err105 = { instancePath: instancePath + "/Configs/Mounts/NAS/AccessGroup/" + i1, schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/properties/AccessGroup/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err105];
                        } else {
                          vErrors.push(err105);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err106 = { instancePath: instancePath + "/Configs/Mounts/NAS/AccessGroup", schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/properties/AccessGroup/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err106];
                    } else {
                      vErrors.push(err106);
                    }
                    errors++;
                  }
                }
                if (data44.FileSystem !== void 0) {
                  let data47 = data44.FileSystem;
                  if (Array.isArray(data47)) {
                    const len2 = data47.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (typeof data47[i2] !== "string") {
                        const err107 = { instancePath: instancePath + "/Configs/Mounts/NAS/FileSystem/" + i2, schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/properties/FileSystem/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err107];
                        } else {
                          vErrors.push(err107);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err108 = { instancePath: instancePath + "/Configs/Mounts/NAS/FileSystem", schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/properties/FileSystem/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err108];
                    } else {
                      vErrors.push(err108);
                    }
                    errors++;
                  }
                }
              } else {
                const err109 = { instancePath: instancePath + "/Configs/Mounts/NAS", schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
            }
            if (data29.OSS !== void 0) {
              let data49 = data29.OSS;
              if (data49 && typeof data49 == "object" && !Array.isArray(data49)) {
                for (const key13 in data49) {
                  if (!(key13 === "AccessKeyId" || key13 === "AccessKeySecret" || key13 === "AccessSecurityToken" || key13 === "SecurityToken")) {
                    const err110 = { instancePath: instancePath + "/Configs/Mounts/OSS", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err110];
                    } else {
                      vErrors.push(err110);
                    }
                    errors++;
                  }
                }
                if (data49.AccessKeyId !== void 0) {
                  if (typeof data49.AccessKeyId !== "string") {
                    const err111 = { instancePath: instancePath + "/Configs/Mounts/OSS/AccessKeyId", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/properties/AccessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
                if (data49.AccessKeySecret !== void 0) {
                  if (typeof data49.AccessKeySecret !== "string") {
                    const err112 = { instancePath: instancePath + "/Configs/Mounts/OSS/AccessKeySecret", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/properties/AccessKeySecret/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err112];
                    } else {
                      vErrors.push(err112);
                    }
                    errors++;
                  }
                }
                if (data49.AccessSecurityToken !== void 0) {
                  if (typeof data49.AccessSecurityToken !== "string") {
                    const err113 = { instancePath: instancePath + "/Configs/Mounts/OSS/AccessSecurityToken", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/properties/AccessSecurityToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data49.SecurityToken !== void 0) {
                  if (typeof data49.SecurityToken !== "string") {
                    const err114 = { instancePath: instancePath + "/Configs/Mounts/OSS/SecurityToken", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/properties/SecurityToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
              } else {
                const err115 = { instancePath: instancePath + "/Configs/Mounts/OSS", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err115];
                } else {
                  vErrors.push(err115);
                }
                errors++;
              }
            }
          } else {
            const err116 = { instancePath: instancePath + "/Configs/Mounts", schemaPath: "#/properties/Configs/properties/Mounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err116];
            } else {
              vErrors.push(err116);
            }
            errors++;
          }
        }
        if (data18.Networks !== void 0) {
          let data54 = data18.Networks;
          if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            for (const key14 in data54) {
              if (!(key14 === "Classic" || key14 === "VPC")) {
                const err117 = { instancePath: instancePath + "/Configs/Networks", schemaPath: "#/properties/Configs/properties/Networks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err117];
                } else {
                  vErrors.push(err117);
                }
                errors++;
              }
            }
            if (data54.Classic !== void 0) {
              let data55 = data54.Classic;
              if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                for (const key15 in data55) {
                  if (!(key15 === "AllowIpAddress" || key15 === "AllowIpAddressEgress" || key15 === "AllowSecurityGroup" || key15 === "AllowSecurityGroupEgress")) {
                    const err118 = { instancePath: instancePath + "/Configs/Networks/Classic", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data55.AllowIpAddress !== void 0) {
                  let data56 = data55.AllowIpAddress;
                  if (Array.isArray(data56)) {
                    const len3 = data56.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data56[i3] !== "string") {
                        const err119 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowIpAddress/" + i3, schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowIpAddress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err119];
                        } else {
                          vErrors.push(err119);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err120 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowIpAddress", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowIpAddress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                }
                if (data55.AllowIpAddressEgress !== void 0) {
                  let data58 = data55.AllowIpAddressEgress;
                  if (Array.isArray(data58)) {
                    const len4 = data58.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      if (typeof data58[i4] !== "string") {
                        const err121 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowIpAddressEgress/" + i4, schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowIpAddressEgress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err121];
                        } else {
                          vErrors.push(err121);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err122 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowIpAddressEgress", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowIpAddressEgress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
                if (data55.AllowSecurityGroup !== void 0) {
                  let data60 = data55.AllowSecurityGroup;
                  if (Array.isArray(data60)) {
                    const len5 = data60.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      if (typeof data60[i5] !== "string") {
                        const err123 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowSecurityGroup/" + i5, schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowSecurityGroup/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err123];
                        } else {
                          vErrors.push(err123);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err124 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowSecurityGroup", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowSecurityGroup/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err124];
                    } else {
                      vErrors.push(err124);
                    }
                    errors++;
                  }
                }
                if (data55.AllowSecurityGroupEgress !== void 0) {
                  let data62 = data55.AllowSecurityGroupEgress;
                  if (Array.isArray(data62)) {
                    const len6 = data62.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      if (typeof data62[i6] !== "string") {
                        const err125 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowSecurityGroupEgress/" + i6, schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowSecurityGroupEgress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err125];
                        } else {
                          vErrors.push(err125);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err126 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowSecurityGroupEgress", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowSecurityGroupEgress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err126];
                    } else {
                      vErrors.push(err126);
                    }
                    errors++;
                  }
                }
              } else {
                const err127 = { instancePath: instancePath + "/Configs/Networks/Classic", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err127];
                } else {
                  vErrors.push(err127);
                }
                errors++;
              }
            }
            if (data54.VPC !== void 0) {
              let data64 = data54.VPC;
              if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                for (const key16 in data64) {
                  if (!(key16 === "CidrBlock" || key16 === "VpcId" || key16 === "OppositeRouterId" || key16 === "OppositeAccessPointId" || key16 === "OppositeRegionId" || key16 === "OppositeRouterType" || key16 === "OppositeInterfaceId" || key16 === "ExpressConnectSpec")) {
                    const err128 = { instancePath: instancePath + "/Configs/Networks/VPC", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err128];
                    } else {
                      vErrors.push(err128);
                    }
                    errors++;
                  }
                }
                if (data64.CidrBlock !== void 0) {
                  if (typeof data64.CidrBlock !== "string") {
                    const err129 = { instancePath: instancePath + "/Configs/Networks/VPC/CidrBlock", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/CidrBlock/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err129];
                    } else {
                      vErrors.push(err129);
                    }
                    errors++;
                  }
                }
                if (data64.VpcId !== void 0) {
                  let data66 = data64.VpcId;
                  if (typeof data66 === "string") {
                    if (!pattern7.test(data66)) {
                      const err130 = { instancePath: instancePath + "/Configs/Networks/VPC/VpcId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/VpcId/pattern", keyword: "pattern", params: { pattern: "^vpc-[a-z0-9]+$" }, message: 'must match pattern "^vpc-[a-z0-9]+$"' };
                      if (vErrors === null) {
                        vErrors = [err130];
                      } else {
                        vErrors.push(err130);
                      }
                      errors++;
                    }
                  } else {
                    const err131 = { instancePath: instancePath + "/Configs/Networks/VPC/VpcId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/VpcId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err131];
                    } else {
                      vErrors.push(err131);
                    }
                    errors++;
                  }
                }
                if (data64.OppositeRouterId !== void 0) {
                  if (typeof data64.OppositeRouterId !== "string") {
                    const err132 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeRouterId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeRouterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                }
                if (data64.OppositeAccessPointId !== void 0) {
                  if (typeof data64.OppositeAccessPointId !== "string") {
                    const err133 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeAccessPointId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeAccessPointId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
                if (data64.OppositeRegionId !== void 0) {
                  if (typeof data64.OppositeRegionId !== "string") {
                    const err134 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeRegionId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeRegionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err134];
                    } else {
                      vErrors.push(err134);
                    }
                    errors++;
                  }
                }
                if (data64.OppositeRouterType !== void 0) {
                  let data70 = data64.OppositeRouterType;
                  if (typeof data70 !== "string") {
                    const err135 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeRouterType", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeRouterType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err135];
                    } else {
                      vErrors.push(err135);
                    }
                    errors++;
                  }
                  if (!(data70 === "" || data70 === "VRouter" || data70 === "VBR")) {
                    const err136 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeRouterType", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeRouterType/enum", keyword: "enum", params: { allowedValues: schema11.properties.Configs.properties.Networks.properties.VPC.properties.OppositeRouterType.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err136];
                    } else {
                      vErrors.push(err136);
                    }
                    errors++;
                  }
                }
                if (data64.OppositeInterfaceId !== void 0) {
                  if (typeof data64.OppositeInterfaceId !== "string") {
                    const err137 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeInterfaceId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeInterfaceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err137];
                    } else {
                      vErrors.push(err137);
                    }
                    errors++;
                  }
                }
                if (data64.ExpressConnectSpec !== void 0) {
                  if (typeof data64.ExpressConnectSpec !== "string") {
                    const err138 = { instancePath: instancePath + "/Configs/Networks/VPC/ExpressConnectSpec", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/ExpressConnectSpec/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err138];
                    } else {
                      vErrors.push(err138);
                    }
                    errors++;
                  }
                }
              } else {
                const err139 = { instancePath: instancePath + "/Configs/Networks/VPC", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err139];
                } else {
                  vErrors.push(err139);
                }
                errors++;
              }
            }
          } else {
            const err140 = { instancePath: instancePath + "/Configs/Networks", schemaPath: "#/properties/Configs/properties/Networks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err140];
            } else {
              vErrors.push(err140);
            }
            errors++;
          }
        }
      } else {
        const err141 = { instancePath: instancePath + "/Configs", schemaPath: "#/properties/Configs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err141];
        } else {
          vErrors.push(err141);
        }
        errors++;
      }
    }
    if (data.Notification !== void 0) {
      let data73 = data.Notification;
      if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
        for (const key17 in data73) {
          if (!(key17 === "Topic")) {
            const err142 = { instancePath: instancePath + "/Notification", schemaPath: "#/properties/Notification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err142];
            } else {
              vErrors.push(err142);
            }
            errors++;
          }
        }
        if (data73.Topic !== void 0) {
          let data74 = data73.Topic;
          if (data74 && typeof data74 == "object" && !Array.isArray(data74)) {
            for (const key18 in data74) {
              if (!(key18 === "Name" || key18 === "Endpoint" || key18 === "Events" || key18 === "UserData" || key18 === "UserTemplate")) {
                const err143 = { instancePath: instancePath + "/Notification/Topic", schemaPath: "#/properties/Notification/properties/Topic/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err143];
                } else {
                  vErrors.push(err143);
                }
                errors++;
              }
            }
            if (data74.Name !== void 0) {
              if (typeof data74.Name !== "string") {
                const err144 = { instancePath: instancePath + "/Notification/Topic/Name", schemaPath: "#/properties/Notification/properties/Topic/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err144];
                } else {
                  vErrors.push(err144);
                }
                errors++;
              }
            }
            if (data74.Endpoint !== void 0) {
              if (typeof data74.Endpoint !== "string") {
                const err145 = { instancePath: instancePath + "/Notification/Topic/Endpoint", schemaPath: "#/properties/Notification/properties/Topic/properties/Endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err145];
                } else {
                  vErrors.push(err145);
                }
                errors++;
              }
            }
            if (data74.Events !== void 0) {
              let data77 = data74.Events;
              if (Array.isArray(data77)) {
                const len7 = data77.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data78 = data77[i7];
                  if (typeof data78 !== "string") {
                    const err146 = { instancePath: instancePath + "/Notification/Topic/Events/" + i7, schemaPath: "#/properties/Notification/properties/Topic/properties/Events/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err146];
                    } else {
                      vErrors.push(err146);
                    }
                    errors++;
                  }
                  if (!(data78 === "OnClusterDeleted" || data78 === "OnInstanceCreated" || data78 === "OnInstanceActive")) {
                    const err147 = { instancePath: instancePath + "/Notification/Topic/Events/" + i7, schemaPath: "#/properties/Notification/properties/Topic/properties/Events/items/enum", keyword: "enum", params: { allowedValues: schema11.properties.Notification.properties.Topic.properties.Events.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                }
              } else {
                const err148 = { instancePath: instancePath + "/Notification/Topic/Events", schemaPath: "#/properties/Notification/properties/Topic/properties/Events/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
            if (data74.UserData !== void 0) {
              if (typeof data74.UserData !== "string") {
                const err149 = { instancePath: instancePath + "/Notification/Topic/UserData", schemaPath: "#/properties/Notification/properties/Topic/properties/UserData/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err149];
                } else {
                  vErrors.push(err149);
                }
                errors++;
              }
            }
            if (data74.UserTemplate !== void 0) {
              if (typeof data74.UserTemplate !== "string") {
                const err150 = { instancePath: instancePath + "/Notification/Topic/UserTemplate", schemaPath: "#/properties/Notification/properties/Topic/properties/UserTemplate/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err150];
                } else {
                  vErrors.push(err150);
                }
                errors++;
              }
            }
          } else {
            const err151 = { instancePath: instancePath + "/Notification/Topic", schemaPath: "#/properties/Notification/properties/Topic/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err151];
            } else {
              vErrors.push(err151);
            }
            errors++;
          }
        }
      } else {
        const err152 = { instancePath: instancePath + "/Notification", schemaPath: "#/properties/Notification/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err152];
        } else {
          vErrors.push(err152);
        }
        errors++;
      }
    }
    if (data.Bootstrap !== void 0) {
      if (typeof data.Bootstrap !== "string") {
        const err153 = { instancePath: instancePath + "/Bootstrap", schemaPath: "#/properties/Bootstrap/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err153];
        } else {
          vErrors.push(err153);
        }
        errors++;
      }
    }
    if (data.EnvVars !== void 0) {
      let data82 = data.EnvVars;
      if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
        for (const key19 in data82) {
          if (typeof data82[key19] !== "string") {
            const err154 = { instancePath: instancePath + "/EnvVars/" + key19.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/EnvVars/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err154];
            } else {
              vErrors.push(err154);
            }
            errors++;
          }
        }
      } else {
        const err155 = { instancePath: instancePath + "/EnvVars", schemaPath: "#/properties/EnvVars/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err155];
        } else {
          vErrors.push(err155);
        }
        errors++;
      }
    }
    if (data.ScheduleType !== void 0) {
      let data84 = data.ScheduleType;
      if (typeof data84 !== "string") {
        const err156 = { instancePath: instancePath + "/ScheduleType", schemaPath: "#/properties/ScheduleType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err156];
        } else {
          vErrors.push(err156);
        }
        errors++;
      }
      if (!(data84 === "LowLatency" || data84 === "Poll" || data84 === "Push")) {
        const err157 = { instancePath: instancePath + "/ScheduleType", schemaPath: "#/properties/ScheduleType/enum", keyword: "enum", params: { allowedValues: schema11.properties.ScheduleType.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err157];
        } else {
          vErrors.push(err157);
        }
        errors++;
      }
    }
    if (data.DependencyIsvService !== void 0) {
      if (typeof data.DependencyIsvService !== "string") {
        const err158 = { instancePath: instancePath + "/DependencyIsvService", schemaPath: "#/properties/DependencyIsvService/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err158];
        } else {
          vErrors.push(err158);
        }
        errors++;
      }
    }
    if (data.PasswordInherit !== void 0) {
      if (typeof data.PasswordInherit !== "boolean") {
        const err159 = { instancePath: instancePath + "/PasswordInherit", schemaPath: "#/properties/PasswordInherit/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err159];
        } else {
          vErrors.push(err159);
        }
        errors++;
      }
    }
  } else {
    const err160 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err160];
    } else {
      vErrors.push(err160);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
var containerservice = validate11;
var schema13 = containerservice_cluster_schema_default;
var pattern8 = new RegExp("^[A-Za-z0-9\\u4e00-\\u9fa5][A-Za-z0-9\\u4e00-\\u9fa5-]*$", "u");
var pattern9 = new RegExp("^ecs\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$", "u");
var pattern11 = new RegExp("^vsw-[a-z0-9]+$", "u");
var pattern12 = new RegExp("^[A-Za-z0-9()`~!@#$%^&*\\-_+=|{}\\[\\]:;'\"<>,.?/]*$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.data_disk_category === void 0 && (missing0 = "data_disk_category")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.data_disk_category !== void 0) {
        if ("cloud" !== data.data_disk_category) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.data_disk_size !== void 0) {
        let data1 = data.data_disk_size;
        if (typeof data1 == "number" && isFinite(data1)) {
          if (data1 > 2e3 || isNaN(data1)) {
            const err2 = { instancePath: instancePath + "/data_disk_size", schemaPath: "#/allOf/0/then/properties/data_disk_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e3 }, message: "must be <= 2000" };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (data1 < 5 || isNaN(data1)) {
            const err3 = { instancePath: instancePath + "/data_disk_size", schemaPath: "#/allOf/0/then/properties/data_disk_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs7 = errors;
    const _errs8 = errors;
    let valid4 = true;
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing1;
      if (data.data_disk_category === void 0 && (missing1 = "data_disk_category")) {
        const err4 = {};
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      } else {
        if (data.data_disk_category !== void 0) {
          let data2 = data.data_disk_category;
          if (!(data2 === "cloud_efficiency" || data2 === "cloud_ssd" || data2 === "cloud_essd" || data2 === "ephemeral_ssd")) {
            const err5 = {};
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      }
    }
    var _valid1 = _errs9 === errors;
    errors = _errs8;
    if (vErrors !== null) {
      if (_errs8) {
        vErrors.length = _errs8;
      } else {
        vErrors = null;
      }
    }
    let ifClause1;
    if (_valid1) {
      const _errs11 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.data_disk_size !== void 0) {
          let data3 = data.data_disk_size;
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 > 32768 || isNaN(data3)) {
              const err6 = { instancePath: instancePath + "/data_disk_size", schemaPath: "#/allOf/0/else/then/properties/data_disk_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32768 }, message: "must be <= 32768" };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data3 < 20 || isNaN(data3)) {
              const err7 = { instancePath: instancePath + "/data_disk_size", schemaPath: "#/allOf/0/else/then/properties/data_disk_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 20 }, message: "must be >= 20" };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
      }
      var _valid1 = _errs11 === errors;
      valid4 = _valid1;
      ifClause1 = "then";
    } else {
      const _errs13 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.data_disk_size !== void 0) {
          let data4 = data.data_disk_size;
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 > 32768 || isNaN(data4)) {
              const err8 = { instancePath: instancePath + "/data_disk_size", schemaPath: "#/allOf/0/else/else/properties/data_disk_size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32768 }, message: "must be <= 32768" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data4 < 5 || isNaN(data4)) {
              const err9 = { instancePath: instancePath + "/data_disk_size", schemaPath: "#/allOf/0/else/else/properties/data_disk_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
        }
      }
      var _valid1 = _errs13 === errors;
      valid4 = _valid1;
      ifClause1 = "else";
    }
    if (!valid4) {
      const err10 = { instancePath, schemaPath: "#/allOf/0/else/if", keyword: "if", params: { failingKeyword: ifClause1 }, message: 'must match "' + ifClause1 + '" schema' };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    var _valid0 = _errs7 === errors;
    valid1 = _valid0;
    ifClause0 = "else";
  }
  if (!valid1) {
    const err11 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema' };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'" };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.size === void 0) {
      const err13 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "size" }, message: "must have required property 'size'" };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.instance_type === void 0) {
      const err14 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "instance_type" }, message: "must have required property 'instance_type'" };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.network_mode === void 0) {
      const err15 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "network_mode" }, message: "must have required property 'network_mode'" };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.subnet_cidr === void 0) {
      const err16 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "subnet_cidr" }, message: "must have required property 'subnet_cidr'" };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.vpc_id === void 0) {
      const err17 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vpc_id" }, message: "must have required property 'vpc_id'" };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (data.vswitch_id === void 0) {
      const err18 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "vswitch_id" }, message: "must have required property 'vswitch_id'" };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.password === void 0) {
      const err19 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "password" }, message: "must have required property 'password'" };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.data_disk_category === void 0) {
      const err20 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data_disk_category" }, message: "must have required property 'data_disk_category'" };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.data_disk_size === void 0) {
      const err21 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data_disk_size" }, message: "must have required property 'data_disk_size'" };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema13.properties, key0)) {
        const err22 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err23 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data6 = data.name;
      if (typeof data6 === "string") {
        if (func3(data6) > 63) {
          const err24 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/maxLength", keyword: "maxLength", params: { limit: 63 }, message: "must NOT have more than 63 characters" };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (func3(data6) < 1) {
          const err25 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        if (!pattern8.test(data6)) {
          const err26 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9\\u4e00-\\u9fa5][A-Za-z0-9\\u4e00-\\u9fa5-]*$" }, message: 'must match pattern "^[A-Za-z0-9\\u4e00-\\u9fa5][A-Za-z0-9\\u4e00-\\u9fa5-]*$"' };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.size !== void 0) {
      let data7 = data.size;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err28 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 0 || isNaN(data7)) {
          const err29 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
    if (data.instance_type !== void 0) {
      let data8 = data.instance_type;
      if (typeof data8 === "string") {
        if (!pattern9.test(data8)) {
          const err30 = { instancePath: instancePath + "/instance_type", schemaPath: "#/properties/instance_type/pattern", keyword: "pattern", params: { pattern: "^ecs\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$" }, message: 'must match pattern "^ecs\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
      } else {
        const err31 = { instancePath: instancePath + "/instance_type", schemaPath: "#/properties/instance_type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.network_mode !== void 0) {
      let data9 = data.network_mode;
      if (typeof data9 !== "string") {
        const err32 = { instancePath: instancePath + "/network_mode", schemaPath: "#/properties/network_mode/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (!(data9 === "vpc")) {
        const err33 = { instancePath: instancePath + "/network_mode", schemaPath: "#/properties/network_mode/enum", keyword: "enum", params: { allowedValues: schema13.properties.network_mode.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.subnet_cidr !== void 0) {
      if (typeof data.subnet_cidr !== "string") {
        const err34 = { instancePath: instancePath + "/subnet_cidr", schemaPath: "#/properties/subnet_cidr/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.vpc_id !== void 0) {
      let data11 = data.vpc_id;
      if (typeof data11 === "string") {
        if (!pattern7.test(data11)) {
          const err35 = { instancePath: instancePath + "/vpc_id", schemaPath: "#/properties/vpc_id/pattern", keyword: "pattern", params: { pattern: "^vpc-[a-z0-9]+$" }, message: 'must match pattern "^vpc-[a-z0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/vpc_id", schemaPath: "#/properties/vpc_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.vswitch_id !== void 0) {
      let data12 = data.vswitch_id;
      if (typeof data12 === "string") {
        if (!pattern11.test(data12)) {
          const err37 = { instancePath: instancePath + "/vswitch_id", schemaPath: "#/properties/vswitch_id/pattern", keyword: "pattern", params: { pattern: "^vsw-[a-z0-9]+$" }, message: 'must match pattern "^vsw-[a-z0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/vswitch_id", schemaPath: "#/properties/vswitch_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.password !== void 0) {
      let data13 = data.password;
      if (typeof data13 === "string") {
        if (func3(data13) > 30) {
          const err39 = { instancePath: instancePath + "/password", schemaPath: "#/properties/password/maxLength", keyword: "maxLength", params: { limit: 30 }, message: "must NOT have more than 30 characters" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (func3(data13) < 8) {
          const err40 = { instancePath: instancePath + "/password", schemaPath: "#/properties/password/minLength", keyword: "minLength", params: { limit: 8 }, message: "must NOT have fewer than 8 characters" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        if (!pattern12.test(data13)) {
          const err41 = { instancePath: instancePath + "/password", schemaPath: "#/properties/password/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9()`~!@#$%^&*\\-_+=|{}\\[\\]:;'\"<>,.?/]*$" }, message: 'must match pattern "^[A-Za-z0-9()`~!@#$%^&*\\-_+=|{}\\[\\]:;\'"<>,.?/]*$"' };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = { instancePath: instancePath + "/password", schemaPath: "#/properties/password/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.region_id !== void 0) {
      if (typeof data.region_id !== "string") {
        const err43 = { instancePath: instancePath + "/region_id", schemaPath: "#/properties/region_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.data_disk_category !== void 0) {
      let data15 = data.data_disk_category;
      if (typeof data15 !== "string") {
        const err44 = { instancePath: instancePath + "/data_disk_category", schemaPath: "#/properties/data_disk_category/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
      if (!(data15 === "cloud" || data15 === "cloud_efficiency" || data15 === "cloud_ssd" || data15 === "cloud_essd" || data15 === "ephemeral_ssd")) {
        const err45 = { instancePath: instancePath + "/data_disk_category", schemaPath: "#/properties/data_disk_category/enum", keyword: "enum", params: { allowedValues: schema13.properties.data_disk_category.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.data_disk_size !== void 0) {
      let data16 = data.data_disk_size;
      if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
        const err46 = { instancePath: instancePath + "/data_disk_size", schemaPath: "#/properties/data_disk_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.ecs_image_id !== void 0) {
      if (typeof data.ecs_image_id !== "string") {
        const err47 = { instancePath: instancePath + "/ecs_image_id", schemaPath: "#/properties/ecs_image_id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.io_optimized !== void 0) {
      let data18 = data.io_optimized;
      if (typeof data18 !== "string") {
        const err48 = { instancePath: instancePath + "/io_optimized", schemaPath: "#/properties/io_optimized/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
      if (!(data18 === "none" || data18 === "optimized" || data18 === "true" || data18 === "false")) {
        const err49 = { instancePath: instancePath + "/io_optimized", schemaPath: "#/properties/io_optimized/enum", keyword: "enum", params: { allowedValues: schema13.properties.io_optimized.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.need_slb !== void 0) {
      if (typeof data.need_slb !== "boolean") {
        const err50 = { instancePath: instancePath + "/need_slb", schemaPath: "#/properties/need_slb/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.release_eip_flag !== void 0) {
      if (typeof data.release_eip_flag !== "boolean") {
        const err51 = { instancePath: instancePath + "/release_eip_flag", schemaPath: "#/properties/release_eip_flag/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.rds_instances !== void 0) {
      let data21 = data.rds_instances;
      if (Array.isArray(data21)) {
        const len0 = data21.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (typeof data21[i0] !== "string") {
            const err52 = { instancePath: instancePath + "/rds_instances/" + i0, schemaPath: "#/properties/rds_instances/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      } else {
        const err53 = { instancePath: instancePath + "/rds_instances", schemaPath: "#/properties/rds_instances/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
  } else {
    const err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err54];
    } else {
      vErrors.push(err54);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var config = validate12;
var schema14 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://clusterlint.dev/schemas/clusterlint-config.schema.json", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "include": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "exclude": { "type": "array", "items": { "type": "string", "minLength": 1 } }, "overrides": { "type": "array", "items": { "type": "object", "required": ["files"], "additionalProperties": false, "properties": { "files": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "dialect": { "enum": ["batchcompute", "containerservice"] }, "severity": { "$ref": "#/definitions/severityMap" } } } }, "quotas": { "type": "object", "additionalProperties": false, "properties": { "MaxClusterCount": { "type": "integer", "minimum": 0 }, "MaxClusterGroupCount": { "type": "integer", "minimum": 0 }, "MaxClusterGroupDesiredVMCount": { "type": "integer", "minimum": 0 } } }, "forbiddenOppositeRouterTypes": { "type": "array", "items": { "enum": ["VRouter", "VBR"] } }, "instanceTypes": { "type": "array", "items": { "type": "string", "pattern": "^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$" } }, "severity": { "$ref": "#/definitions/severityMap" }, "maxFileSize": { "type": "integer", "minimum": 1, "maximum": 268435456, "default": 10485760 }, "maxFindingsPerFile": { "type": "integer", "minimum": 1, "maximum": 1e5, "default": 1e3 }, "ignore": { "type": "array", "items": { "type": "object", "required": ["files", "codes"], "additionalProperties": false, "properties": { "files": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "pointer": { "type": "string", "pattern": "^(/(\\*|[^*/]*))*$" }, "codes": { "type": "array", "items": { "type": "string", "minLength": 1 }, "minItems": 1 }, "reason": { "type": "string" } } } } }, "definitions": { "severityMap": { "type": "object", "additionalProperties": { "enum": ["error", "warning", "off"] }, "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9._{}-]*\\*?$|^\\*$" } } } };
var schema15 = { "type": "object", "additionalProperties": { "enum": ["error", "warning", "off"] }, "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9._{}-]*\\*?$|^\\*$" } };
var pattern13 = new RegExp("^[A-Za-z][A-Za-z0-9._{}-]*\\*?$|^\\*$", "u");
var pattern16 = new RegExp("^(/(\\*|[^*/]*))*$", "u");
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema14.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data1 = data.include;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func3(data2) < 1) {
              const err2 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data3 = data.exclude;
      if (Array.isArray(data3)) {
        const len1 = data3.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data4 = data3[i1];
          if (typeof data4 === "string") {
            if (func3(data4) < 1) {
              const err5 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data5 = data.overrides;
      if (Array.isArray(data5)) {
        const len2 = data5.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data6 = data5[i2];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.files === void 0) {
              const err8 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data6) {
              if (!(key1 === "files" || key1 === "dialect" || key1 === "severity")) {
                const err9 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data6.files !== void 0) {
              let data7 = data6.files;
              if (Array.isArray(data7)) {
                if (data7.length < 1) {
                  const err10 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
                const len3 = data7.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data8 = data7[i3];
                  if (typeof data8 === "string") {
                    if (func3(data8) < 1) {
                      const err11 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/properties/overrides/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err11];
                      } else {
                        vErrors.push(err11);
                      }
                      errors++;
                    }
                  } else {
                    const err12 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/properties/overrides/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err12];
                    } else {
                      vErrors.push(err12);
                    }
                    errors++;
                  }
                }
              } else {
                const err13 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data6.dialect !== void 0) {
              let data9 = data6.dialect;
              if (!(data9 === "batchcompute" || data9 === "containerservice")) {
                const err14 = { instancePath: instancePath + "/overrides/" + i2 + "/dialect", schemaPath: "#/properties/overrides/items/properties/dialect/enum", keyword: "enum", params: { allowedValues: schema14.properties.overrides.items.properties.dialect.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data6.severity !== void 0) {
              let data10 = data6.severity;
              if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                for (const key2 in data10) {
                  const _errs25 = errors;
                  if (typeof key2 === "string") {
                    if (!pattern13.test(key2)) {
                      const err15 = { instancePath: instancePath + "/overrides/" + i2 + "/severity", schemaPath: "#/definitions/severityMap/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9._{}-]*\\*?$|^\\*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9._{}-]*\\*?$|^\\*$"', propertyName: key2 };
                      if (vErrors === null) {
                        vErrors = [err15];
                      } else {
                        vErrors.push(err15);
                      }
                      errors++;
                    }
                  }
                  var valid11 = _errs25 === errors;
                  if (!valid11) {
                    const err16 = { instancePath: instancePath + "/overrides/" + i2 + "/severity", schemaPath: "#/definitions/severityMap/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                    if (vErrors === null) {
                      vErrors = [err16];
                    } else {
                      vErrors.push(err16);
                    }
                    errors++;
                  }
                }
                for (const key3 in data10) {
                  let data11 = data10[key3];
                  if (!(data11 === "error" || data11 === "warning" || data11 === "off")) {
                    const err17 = { instancePath: instancePath + "/overrides/" + i2 + "/severity/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severityMap/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema15.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                }
              } else {
                const err18 = { instancePath: instancePath + "/overrides/" + i2 + "/severity", schemaPath: "#/definitions/severityMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.quotas !== void 0) {
      let data12 = data.quotas;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key4 in data12) {
          if (!(key4 === "MaxClusterCount" || key4 === "MaxClusterGroupCount" || key4 === "MaxClusterGroupDesiredVMCount")) {
            const err21 = { instancePath: instancePath + "/quotas", schemaPath: "#/properties/quotas/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data12.MaxClusterCount !== void 0) {
          let data13 = data12.MaxClusterCount;
          if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)) && isFinite(data13))) {
            const err22 = { instancePath: instancePath + "/quotas/MaxClusterCount", schemaPath: "#/properties/quotas/properties/MaxClusterCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err23 = { instancePath: instancePath + "/quotas/MaxClusterCount", schemaPath: "#/properties/quotas/properties/MaxClusterCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data12.MaxClusterGroupCount !== void 0) {
          let data14 = data12.MaxClusterGroupCount;
          if (!(typeof data14 == "number" && (!(data14 % 1) && !isNaN(data14)) && isFinite(data14))) {
            const err24 = { instancePath: instancePath + "/quotas/MaxClusterGroupCount", schemaPath: "#/properties/quotas/properties/MaxClusterGroupCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 < 0 || isNaN(data14)) {
              const err25 = { instancePath: instancePath + "/quotas/MaxClusterGroupCount", schemaPath: "#/properties/quotas/properties/MaxClusterGroupCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
        }
        if (data12.MaxClusterGroupDesiredVMCount !== void 0) {
          let data15 = data12.MaxClusterGroupDesiredVMCount;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err26 = { instancePath: instancePath + "/quotas/MaxClusterGroupDesiredVMCount", schemaPath: "#/properties/quotas/properties/MaxClusterGroupDesiredVMCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 0 || isNaN(data15)) {
              const err27 = { instancePath: instancePath + "/quotas/MaxClusterGroupDesiredVMCount", schemaPath: "#/properties/quotas/properties/MaxClusterGroupDesiredVMCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/quotas", schemaPath: "#/properties/quotas/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.forbiddenOppositeRouterTypes !== void 0) {
      let data16 = data.forbiddenOppositeRouterTypes;
      if (Array.isArray(data16)) {
        const len4 = data16.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data17 = data16[i4];
          if (!(data17 === "VRouter" || data17 === "VBR")) {
            const err29 = { instancePath: instancePath + "/forbiddenOppositeRouterTypes/" + i4, schemaPath: "#/properties/forbiddenOppositeRouterTypes/items/enum", keyword: "enum", params: { allowedValues: schema14.properties.forbiddenOppositeRouterTypes.items.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/forbiddenOppositeRouterTypes", schemaPath: "#/properties/forbiddenOppositeRouterTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.instanceTypes !== void 0) {
      let data18 = data.instanceTypes;
      if (Array.isArray(data18)) {
        const len5 = data18.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data19 = data18[i5];
          if (typeof data19 === "string") {
            if (!pattern1.test(data19)) {
              const err31 = { instancePath: instancePath + "/instanceTypes/" + i5, schemaPath: "#/properties/instanceTypes/items/pattern", keyword: "pattern", params: { pattern: "^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$" }, message: 'must match pattern "^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$"' };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          } else {
            const err32 = { instancePath: instancePath + "/instanceTypes/" + i5, schemaPath: "#/properties/instanceTypes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/instanceTypes", schemaPath: "#/properties/instanceTypes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.severity !== void 0) {
      let data20 = data.severity;
      if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
        for (const key5 in data20) {
          const _errs47 = errors;
          if (typeof key5 === "string") {
            if (!pattern13.test(key5)) {
              const err34 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severityMap/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z][A-Za-z0-9._{}-]*\\*?$|^\\*$" }, message: 'must match pattern "^[A-Za-z][A-Za-z0-9._{}-]*\\*?$|^\\*$"', propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          }
          var valid19 = _errs47 === errors;
          if (!valid19) {
            const err35 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severityMap/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
        for (const key6 in data20) {
          let data21 = data20[key6];
          if (!(data21 === "error" || data21 === "warning" || data21 === "off")) {
            const err36 = { instancePath: instancePath + "/severity/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severityMap/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema15.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severityMap/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.maxFileSize !== void 0) {
      let data22 = data.maxFileSize;
      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
        const err38 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (typeof data22 == "number" && isFinite(data22)) {
        if (data22 > 268435456 || isNaN(data22)) {
          const err39 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/maximum", keyword: "maximum", params: { comparison: "<=", limit: 268435456 }, message: "must be <= 268435456" };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
        if (data22 < 1 || isNaN(data22)) {
          const err40 = { instancePath: instancePath + "/maxFileSize", schemaPath: "#/properties/maxFileSize/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
    }
    if (data.maxFindingsPerFile !== void 0) {
      let data23 = data.maxFindingsPerFile;
      if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
        const err41 = { instancePath: instancePath + "/maxFindingsPerFile", schemaPath: "#/properties/maxFindingsPerFile/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
      if (typeof data23 == "number" && isFinite(data23)) {
        if (data23 > 1e5 || isNaN(data23)) {
          const err42 = { instancePath: instancePath + "/maxFindingsPerFile", schemaPath: "#/properties/maxFindingsPerFile/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data23 < 1 || isNaN(data23)) {
          const err43 = { instancePath: instancePath + "/maxFindingsPerFile", schemaPath: "#/properties/maxFindingsPerFile/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      }
    }
    if (data.ignore !== void 0) {
      let data24 = data.ignore;
      if (Array.isArray(data24)) {
        const len6 = data24.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data25 = data24[i6];
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.files === void 0) {
              const err44 = { instancePath: instancePath + "/ignore/" + i6, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'" };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data25.codes === void 0) {
              const err45 = { instancePath: instancePath + "/ignore/" + i6, schemaPath: "#/properties/ignore/items/required", keyword: "required", params: { missingProperty: "codes" }, message: "must have required property 'codes'" };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
            for (const key7 in data25) {
              if (!(key7 === "files" || key7 === "pointer" || key7 === "codes" || key7 === "reason")) {
                const err46 = { instancePath: instancePath + "/ignore/" + i6, schemaPath: "#/properties/ignore/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data25.files !== void 0) {
              let data26 = data25.files;
              if (Array.isArray(data26)) {
                if (data26.length < 1) {
                  const err47 = { instancePath: instancePath + "/ignore/" + i6 + "/files", schemaPath: "#/properties/ignore/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err47];
                  } else {
                    vErrors.push(err47);
                  }
                  errors++;
                }
                const len7 = data26.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data27 = data26[i7];
                  if (typeof data27 === "string") {
                    if (func3(data27) < 1) {
                      const err48 = { instancePath: instancePath + "/ignore/" + i6 + "/files/" + i7, schemaPath: "#/properties/ignore/items/properties/files/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err48];
                      } else {
                        vErrors.push(err48);
                      }
                      errors++;
                    }
                  } else {
                    const err49 = { instancePath: instancePath + "/ignore/" + i6 + "/files/" + i7, schemaPath: "#/properties/ignore/items/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err49];
                    } else {
                      vErrors.push(err49);
                    }
                    errors++;
                  }
                }
              } else {
                const err50 = { instancePath: instancePath + "/ignore/" + i6 + "/files", schemaPath: "#/properties/ignore/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data25.pointer !== void 0) {
              let data28 = data25.pointer;
              if (typeof data28 === "string") {
                if (!pattern16.test(data28)) {
                  const err51 = { instancePath: instancePath + "/ignore/" + i6 + "/pointer", schemaPath: "#/properties/ignore/items/properties/pointer/pattern", keyword: "pattern", params: { pattern: "^(/(\\*|[^*/]*))*$" }, message: 'must match pattern "^(/(\\*|[^*/]*))*$"' };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
              } else {
                const err52 = { instancePath: instancePath + "/ignore/" + i6 + "/pointer", schemaPath: "#/properties/ignore/items/properties/pointer/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data25.codes !== void 0) {
              let data29 = data25.codes;
              if (Array.isArray(data29)) {
                if (data29.length < 1) {
                  const err53 = { instancePath: instancePath + "/ignore/" + i6 + "/codes", schemaPath: "#/properties/ignore/items/properties/codes/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                const len8 = data29.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  let data30 = data29[i8];
                  if (typeof data30 === "string") {
                    if (func3(data30) < 1) {
                      const err54 = { instancePath: instancePath + "/ignore/" + i6 + "/codes/" + i8, schemaPath: "#/properties/ignore/items/properties/codes/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                      if (vErrors === null) {
                        vErrors = [err54];
                      } else {
                        vErrors.push(err54);
                      }
                      errors++;
                    }
                  } else {
                    const err55 = { instancePath: instancePath + "/ignore/" + i6 + "/codes/" + i8, schemaPath: "#/properties/ignore/items/properties/codes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err55];
                    } else {
                      vErrors.push(err55);
                    }
                    errors++;
                  }
                }
              } else {
                const err56 = { instancePath: instancePath + "/ignore/" + i6 + "/codes", schemaPath: "#/properties/ignore/items/properties/codes/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data25.reason !== void 0) {
              if (typeof data25.reason !== "string") {
                const err57 = { instancePath: instancePath + "/ignore/" + i6 + "/reason", schemaPath: "#/properties/ignore/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
          } else {
            const err58 = { instancePath: instancePath + "/ignore/" + i6, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
        }
      } else {
        const err59 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
  } else {
    const err60 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err60];
    } else {
      vErrors.push(err60);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}

// src/catalogue/catalogue.ts
var CHECK_RANK = {
  missing: 0,
  type: 1,
  bounds: 2,
  format: 3,
  quota: 4
};
var API_ROWS = [
  { code: "IdempotentTokenMismatch", message: "Specified idempotent token mismatch.", status: 400 },
  { code: "InvalidJsonFormat", message: "The request body has an invalid json format.", status: 400, kind: "syntax" },
  { code: "InvalidHttpBody", message: "Specified parameter HttpBody is not valid. Its type must be object.", status: 400, kind: "type" },
  { code: "MissingName", message: "Name is mandatory for this action.", status: 400, kind: "missing" },
  {
    code: "MissingConfigs.Networks.VPC.OppositeRouterId",
    message: "Configs.Networks.VPC.OppositeRouterId is mandatory for this action.",
    status: 400,
    kind: "missing"
  },
  {
    code: "MissingConfigs.Networks.VPC.OppositeAccessPointId",
    message: "Configs.Networks.VPC.OppositeAccessPointId is mandatory for this action.",
    status: 400,
    kind: "missing"
  },
  {
    code: "MissingConfigs.Networks.VPC.OppositeRegionId",
    message: "Configs.Networks.VPC.OppositeRegionId is mandatory for this action.",
    status: 400,
    kind: "missing"
  },
  { code: "InvalidName", message: "Specified parameter Name is not valid. Its type must be string.", status: 400, kind: "type" },
  { code: "InvalidName", message: "Specified parameter Name is not valid. Its length must be in [1, 64].", status: 400, kind: "bounds" },
  {
    code: "InvalidName",
    message: "Specified parameter Name is not valid. It must only contain characters within [a-zA-Z0-9_-], and must not start with [0-9].",
    status: 400,
    kind: "format"
  },
  { code: "InvalidDescription", message: "Specified parameter Description is not valid. Its type must be string.", status: 400, kind: "type" },
  {
    code: "InvalidDescription",
    message: "Specified parameter Description is not valid. Its length must be in [0, 1024].",
    status: 400,
    kind: "bounds"
  },
  { code: "MissingImageId", message: "ImageId is mandatory for this action.", status: 400, kind: "missing" },
  {
    code: "InvalidImageId",
    message: "Specified parameter ImageId is not valid. Its type must be string.",
    status: 400,
    kind: "type",
    note: "Also checked for a group's ImageId. An id that starts with neither m- nor img- is InvalidImageId as a warning, with the template message (the official bcs command line refuses such ids; the page states no format)."
  },
  { code: "InvalidImageId", message: "Specified parameter ImageId is not valid. Its length must be in [1, 256].", status: 400, kind: "bounds" },
  { code: "InvalidUserData", message: "Specified parameter UserData is not valid. Its type must be object.", status: 400, kind: "type" },
  { code: "InvalidUserData", message: "Specified parameter UserData is not valid. Its size must be in [0, 64].", status: 400, kind: "bounds" },
  {
    code: "InvalidUserData.{key}",
    message: "Specified parameter UserData.{key} is not valid. Its length must be in [1, 128].",
    status: 400,
    kind: "bounds"
  },
  {
    code: "InvalidUserData.{key}.value",
    message: "Specified parameter UserData.{key}.value is not valid. Its type must be string.",
    status: 400,
    kind: "type"
  },
  {
    code: "InvalidUserData.{key}.value",
    message: "Specified parameter UserData.{key}.value is not valid. Its length must be in [0, 1024].",
    status: 400,
    kind: "bounds"
  },
  { code: "InvalidGroups", message: "Specified parameter Groups is not valid. Its type must be object.", status: 400, kind: "type" },
  {
    code: "InvalidGroups.{key}",
    message: "Specified parameter Groups.{key} is not valid. Its type must be object.",
    status: 400,
    kind: "type"
  },
  {
    code: "InvalidGroups.{key}",
    message: "Specified parameter Groups.{key} is not valid. Its size must be in [1, 64].",
    status: 400,
    kind: "bounds"
  },
  { code: "MissingDesiredVMCount", message: "DesiredVMCount is mandatory for this action.", status: 400, kind: "missing" },
  {
    code: "InvalidDesiredVMCount",
    message: "Specified parameter DesiredVMCount is not valid. Its type must be integer.",
    status: 400,
    kind: "type"
  },
  {
    code: "InvalidDesiredVMCount",
    message: "Specified parameter DesiredVMCount is not valid. It must be in [1, 65536].",
    status: 400,
    kind: "bounds",
    note: "0 is this row as a warning: the API creates an empty group of 0 VMs, to be scaled later (the Java SDK's ClusterTest.testCluster2 gets 201)."
  },
  {
    code: "InvalidCidrBlock",
    message: "Specified parameter CidrBlock is not valid. Configs.Networks.VPC.CidrBlock is not valid.",
    status: 400,
    note: 'A mask outside 12\u201324 (16\u201324 in 192.168.0.0/16) is this row as a warning: the page says creation "may fail" then.'
  },
  { code: "QuotaExhausted.MaxClusterCount", message: "The MaxClusterCount ({value}) quota is exhausted.", status: 403, kind: "quota" },
  {
    code: "QuotaExhausted.MaxClusterGroupCount",
    message: "The MaxClusterGroupCount ({value}) quota is exhausted.",
    status: 403,
    kind: "quota"
  },
  {
    code: "QuotaExhausted.MaxClusterGroupDesiredVMCount",
    message: "The MaxClusterGroupDesiredVMCount ({value}) quota is exhausted.",
    status: 403,
    kind: "quota"
  },
  {
    code: "QuotaExhausted.Configs.Networks.VPC.OppositeRouterType",
    message: "The Configs.Networks.VPC.OppositeRouterType ({value}) is forbidden.",
    status: 403,
    kind: "quota"
  },
  {
    code: "MissingInstanceType",
    message: "InstanceType is mandatory for this action.",
    status: 400,
    kind: "missing",
    note: "The page marks the cluster's InstanceType required, but the SDKs and the API's own tests create clusters that name it only per group: reported at each group without one when the cluster has none, at the root only when there is no group."
  },
  { code: "InvalidInstanceType", message: "Specified parameter InstanceType is not valid.", status: 400 },
  { code: "MissingResourceType", message: "ResourceType is mandatory for this action.", status: 400, kind: "missing" },
  {
    code: "InvalidResourceType",
    message: "Specified parameter ResourceType is not valid.",
    status: 400,
    note: "PrePaid is accepted besides OnDemand and Spot (GetQuota lists all three)."
  },
  { code: "Invalid{Parameter}", message: "Specified parameter {Parameter} is not valid.", status: 400 }
];
var TEMPLATES = {
  missing: { code: "Missing{Parameter}", message: "{Parameter} is mandatory for this action.", status: 400 },
  invalid: { code: "Invalid{Parameter}", message: "Specified parameter {Parameter} is not valid.", status: 400 }
};
var LINT_CODES = [
  {
    code: "InvalidYamlFormat",
    message: "The spec file has an invalid YAML format.",
    severity: "error",
    summary: "The YAML file does not parse (or is not UTF-8); as a warning, a %YAML directive for a version other than 1.2 (the file is read as YAML 1.2 all the same)."
  },
  {
    code: "FileTooLarge",
    message: "The spec file is larger than the size limit and was not checked.",
    severity: "error",
    summary: "A file over the size limit (maxFileSize, 10 MiB by default); only its first bytes are read."
  },
  {
    code: "TooManyFindings",
    message: "The file has more findings than clusterlint reports for one file; the rest are not shown.",
    severity: "warning",
    summary: "More findings in one file than the limit (maxFindingsPerFile, 1,000 by default): the first ones in file order are reported."
  },
  {
    code: "UnknownDialect",
    message: "The spec could not be recognised as a Batch Compute or Container Service CreateCluster body.",
    severity: "error",
    summary: "A file named on the command line whose dialect cannot be decided."
  },
  {
    code: "DuplicateKey",
    message: "A key appears more than once in the same object; the API would silently keep only one value.",
    severity: "error",
    summary: "The same key is written twice in one object."
  },
  {
    code: "UnknownParameter",
    message: "The parameter is not defined for this action.",
    severity: "warning",
    summary: "A key that is not a field of the documented request body (nor one the real API is known to take, SPEC \xA74a); the detail suggests the nearest known name."
  },
  {
    code: "PlaintextSecret",
    message: "A secret is written in plain text in the spec file.",
    severity: "warning",
    summary: "A non-empty value under a key that names a secret (OSS key secret or token, root password, or any password, token, secret or key in UserData, EnvVars or elsewhere) is committed in the file."
  },
  {
    code: "SpotSettingIgnored",
    message: "The spot setting is ignored because the group ResourceType is not Spot.",
    severity: "warning",
    summary: "SpotStrategy or SpotPriceLimit set on a group that is not Spot."
  },
  {
    code: "SpotPriceLimitMissing",
    message: "SpotStrategy is SpotWithPriceLimit but no SpotPriceLimit is set.",
    severity: "warning",
    summary: "A price-limited spot group without a price limit."
  },
  {
    code: "BcsInstanceTypeInVpc",
    message: "bcs.* instance types are not supported in VPC clusters.",
    severity: "warning",
    summary: "A bcs.* instance type in a cluster with Configs.Networks.VPC (user guide)."
  },
  {
    code: "BcsInstanceTypeDiskType",
    message: "bcs.* instance types only support ephemeral disks.",
    severity: "warning",
    summary: "A bcs.* instance type with a disk Type other than ephemeral (user guide)."
  },
  {
    code: "UnusedSuppression",
    message: "A clusterlint-disable comment suppresses no finding.",
    severity: "warning",
    summary: "A suppression comment that suppresses nothing (stale, misspelt, or naming a code that is never suppressed)."
  },
  {
    code: "RuleFailure",
    message: "A clusterlint check failed on this document; the other checks ran.",
    severity: "error",
    summary: "A rule of clusterlint threw an exception on a document (a bug in clusterlint, to be reported); the detail names the rule. The run goes on and ends with exit code 2."
  },
  {
    code: "NetworkModeConflict",
    message: "Classic network and VPC settings exclude each other.",
    severity: "warning",
    summary: "Both Networks.Classic (non-empty) and Networks.VPC are set (user guide)."
  }
];
function fill(text, vars) {
  return text.replace(/\{(\w+)\}/g, (whole, name) => name in vars ? String(vars[name]) : whole);
}
var rowsByCode = /* @__PURE__ */ new Map();
for (const row of API_ROWS) {
  const list = rowsByCode.get(row.code);
  if (list) list.push(row);
  else rowsByCode.set(row.code, [row]);
}
var lintByCode = new Map(LINT_CODES.map((l) => [l.code, l]));
function rowsFor(codePattern) {
  return rowsByCode.get(codePattern) ?? [];
}
function lintCode(code) {
  const entry = lintByCode.get(code);
  if (!entry) throw new Error(`not a lint code: ${code}`);
  return entry;
}
function invalid(codeParam, kind, vars = {}, messageParam = codeParam) {
  const pattern = `Invalid${codeParam}`;
  const row = invalidRow(pattern, kind);
  if (row) return { code: fill(pattern, vars), message: fill(row.message, vars), status: row.status, origin: "api" };
  return template("invalid", codeParam, vars, messageParam);
}
function invalidRow(pattern, kind) {
  const rows2 = rowsFor(pattern);
  return rows2.find((r) => r.kind === kind) ?? rows2.find((r) => r.kind === void 0);
}
function missing(codeParam, vars = {}, messageParam = codeParam) {
  const pattern = `Missing${codeParam}`;
  const row = rowsFor(pattern)[0];
  if (row) return { code: fill(pattern, vars), message: fill(row.message, vars), status: row.status, origin: "api" };
  return template("missing", codeParam, vars, messageParam);
}
function codeOnly(which2, codeParam, kind, vars, templateOnly) {
  if (!templateOnly) {
    const pattern = which2 === "invalid" ? `Invalid${codeParam}` : `Missing${codeParam}`;
    if (which2 === "invalid" ? invalidRow(pattern, kind) : rowsFor(pattern)[0]) return fill(pattern, vars);
  }
  return templateCode(which2, codeParam, vars);
}
function templateCode(which2, codeParam, vars) {
  return fill(fill(TEMPLATES[which2].code, { Parameter: codeParam }), vars);
}
function apiRow(code, vars = {}) {
  const row = rowsFor(code)[0];
  if (!row) throw new Error(`not an API row: ${code}`);
  return { code: fill(code, vars), message: fill(row.message, vars), status: row.status, origin: "api" };
}
function lint(code) {
  return { code, message: lintCode(code).message, status: null, origin: "lint" };
}
function template(which2, codeParam, vars = {}, messageParam = codeParam) {
  const t = TEMPLATES[which2];
  return {
    code: templateCode(which2, codeParam, vars),
    message: fill(fill(t.message, { Parameter: messageParam }), vars),
    status: t.status,
    origin: "template"
  };
}
var keyedRowsMade;
var keyedRows = () => keyedRowsMade ??= [...rowsByCode.keys()].filter((code) => code.includes("{key}")).sort((a, b) => b.length - a.length).map((code) => ({ code, pattern: keyPattern(code) }));
function keyPattern(code) {
  const escaped = code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${escaped.replace("\\{key\\}", "(.*)")}$`);
}
function catalogueEntry(code, origin, message) {
  if (origin === "lint") return { code, rows: [], vars: {} };
  const exact = rowsFor(code);
  if (exact.length) return { code, rows: exact, vars: {} };
  if (origin === "api") {
    let fallback;
    for (const { code: pattern, pattern: re } of keyedRows()) {
      const m = re.exec(code);
      if (!m) continue;
      const entry = { code: pattern, rows: rowsFor(pattern), vars: { key: m[1] } };
      if (message === void 0 || entry.rows.some((r) => fill(r.message, entry.vars) === message)) return entry;
      fallback ??= entry;
    }
    if (fallback) return fallback;
  }
  const template2 = code.startsWith("Missing") ? TEMPLATES.missing : TEMPLATES.invalid;
  return { code: template2.code, rows: [], vars: {} };
}
function catalogueAnchor(code) {
  return `code-${code.toLowerCase().replace(/[.{}]/g, "")}`;
}

// src/parse/pointer.ts
function escapeToken(token) {
  if (!token.includes("~") && !token.includes("/")) return token;
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapeToken(token) {
  return token.includes("~") ? token.replace(/~1/g, "/").replace(/~0/g, "~") : token;
}
function child(pointer, token) {
  return `${pointer}/${typeof token === "number" ? token : escapeToken(token)}`;
}
function tokens(pointer) {
  if (pointer === "") return [];
  const raw = pointer.slice(1).split("/");
  return pointer.includes("~") ? raw.map(unescapeToken) : raw;
}
function parent(pointer) {
  const cut = pointer.lastIndexOf("/");
  return cut <= 0 ? "" : pointer.slice(0, cut);
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var TOKEN_CACHE = /* @__PURE__ */ new Map();
var TOKEN_CACHE_SIZE = 4096;
function cachedTokens(pointer) {
  let list = TOKEN_CACHE.get(pointer);
  if (list === void 0) {
    list = tokens(pointer);
    if (TOKEN_CACHE.size < TOKEN_CACHE_SIZE) TOKEN_CACHE.set(pointer, list);
  }
  return list;
}
var INDEX = /^(0|[1-9]\d*)$/;
function get(data, pointer) {
  let value = data;
  for (const token of cachedTokens(pointer)) {
    if (Array.isArray(value)) {
      if (!INDEX.test(token)) return void 0;
      value = value[Number(token)];
    } else if (isObject(value)) {
      if (!Object.hasOwn(value, token)) return void 0;
      value = value[token];
    } else return void 0;
  }
  return value;
}
function setOwn(target, key, value) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

// src/dialect/dialect.ts
var DIALECTS = {
  batchcompute: {
    name: "batchcompute",
    title: "Batch Compute",
    schemaFile: "batchcompute-cluster.schema.json",
    schema: batchcompute_cluster_schema_default,
    validate: batchcompute,
    // SPEC §1, with the §4a fields beyond the English page (EVIDENCE: the SDKs and the CLI send them).
    distinctive: /* @__PURE__ */ new Set([
      "Name",
      "ImageId",
      "InstanceType",
      "Groups",
      "UserData",
      "Notification",
      "Configs",
      "IdempotentToken",
      "EnvVars",
      "Bootstrap",
      "ScheduleType",
      "DependencyIsvService",
      "PasswordInherit"
    ]),
    codeName: (p) => p,
    errorTable: true
  },
  containerservice: {
    name: "containerservice",
    title: "Container Service",
    schemaFile: "containerservice-cluster.schema.json",
    schema: containerservice_cluster_schema_default,
    validate: containerservice,
    distinctive: /* @__PURE__ */ new Set([
      "instance_type",
      "network_mode",
      "subnet_cidr",
      "vpc_id",
      "vswitch_id",
      "data_disk_category",
      "data_disk_size",
      "ecs_image_id",
      "io_optimized",
      "need_slb",
      "release_eip_flag",
      "rds_instances"
    ]),
    // A Container Service Kubernetes (ACK) CreateCluster body goes to the same `POST /clusters`
    // (EVIDENCE: aliyungo `KubernetesCreationArgs`, ACK CreateCluster doc 90776).
    excludedBy: {
      keys: ["cluster_type", "kubernetes_version", "master_instance_types", "worker_instance_types", "num_of_nodes", "container_cidr", "service_cidr", "vpcid"],
      what: "a Container Service Kubernetes (ACK) request, which is not the swarm dialect"
    },
    // The API spells parameters in snake_case; codes take them in PascalCase (SPEC §3): `subnet_cidr` → `SubnetCidr`.
    codeName: (p) => p.replace(/(?:^|_)([a-z0-9])/g, (_, c) => c.toUpperCase()),
    errorTable: false
  }
};
function dialectOfSchemaRef(ref) {
  const last = ref.split(/[?#]/)[0].split(/[\\/]/).pop();
  return Object.values(DIALECTS).find((d) => d.schemaFile === last);
}
function decideDialect(data, forced, modeline) {
  if (forced) return DIALECTS[forced];
  if (isObject(data) && typeof data.$schema === "string") {
    const d = dialectOfSchemaRef(data.$schema);
    if (d) return d;
  }
  if (modeline) {
    const d = dialectOfSchemaRef(modeline);
    if (d) return d;
  }
  return isObject(data) ? dialectByShape(Object.keys(data)) : void 0;
}
function dialectByShape(keys) {
  const shape = judgeShape(keys);
  return typeof shape === "string" ? void 0 : shape;
}
function shapeFailure(keys) {
  const shape = judgeShape(keys);
  return typeof shape === "string" ? shape : "";
}
var ALL_DIALECTS = Object.values(DIALECTS);
function distinctiveCount(d, keys) {
  let n = 0;
  for (const k of keys) if (d.distinctive.has(k)) n++;
  return n;
}
function judgeShape(keys) {
  let best = 0;
  let leader;
  let tied = false;
  for (const d2 of ALL_DIALECTS) {
    const n = distinctiveCount(d2, keys);
    if (n > best) {
      best = n;
      leader = d2;
      tied = false;
    } else if (n === best && leader) tied = true;
  }
  if (best < 2) {
    return `It has ${best === 0 ? "none" : "only one"} of the top-level keys that mark a CreateCluster body (such as ImageId and Groups, or instance_type and vpc_id).`;
  }
  if (tied) {
    const leaders = ALL_DIALECTS.filter((x) => distinctiveCount(x, keys) === best);
    return `It has as many ${leaders.map((x) => x.title).join(" keys as ")} keys (${best} each).`;
  }
  const d = leader;
  const marker = d.excludedBy?.keys.find((k) => keys.includes(k));
  if (marker) return `Its top-level key ${marker} marks ${d.excludedBy.what}.`;
  const properties = d.schema.properties ?? {};
  let defined = 0;
  for (const k of keys) if (Object.hasOwn(properties, k)) defined++;
  if (defined * 2 <= keys.length) return `Only ${defined} of its ${keys.length} top-level keys are ${d.title} parameters.`;
  return d;
}
function deref(root, node) {
  let n = node;
  for (let guard = 0; n.$ref && guard < 32; guard++) {
    const path = n.$ref.replace(/^#\//, "").split("/");
    let target = root;
    for (const p of path) target = target[p];
    n = target;
  }
  return n;
}
function schemaAt(dialect, pointerTokens) {
  let node = dialect.schema;
  for (const token of pointerTokens) {
    if (!node) return void 0;
    node = deref(dialect.schema, node);
    const property = node.properties && Object.hasOwn(node.properties, token) ? node.properties[token] : void 0;
    const next = property ?? node.items ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : void 0);
    node = next;
  }
  return node ? deref(dialect.schema, node) : void 0;
}
var nodeCache = /* @__PURE__ */ new WeakMap();
var NODE_CACHE_SIZE = 4096;
function schemaAtPointer(dialect, pointer) {
  let cache = nodeCache.get(dialect);
  if (!cache) nodeCache.set(dialect, cache = /* @__PURE__ */ new Map());
  let node = cache.get(pointer);
  if (node === void 0 && !cache.has(pointer)) {
    node = schemaAt(dialect, cachedTokens(pointer));
    if (cache.size < NODE_CACHE_SIZE) cache.set(pointer, node);
  }
  return node;
}
function schemaAtPath(dialect, schemaPath) {
  let known3 = nodesAtPath.get(dialect);
  if (!known3) nodesAtPath.set(dialect, known3 = /* @__PURE__ */ new Map());
  if (known3.has(schemaPath)) return known3.get(schemaPath);
  const node = walkSchemaPath(dialect.schema, schemaPath);
  if (known3.size < 4096) known3.set(schemaPath, node);
  return node;
}
var nodesAtPath = /* @__PURE__ */ new WeakMap();
function walkSchemaPath(schema, schemaPath) {
  let node = schema;
  for (const raw of schemaPath.replace(/^#\/?/, "").split("/")) {
    if (raw === "") continue;
    const token = unescapeToken(raw);
    if (typeof node !== "object" || node === null) return void 0;
    node = node[token];
  }
  return node;
}

// src/api/helpers.ts
function quote(value, secret = false) {
  if (secret) return "the value";
  if (typeof value === "string") {
    const head = [...value.slice(0, 122)];
    const shown = head.length > 60 ? `${head.slice(0, 57).join("")}\u2026` : value;
    return JSON.stringify(shown);
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return String(value);
}
function numberAsWritten(value, source) {
  if (source === void 0) return String(value);
  if (source.length <= 40) return source;
  return `${source.slice(0, 30)}\u2026, ${source.replace(/[^0-9]/g, "").length} digits`;
}
function isPresent(value) {
  if (value === void 0 || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
function closest(name, known3) {
  const lower = name.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const k of known3) {
    const d = k.toLowerCase() === lower ? 0 : distance(lower, k.toLowerCase());
    if (d < bestDistance) best = k, bestDistance = d;
  }
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  return best !== void 0 && bestDistance <= limit ? best : void 0;
}
function distance(a, b, transpositions = true) {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  const width = b.length + 1;
  if (rows[0].length < width) for (let r = 0; r < 3; r++) rows[r] = new Int32Array(width * 2);
  let before = rows[0];
  let above = rows[1];
  let here = rows[2];
  for (let j = 0; j < width; j++) above[j] = j;
  for (let i = 1; i <= a.length; i++) {
    here[0] = i;
    for (let j = 1; j < width; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(above[j] + 1, here[j - 1] + 1, above[j - 1] + cost);
      if (transpositions && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2] + 1);
      here[j] = v;
    }
    const spent = before;
    before = above;
    above = here;
    here = spent;
  }
  return above[b.length];
}
var rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

// src/check/findings.ts
function findingOf(entry, rule, pointer, severity, target) {
  return { code: entry.code, message: entry.message, status: entry.status, origin: entry.origin, rule, pointer, severity, target };
}
var FindingSink = class {
  constructor(dialect) {
    this.dialect = dialect;
  }
  dialect;
  findings = [];
  /** Findings counted but not made (see `checkSchema`'s budget): unknown keys, and the others. */
  omitted = { unknown: 0, other: 0 };
  limit;
  /** Findings of no parameter held now, and the text offset from which on they are only counted. */
  lintOnly = 0;
  from = Infinity;
  /**
   * From now on, of the findings of no parameter only the first `budget` in the text are held; the
   * others are counted in `omitted.other` (those that count). `finalize` keeps the first findings of
   * a file in text order, at most half the budget, and counts the rest: it gives the same result,
   * while a hostile file's 60,000 keys written twice no longer hold 60,000 findings, each placed
   * (issue 15). Findings with a parameter are always held: one of lower rank can replace another.
   */
  bound(limit) {
    this.limit = limit;
    this.lintOnly = this.findings.filter((f) => f.parameter === void 0).length;
    this.cut();
  }
  /** A reporter bound to one rule (or schema) id. */
  reporter(rule) {
    return new RuleReporter(this, rule);
  }
  /** A documented row by its exact code (`Reporter.api`). */
  api(rule, code, pointer, o) {
    const entry = apiRow(code, o?.value === void 0 ? {} : { value: o.value });
    const kind = code.startsWith("QuotaExhausted.") ? "quota" : void 0;
    const f = findingOf(entry, rule, pointer, o?.severity ?? "error", o?.target ?? "value");
    if (o?.detail) f.detail = o.detail;
    if (o?.span) f.span = o.span;
    if (kind) {
      f.parameter = `${pointer}#${this.schemaParameter(pointer)}`;
      f.rank = CHECK_RANK.quota;
    }
    this.push(f);
  }
  /** A lint-only code (`Reporter.lint`). */
  lint(rule, code, pointer, o) {
    const f = findingOf(lint(code), rule, pointer, o?.severity ?? lintCode(code).severity, o?.target ?? "value");
    if (o?.detail) f.detail = o.detail;
    if (o?.span) f.span = o.span;
    if (o?.fix) f.fix = o.fix;
    this.push(f);
  }
  /** Adds a finding as it is (syntax, body and dialect findings have no schema parameter). */
  push(finding) {
    const limit = this.limit;
    if (limit && finding.parameter === void 0) {
      if (limit.reported !== true && !limit.reported(finding)) return;
      if (this.from !== Infinity && limit.offsetOf(finding) >= this.from) {
        this.omitted.other++;
        return;
      }
      this.lintOnly++;
    }
    this.findings.push(finding);
    if (limit && this.lintOnly >= 2 * limit.budget + 1024) this.cut();
  }
  /** Keeps the first `budget` findings of no parameter in text order (and every other finding, in the order reported). */
  cut() {
    const limit = this.limit;
    if (this.lintOnly <= limit.budget) return;
    const held = [];
    const dropped = /* @__PURE__ */ new Set();
    this.findings.forEach((f, index) => {
      if (f.parameter !== void 0) return;
      if (limit.reported === true || limit.reported(f)) held.push({ at: limit.offsetOf(f), index });
      else dropped.add(index);
    });
    held.sort((a, b) => a.at - b.at || a.index - b.index);
    for (const h of held.slice(limit.budget)) dropped.add(h.index);
    this.omitted.other += Math.max(0, held.length - limit.budget);
    if (held.length >= limit.budget) this.from = held[limit.budget - 1].at;
    const kept2 = this.findings.filter((_, index) => !dropped.has(index));
    this.findings.length = 0;
    this.findings.push(...kept2);
    this.lintOnly = Math.min(held.length, limit.budget);
  }
  /** `Missing{Parameter}` for the schema parameter at `pointer`. */
  missing(rule, pointer, o) {
    const { codeParam, messageParam, vars } = this.parameter(pointer);
    const f = findingOf(this.dialect.errorTable ? missing(codeParam, vars, messageParam) : template("missing", codeParam, vars, messageParam), rule, pointer, o?.severity ?? "error", "container");
    if (o?.detail) f.detail = o.detail;
    f.parameter = `${pointer}#${codeParam}`;
    f.rank = CHECK_RANK.missing;
    this.push(f);
  }
  /** `Invalid{Parameter}` for one kind of check at `pointer`; `schemaParameter` overrides the schema's name (map keys). */
  invalid(rule, pointer, kind, o, schemaParameter) {
    const { codeParam, messageParam, vars } = this.parameter(pointer, schemaParameter);
    const f = findingOf(this.dialect.errorTable ? invalid(codeParam, kind, vars, messageParam) : template("invalid", codeParam, vars, messageParam), rule, pointer, o?.severity ?? "error", o?.target ?? "value");
    if (o?.detail) f.detail = o.detail;
    f.parameter = `${pointer}#${codeParam}`;
    f.rank = CHECK_RANK[kind];
    if (o?.fix) f.fix = o.fix;
    this.push(f);
  }
  /** The code `missing` or `invalid` would give a finding at `pointer`, without making the finding or its message. */
  codeOf(which2, pointer, kind, schemaParameter) {
    const { codeParam, vars } = this.parameter(pointer, schemaParameter);
    return codeOnly(which2, codeParam, kind, vars, !this.dialect.errorTable);
  }
  /** The code spelling of the schema parameter at a pointer, if the schema names one. */
  schemaParameter(pointer) {
    const p = this.dialect && schemaAtPointer(this.dialect, pointer)?.["x-parameter"];
    return p && this.dialect ? this.dialect.codeName(p) : "value";
  }
  /** The parameter names (code and message spelling) and `{key}` for a pointer, from the schema. */
  parameter(pointer, explicit) {
    if (!this.dialect) throw new Error("a parameter needs a dialect");
    const path = cachedTokens(pointer);
    const messageParam = explicit ?? schemaAtPointer(this.dialect, pointer)?.["x-parameter"];
    if (!messageParam) throw new Error(`the schema names no parameter at ${pointer || "/"}`);
    const at = messageParam.split(".").indexOf("{key}");
    const vars = at >= 0 && path[at] !== void 0 ? { key: path[at] } : {};
    return { codeParam: this.dialect.codeName(messageParam), messageParam, vars };
  }
};
var RuleReporter = class {
  constructor(sink, rule) {
    this.sink = sink;
    this.rule = rule;
  }
  sink;
  rule;
  missing(pointer, o) {
    this.sink.missing(this.rule, pointer, o);
  }
  invalid(pointer, kind, o) {
    this.sink.invalid(this.rule, pointer, kind, o);
  }
  api(code, pointer, o) {
    this.sink.api(this.rule, code, pointer, o);
  }
  lint(code, pointer, o) {
    this.sink.lint(this.rule, code, pointer, o);
  }
};

// src/secrets/names.ts
var NOT_SECRETS = /* @__PURE__ */ new Set(["idempotenttoken", "passwordinherit", "accesskeyid"]);
var SECRET_WORDS = ["password", "passwd", "secret", "token", "privatekey", "apikey", "accesskey"];
var loose = (word2) => [...word2].join("[-_.]*");
var maybeSecret;
var maybeSecretTest = () => maybeSecret ??= new RegExp(`${["passw", "secret", "token", "privatekey", "apikey", "accesskey"].map(loose).join("|")}|${loose("pwd")}[-_.]*$|${loose("key")}[-_.]*$`, "i");
function isAscii(key) {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) > 127) return false;
  return true;
}
function isSecretName(key) {
  const known3 = judged.get(key);
  if (known3 !== void 0) return known3;
  const secret = judgeName(key);
  if (judged.size < JUDGED_MAX) judged.set(key, secret);
  return secret;
}
var judged = /* @__PURE__ */ new Map();
var JUDGED_MAX = 4096;
function judgeName(key) {
  if (!isAscii(key) && !maybeSecretTest().test(key)) return false;
  let n = key.toLowerCase();
  if (n.includes("_") || n.includes("-") || n.includes(".")) n = n.replace(/[-_.]/g, "");
  if (NOT_SECRETS.has(n) || n.endsWith("publickey") || n.endsWith("accesskeyid")) return false;
  return n.endsWith("pwd") || n.endsWith("key") && n !== "key" || SECRET_WORDS.some((w) => n.includes(w));
}
function* secretValues(data) {
  const stack = [{ value: data, pointer: "", secret: false }];
  while (stack.length) {
    const { value, pointer, secret } = stack.pop();
    if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, pointer: child(pointer, i), secret }));
    else if (isObject(value)) {
      for (const key of Object.keys(value)) stack.push({ value: value[key], pointer: child(pointer, key), secret: secret || isSecretName(key) });
    } else if (secret && value !== null && value !== void 0) yield { pointer, value };
  }
}

// src/check/views.ts
var GROUP_WEIGHT = 256;
var VIEWS_FROM = 4096;
var factsOf = /* @__PURE__ */ new WeakMap();
var SCALAR_KEYWORDS = /* @__PURE__ */ new Set(["type", "const", "enum", "pattern", "format", "minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"]);
var ANNOTATION = /^(x-|title$|description$|markdownDescription$|markdownEnumDescriptions$|enumDescriptions$|examples$|default$|\$comment$|errorMessage$|defaultSnippets$)/;
var APPLIED = ["additionalProperties", "propertyNames", "items", "then", "else"];
var UNSAFE = /* @__PURE__ */ new Set(["uniqueItems", "contains", "dependencies", "dependentRequired", "dependentSchemas", "patternProperties", "unevaluatedProperties", "unevaluatedItems", "prefixItems", "additionalItems", "$data"]);
function schemaFacts(schema) {
  let facts = factsOf.get(schema);
  if (facts) return facts;
  const known3 = /* @__PURE__ */ new Set();
  let countLimit = 0;
  let safe = true;
  const seen = /* @__PURE__ */ new Set();
  const condition = (node, members) => {
    if (node === true || node === false) return;
    if (!node || typeof node !== "object" || Array.isArray(node)) return void (safe = false);
    for (const [k, v] of Object.entries(node)) {
      if ((k === "const" || k === "enum") && [v].flat().some((x) => x !== null && typeof x === "object")) safe = false;
      else if (ANNOTATION.test(k) || SCALAR_KEYWORDS.has(k)) continue;
      else if (k === "required" && Array.isArray(v) && members) for (const n of v) known3.add(String(n));
      else if (k === "properties" && members && v && typeof v === "object") {
        for (const [name, sub] of Object.entries(v)) {
          known3.add(name);
          condition(sub, false);
        }
      } else if ((k === "anyOf" || k === "oneOf" || k === "allOf") && Array.isArray(v)) v.forEach((s) => condition(s, members));
      else if (k === "not") condition(v, members);
      else safe = false;
    }
  };
  const walk2 = (node) => {
    if (!node || typeof node !== "object" || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      if (!node.every((n2) => typeof n2 === "boolean" || n2 && typeof n2 === "object")) return;
      return node.forEach(walk2);
    }
    const n = node;
    for (const k of Object.keys(n)) if (UNSAFE.has(k)) safe = false;
    if (Array.isArray(n.items)) safe = false;
    for (const k of ["minProperties", "maxProperties", "minItems", "maxItems"]) if (typeof n[k] === "number") countLimit = Math.max(countLimit, n[k]);
    if (Array.isArray(n.required)) for (const r of n.required) known3.add(String(r));
    if (n.properties && typeof n.properties === "object") {
      for (const [name, sub] of Object.entries(n.properties)) {
        known3.add(name);
        walk2(sub);
      }
    }
    for (const k of ["definitions", "$defs"]) if (n[k] && typeof n[k] === "object") Object.values(n[k]).forEach(walk2);
    for (const k of APPLIED) walk2(n[k]);
    if (Array.isArray(n.allOf)) n.allOf.forEach(walk2);
    if (n.if !== void 0) condition(n.if, true);
    for (const k of ["anyOf", "oneOf"]) if (Array.isArray(n[k])) n[k].forEach((s) => condition(s, true));
    if (n.not !== void 0) condition(n.not, true);
  };
  walk2(schema);
  facts = { safe, known: known3, countLimit };
  factsOf.set(schema, facts);
  return facts;
}
function planViews(data, schemaFactsOf) {
  let known3;
  const factsNow = () => known3 ??= typeof schemaFactsOf === "function" ? schemaFactsOf() : schemaFactsOf;
  const heavies = [];
  const stack = [];
  const weigh = (value, parent2, position) => {
    const keys = Array.isArray(value) ? void 0 : Object.keys(value);
    const n = keys ? keys.length : value.length;
    const base = stack.length;
    const self = { value, keys, parent: parent2, position, ends: [], fixed: [], heavy: /* @__PURE__ */ new Map() };
    const at = heavies.length;
    heavies.push(self);
    let total = 1;
    for (let i = 0; i < n; i++) {
      const member = keys ? value[keys[i]] : value[i];
      const w = typeof member !== "object" || member === null ? 1 : weigh(member, self, i);
      stack.push(w);
      total += w;
    }
    if (total <= GROUP_WEIGHT) {
      heavies.length = at;
      stack.length = base;
      return total;
    }
    parent2?.heavy.set(position, self);
    const facts = factsNow();
    let others = 0;
    let weight = 0;
    for (let i = 0; i < n; i++) {
      const w = stack[base + i];
      if (keys && facts.known.has(keys[i]) ? true : others++ <= facts.countLimit) self.fixed.push(i);
      const cost = w > GROUP_WEIGHT ? 1 : w;
      if (weight > 0 && weight + cost > GROUP_WEIGHT) {
        self.ends.push(i);
        weight = 0;
      }
      weight += cost;
    }
    self.ends.push(n);
    stack.length = base;
    return total;
  };
  if (typeof data === "object" && data !== null && heavierThan(data, GROUP_WEIGHT)) weigh(data, void 0, 0);
  return heavies.length ? heavies : void 0;
}
function heavierThan(data, limit) {
  let left = limit;
  const count2 = (value) => {
    if (--left < 0) return true;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const member = value[i];
        if (typeof member === "object" && member !== null ? count2(member) : --left < 0) return true;
      }
    } else {
      for (const key in value) {
        const member = value[key];
        if (typeof member === "object" && member !== null ? count2(member) : --left < 0) return true;
      }
    }
    return false;
  };
  return count2(data);
}
function stub(value) {
  if (typeof value !== "object" || value === null) return value;
  return Array.isArray(value) ? [] : {};
}
function memberAt(h, i) {
  return h.keys ? h.value[h.keys[i]] : h.value[i];
}
function render(h, shown, index) {
  if (h.keys) {
    const out2 = {};
    for (const i of h.fixed) setOwn(out2, h.keys[i], shown.has(i) ? shown.get(i) : stub(memberAt(h, i)));
    for (const [i, v] of shown) if (!Object.prototype.hasOwnProperty.call(out2, h.keys[i])) setOwn(out2, h.keys[i], v);
    return out2;
  }
  const out = h.fixed.map((i) => shown.has(i) ? shown.get(i) : stub(memberAt(h, i)));
  for (const [i, v] of shown) {
    if (i < out.length) index?.set(i, i);
    else {
      index?.set(i, out.length);
      out.push(v);
    }
  }
  return out;
}
function validateInViews(validate, heavies, take, viewDone) {
  for (const h of heavies) {
    const ancestors = [];
    for (let a = h.parent; a; a = a.parent) ancestors.unshift(a);
    for (let g = 0; g < h.ends.length; g++) {
      const start = g === 0 ? 0 : h.ends[g - 1];
      const end = h.ends[g];
      const shown = /* @__PURE__ */ new Map();
      for (let i = start; i < end; i++) {
        const heavy = h.heavy.get(i);
        shown.set(i, heavy ? render(heavy, /* @__PURE__ */ new Map(), void 0) : memberAt(h, i));
      }
      const index = /* @__PURE__ */ new Map();
      let view = render(h, shown, h.keys ? void 0 : index);
      let viewPrefix = "";
      let realPrefix = "";
      const levels = [];
      let below = h;
      for (let a = ancestors.length - 1; a >= 0; a--) {
        const anc = ancestors[a];
        const pos = below.position;
        const at = /* @__PURE__ */ new Map();
        view = render(anc, /* @__PURE__ */ new Map([[pos, view]]), anc.keys ? void 0 : at);
        levels.push(anc.keys ? { real: anc.keys[pos], shown: anc.keys[pos] } : { real: pos, shown: at.get(pos) });
        below = anc;
      }
      for (let l = levels.length - 1; l >= 0; l--) {
        viewPrefix = child(viewPrefix, levels[l].shown);
        realPrefix = child(realPrefix, levels[l].real);
      }
      const inGroup = /* @__PURE__ */ new Map();
      if (h.keys) for (let i = start; i < end; i++) inGroup.set(h.keys[i], i);
      else for (const [i, r] of index) inGroup.set(String(r), i);
      if (!validate(view)) {
        for (const e of validate.errors ?? []) {
          const kept2 = keep(e, viewPrefix, realPrefix, h, g, inGroup);
          if (kept2) take(kept2);
        }
        validate.errors = null;
      }
      viewDone();
    }
  }
}
function keep(e, prefix, realPrefix, h, g, inGroup) {
  const path = e.instancePath;
  if (path !== prefix && !path.startsWith(`${prefix}/`)) return void 0;
  if (path === prefix) {
    const p = e.params;
    const key = e.keyword === "additionalProperties" ? p.additionalProperty : e.keyword === "propertyNames" ? p.propertyName : e.propertyName;
    if (key !== void 0) {
      const i2 = inGroup.get(key);
      return i2 !== void 0 ? moved(e, realPrefix) : void 0;
    }
    return g === 0 ? moved(e, realPrefix) : void 0;
  }
  const rest = path.slice(prefix.length + 1);
  const cut = rest.indexOf("/");
  const token = cut < 0 ? rest : rest.slice(0, cut);
  const name = h.keys ? tokens(`/${token}`)[0] : token;
  const i = inGroup.get(name);
  if (i === void 0 || h.heavy.has(i)) return void 0;
  const real = child(realPrefix, h.keys ? name : i);
  return moved(e, cut < 0 ? real : real + rest.slice(cut));
}
function moved(e, instancePath) {
  e.instancePath = instancePath;
  return e;
}

// src/check/schema.ts
function schemaRuleId(dialect) {
  return dialect.schemaFile.replace(/\.schema\.json$/, "");
}
var KEYWORD_KIND = {
  type: "type",
  minLength: "bounds",
  maxLength: "bounds",
  minimum: "bounds",
  maximum: "bounds",
  exclusiveMinimum: "bounds",
  exclusiveMaximum: "bounds",
  minProperties: "bounds",
  maxProperties: "bounds",
  minItems: "bounds",
  maxItems: "bounds",
  pattern: "format",
  format: "format",
  enum: "format",
  const: "format",
  multipleOf: "format"
};
function reportedBy(dialect, others) {
  if (typeof others !== "function") return void 0;
  const codes = new FindingSink(dialect);
  return (errors) => {
    let best;
    for (const e of errors) {
      const f = codeOfError(dialect, e, codes);
      if (f && (!best || f.rank < best.rank)) best = f;
    }
    return best !== void 0 && others(best);
  };
}
function codeOfError(dialect, e, sink) {
  const site = errorSite(dialect, e);
  if (!site) return void 0;
  switch (site.which) {
    case "unknown":
      return { code: "UnknownParameter", severity: lintCode("UnknownParameter").severity, rank: 0 };
    case "missing":
      return { code: sink.codeOf("missing", site.at, "type"), severity: "error", rank: CHECK_RANK.missing };
    default:
      return { code: sink.codeOf("invalid", site.at, site.kind, site.parameter), severity: "error", rank: CHECK_RANK[site.kind] };
  }
}
function errorSite(dialect, e) {
  if (e.propertyName !== void 0) return void 0;
  if (e.keyword === "anyOf" || e.schemaPath.includes("/anyOf/") || e.keyword === "if") return void 0;
  const pointer = e.instancePath;
  switch (e.keyword) {
    case "required": {
      const name = e.params.missingProperty;
      return { which: "missing", at: child(pointer, name), name };
    }
    case "additionalProperties": {
      const name = e.params.additionalProperty;
      return { which: "unknown", at: child(pointer, name), name, node: schemaAtPath(dialect, e.schemaPath.slice(0, e.schemaPath.lastIndexOf("/"))) };
    }
    case "propertyNames": {
      const name = e.params.propertyName;
      const names = schemaAtPath(dialect, e.schemaPath);
      return { which: "propertyNames", at: child(pointer, name), name, kind: "bounds", parameter: names?.["x-parameter"], names };
    }
  }
  const kind = KEYWORD_KIND[e.keyword];
  const node = schemaAtPath(dialect, e.schemaPath.slice(0, e.schemaPath.lastIndexOf("/")));
  if (!kind || !node) throw new Error(`unmapped schema error ${e.keyword} at ${e.schemaPath}`);
  return { which: "invalid", at: pointer, kind, node };
}
function checkSchema(dialect, data, sink, budget = Infinity, doc, source, boundOthers = false) {
  const omitted = { unknown: 0, other: 0 };
  const large = doc !== void 0 && budget < Infinity && typeof data === "object" && data !== null && heavierThan(data, VIEWS_FROM);
  const planned = large ? planViews(data, () => schemaFacts(dialect.schema)) : void 0;
  const heavies = planned && schemaFacts(dialect.schema).safe ? planned : void 0;
  let errors;
  if (heavies && doc) {
    errors = firstInViews(dialect, heavies, budget, doc, omitted, boundOthers, reportedBy(dialect, boundOthers));
  } else {
    if (dialect.validate(data)) return omitted;
    errors = dialect.validate.errors ?? [];
    if (doc && errors.length > budget) {
      const unknown = errors.filter((e) => e.keyword === "additionalProperties");
      if (unknown.length > budget) {
        const placed = unknown.map((e) => ({ e, at: keyOffset(doc, child(e.instancePath, e.params.additionalProperty)) }));
        placed.sort((a, b) => a.at - b.at);
        const first = new Set(placed.slice(0, budget).map((p) => p.e));
        omitted.unknown = unknown.length - budget;
        errors = errors.filter((e) => e.keyword !== "additionalProperties" || first.has(e));
      }
      if (boundOthers) errors = firstGroups(errors, budget, doc, omitted, reportedBy(dialect, boundOthers));
    }
  }
  const rule = schemaRuleId(dialect);
  for (const e of errors) mapError(dialect, data, e, rule, sink, source);
  return omitted;
}
function firstInViews(dialect, heavies, budget, doc, omitted, boundOthers, reported) {
  const unknown = new FirstInText(budget);
  const others = new FirstInText(boundOthers ? budget : Infinity);
  let seq = 0;
  let groups = /* @__PURE__ */ new Map();
  const flush = () => {
    for (const g of groups.values()) if (!reported || reported(g.errors)) others.add(g.at, g.seq, g.errors);
    groups = /* @__PURE__ */ new Map();
  };
  validateInViews(dialect.validate, heavies, (e) => {
    if (e.keyword === "additionalProperties") {
      unknown.add(keyOffset(doc, child(e.instancePath, e.params.additionalProperty)), seq++, e);
      return;
    }
    const id = findingOf2(e);
    if (id === void 0) return;
    let group = groups.get(id.id);
    if (!group) groups.set(id.id, group = { at: keyOffset(doc, id.at), seq: seq++, errors: [] });
    group.errors.push(e);
  }, flush);
  flush();
  omitted.unknown = Math.max(0, unknown.total - budget);
  if (boundOthers) omitted.other = Math.max(0, others.total - budget);
  const kept2 = [...unknown.first().map((u) => ({ seq: u.seq, errors: [u.value] })), ...others.first().map((g) => ({ seq: g.seq, errors: g.value }))];
  kept2.sort((a, b) => a.seq - b.seq);
  return kept2.flatMap((k) => k.errors);
}
var FirstInText = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  total = 0;
  items = [];
  /** The place of the last item held, once `limit` items were sorted: later ones are not held. */
  bound;
  /** Whether an item at this place would be held (`add` would keep it, for now). */
  wants(at, seq) {
    const b = this.bound;
    return b === void 0 || at < b.at || at === b.at && seq < b.seq;
  }
  add(at, seq, value) {
    this.total++;
    if (!this.wants(at, seq)) return;
    this.items.push({ at, seq, value });
    if (this.bound === void 0 ? this.items.length >= this.limit : this.items.length >= 2 * this.limit + 1024) this.cut();
  }
  first() {
    this.cut();
    return this.items;
  }
  cut() {
    if (this.items.length < this.limit) return;
    this.items.sort((a, b) => a.at - b.at || a.seq - b.seq);
    this.items.length = this.limit;
    const last = this.items[this.limit - 1];
    this.bound = last ? { at: last.at, seq: last.seq } : { at: -Infinity, seq: -Infinity };
  }
};
function findingOf2(e) {
  if (e.keyword === "additionalProperties" || e.keyword === "if" || e.keyword === "anyOf" || e.schemaPath.includes("/anyOf/") || e.propertyName !== void 0) return void 0;
  const params = e.params;
  const pointer = e.keyword === "required" ? child(e.instancePath, params.missingProperty) : e.keyword === "propertyNames" ? child(e.instancePath, params.propertyName) : e.instancePath;
  return { id: `${pointer}#${e.keyword === "propertyNames" ? "key" : "value"}`, at: e.keyword === "required" ? e.instancePath : pointer };
}
function firstGroups(errors, budget, doc, omitted, reported) {
  const groups = /* @__PURE__ */ new Map();
  const kept2 = [];
  for (const e of errors) {
    const finding = findingOf2(e);
    if (!finding) {
      kept2.push(e);
      continue;
    }
    let group = groups.get(finding.id);
    if (!group) groups.set(finding.id, group = { at: keyOffset(doc, finding.at), errors: [] });
    group.errors.push(e);
  }
  if (groups.size <= budget) return errors;
  const order = [...groups.values()].filter((g) => !reported || reported(g.errors)).sort((a, b) => a.at - b.at);
  for (const g of order.slice(0, budget)) kept2.push(...g.errors);
  omitted.other = Math.max(0, order.length - budget);
  return kept2;
}
function keyOffset(doc, pointer) {
  const loc = doc.loc(pointer);
  return loc ? (loc.key ?? loc.value).start : Number.MAX_SAFE_INTEGER;
}
function mapError(dialect, data, e, rule, sink, source) {
  const site = errorSite(dialect, e);
  if (!site) return;
  const pointer = e.instancePath;
  switch (site.which) {
    case "missing":
      sink.missing(rule, site.at, pointer === "" ? {} : { detail: `Add ${site.name} to ${label(data, pointer)}.` });
      return;
    case "unknown": {
      const { name } = site;
      const known3 = knownNames(site.node);
      const near = closest(name, known3);
      const where = pointer === "" ? "" : ` of ${label(data, pointer)}`;
      const rename2 = renameFor(name, get(data, pointer), known3);
      sink.reporter(rule).lint("UnknownParameter", site.at, {
        target: "key",
        detail: `${quote(name)} is not a field${where} in the documented request body.${near ? ` Did you mean "${near}"?` : ""}`,
        ...rename2 ? { fix: { from: name, to: rename2, quotes: "keep" } } : {}
      });
      return;
    }
    case "propertyNames": {
      const { name, names } = site;
      const n = codePoints(name);
      const detail = n === 0 ? `An empty key is not allowed in ${label(data, pointer)}; keys have ${names?.minLength ?? 1}\u2013${names?.maxLength} characters.` : `The key ${quote(name)} has ${n} characters; at most ${names?.maxLength} are allowed.`;
      sink.invalid(rule, site.at, "bounds", { target: "key", detail }, site.parameter);
      return;
    }
  }
  const { kind, node } = site;
  const container = e.keyword.endsWith("Properties") || e.keyword.endsWith("Items");
  const value = get(data, pointer);
  const fix = e.keyword === "type" ? typeFix(value, String(e.params.type), isSecret(node, dialect, pointer)) : void 0;
  const o = {
    target: container ? "container" : "value",
    // A number is quoted as written: its double may differ (9007199254740993, 1e400).
    detail: describe(e, node, value, label(data, pointer), dialect, pointer, typeof value === "number" ? source?.(pointer) : void 0)
  };
  if (fix) o.fix = fix;
  sink.invalid(rule, pointer, kind, o);
}
function isSecret(node, dialect, pointer) {
  const last = tokens(pointer).pop();
  return node["x-secret"] === true || schemaAtPointer(dialect, pointer)?.["x-secret"] === true || last !== void 0 && isSecretName(last);
}
function typeFix(value, expected, secret) {
  if (typeof value !== "string" || secret) return void 0;
  const types = expected.split(",");
  const integer = /^-?(0|[1-9]\d{0,14})$/.test(value);
  const number = integer || /^-?(0|[1-9]\d{0,14})\.\d{1,15}$/.test(value);
  const fits = types.includes("integer") && integer || types.includes("number") && number || types.includes("boolean") && (value === "true" || value === "false");
  return fits ? { from: value, to: value, quotes: "drop" } : void 0;
}
function renameFor(name, object, known3) {
  const target = soleCandidate(name, known3);
  if (target === void 0 || !isObject(object) || Object.hasOwn(object, target)) return void 0;
  let cache = renameTargets.get(object);
  if (!cache) {
    cache = /* @__PURE__ */ new Map();
    for (const key of Object.keys(object)) {
      if (known3.includes(key)) continue;
      const t = soleCandidate(key, known3);
      if (t !== void 0) cache.set(t, (cache.get(t) ?? 0) + 1);
    }
    renameTargets.set(object, cache);
  }
  return cache.get(target) === 1 ? target : void 0;
}
var renameTargets = /* @__PURE__ */ new WeakMap();
function soleCandidate(name, known3) {
  let found2;
  for (const k of known3) {
    if (k === name || distance(name, k, false) > 2) continue;
    if (found2 !== void 0) return void 0;
    found2 = k;
  }
  return found2;
}
var namesOf = /* @__PURE__ */ new WeakMap();
function knownNames(node) {
  if (!node) return [];
  let names = namesOf.get(node);
  if (!names) namesOf.set(node, names = Object.keys(node.properties ?? {}).filter((k) => k !== "$schema"));
  return names;
}
function label(data, pointer) {
  let out = "";
  let value = data;
  for (const t of tokens(pointer)) {
    out += Array.isArray(value) ? `[${t}]` : out === "" ? t : `.${t}`;
    value = get(value, child("", t));
  }
  return out || "The request body";
}
function codePoints(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
var TYPE_NAMES = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "an array"
};
function typeOf(value, src) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") {
    if (Number.isNaN(value)) return "not a number";
    if (!Number.isFinite(value)) {
      if (src === void 0 || /^[-+]?\.inf$/i.test(src)) return "infinity";
      return `${/^[-+]?\d+$/.test(src) ? "an integer" : "a number"} beyond the range of a 64-bit float`;
    }
    return Number.isInteger(value) ? "a number" : "a number with a fraction";
  }
  if (typeof value === "string") return "a string";
  if (typeof value === "boolean") return "a boolean";
  return "an object";
}
function describe(e, node, value, name, dialect, pointer, src) {
  const secret = isSecret(node, dialect, pointer);
  const p = e.params;
  const say = (v, hidden = false) => !hidden && typeof v === "number" && src !== void 0 ? numberAsWritten(v, src) : quote(v, hidden);
  switch (e.keyword) {
    case "type": {
      const expected = String(p.type).split(",").map((t) => TYPE_NAMES[t] ?? t).join(" or ");
      const shown = secret || typeof value === "object" ? "" : ` (${say(value)})`;
      const hint = p.type === "boolean" && typeof value === "string" ? booleanHint(value) : p.type === "string" ? quotedHint(value, node) : "";
      return `${name} is ${typeOf(value, src)}${shown}; it must be ${expected}.${hint}`;
    }
    case "minLength":
    case "maxLength": {
      const n = typeof value === "string" ? codePoints(value) : 0;
      if (n === 0) return `${name} is empty; at least ${p.limit} character${p.limit === 1 ? " is" : "s are"} required.`;
      return `${name} has ${n} characters; at ${e.keyword === "maxLength" ? "most" : "least"} ${p.limit} ${p.limit === 1 ? "is" : "are"} allowed.`;
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const edge = e.keyword.includes("inimum") ? "smallest" : "largest";
      const when = node["x-hint"] ? ` ${node["x-hint"]}` : "";
      return `${name} is ${say(value, secret)}; the ${edge} allowed value is ${p.limit}${when}.`;
    }
    case "minProperties":
    case "maxProperties": {
      const n = value && typeof value === "object" ? Object.keys(value).length : 0;
      if (n === 0) return `${name} is empty; at least ${p.limit} member${p.limit === 1 ? " is" : "s are"} required.`;
      return `${name} has ${n} members; at ${e.keyword === "maxProperties" ? "most" : "least"} ${p.limit} are allowed.`;
    }
    case "minItems":
    case "maxItems":
      return `${name} has ${Array.isArray(value) ? value.length : 0} elements; at ${e.keyword === "maxItems" ? "most" : "least"} ${p.limit} are allowed.`;
    case "multipleOf": {
      const step = Number(p.multipleOf);
      const decimals = Math.round(-Math.log10(step));
      return Number.isInteger(decimals) && 10 ** -decimals === step ? `${name} is ${say(value, secret)}; at most ${decimals} decimals are allowed.` : `${name} is ${say(value, secret)}; it must be a multiple of ${step}.`;
    }
    case "enum":
    case "const": {
      const allowed = (e.keyword === "enum" ? p.allowedValues : [p.allowedValue]).map((v) => JSON.stringify(v));
      const note = typeof value === "string" && !secret ? node["x-enum-notes"]?.find((n) => new RegExp(n.pattern).test(value)) : void 0;
      if (note) return `${name} is ${say(value)}, ${note.note}; allowed values are ${allowed.join(", ")}.`;
      const near = typeof value === "string" && !secret ? closest(value, allowedStrings(p)) : void 0;
      const hint = near ? ` Did you mean "${near}"?` : "";
      return `${name} is ${say(value, secret)}; allowed values are ${allowed.join(", ")}.${hint}`;
    }
    default: {
      const hint = node["x-hint"];
      return `${name} ${secret ? "is not in the expected format" : `${say(value)} is not valid`}${hint ? `: ${hint}` : ""}.`;
    }
  }
}
function booleanHint(value) {
  if (/^(yes|no|on|off|y|n)$/i.test(value)) {
    const meant = /^(yes|on|y)$/i.test(value) ? "true" : "false";
    return ` YAML 1.2 reads ${value} as a string (only YAML 1.1 read it as a boolean): write ${meant}, without quotes.`;
  }
  if (/^(true|false)$/i.test(value)) return ` The quotes make it a string: write ${value.toLowerCase()} without quotes.`;
  return "";
}
function quotedHint(value, node) {
  if (typeof value !== "boolean" && typeof value !== "number") return "";
  return node.enum?.includes(String(value)) ? ` Write "${String(value)}", in quotes.` : "";
}
function allowedStrings(p) {
  const list = p.allowedValues ?? [p.allowedValue];
  return list.filter((v) => typeof v === "string" && v !== "");
}

// src/catalogue/codes.ts
function schemaCodes(dialect, resolve11 = "reported") {
  const table = resolve11 === "listed" || dialect.errorTable;
  const out = /* @__PURE__ */ new Map();
  const add2 = (resolved, parameter) => {
    const key = `${resolved.code}
${resolved.message}`;
    if (!out.has(key)) out.set(key, { code: resolved.code, message: resolved.message, origin: resolved.origin === "api" ? "api" : "template", parameter });
  };
  const visit = (node, seen) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    const target = deref(dialect.schema, node);
    const param = target["x-parameter"];
    if (param && param !== "HttpBody" && param !== "$schema") {
      const kinds = /* @__PURE__ */ new Set(["type"]);
      checkKinds(target, kinds);
      const codeParam = dialect.codeName(param);
      for (const kind of kinds) add2(table ? invalid(codeParam, kind, {}, param) : template("invalid", codeParam, {}, param), param);
    }
    for (const name of target.required ?? []) {
      const childParam = target.properties?.[name]?.["x-parameter"];
      if (!childParam) continue;
      const codeParam = dialect.codeName(childParam);
      add2(table ? missing(codeParam, {}, childParam) : template("missing", codeParam, {}, childParam), childParam);
    }
    for (const child2 of Object.values(target.properties ?? {})) visit(child2, seen);
    if (typeof target.additionalProperties === "object") visit(target.additionalProperties, seen);
    visit(target.items, seen);
    visit(target.propertyNames, seen);
  };
  visit(dialect.schema, /* @__PURE__ */ new Set());
  return [...out.values()];
}
function checkKinds(node, kinds) {
  for (const keyword of Object.keys(node)) if (KEYWORD_KIND[keyword]) kinds.add(KEYWORD_KIND[keyword]);
  const parts = [...Array.isArray(node.allOf) ? node.allOf : [], node.then, node.else];
  for (const part of parts) if (part && typeof part === "object") checkKinds(part, kinds);
}
function templateCodes(dialect) {
  const out = /* @__PURE__ */ new Map();
  for (const c of schemaCodes(dialect, "listed")) if (c.origin === "template" && !out.has(c.code)) out.set(c.code, { code: c.code, message: c.message, parameter: c.parameter });
  return [...out.values()].sort((a, b) => a.code < b.code ? -1 : 1);
}
var known;
function knownCodes() {
  if (known) return known;
  const all = /* @__PURE__ */ new Set([
    ...API_ROWS.map((r) => r.code).filter((c) => !c.includes("{Parameter}")),
    ...Object.values(DIALECTS).flatMap((d) => templateCodes(d).map((t) => t.code)),
    ...LINT_CODES.map((l) => l.code)
  ]);
  const fixed = /* @__PURE__ */ new Set();
  const keyed = [];
  for (const code of all) {
    const at = code.indexOf("{key}");
    if (at < 0) fixed.add(code);
    else keyed.push({ before: code.slice(0, at), after: code.slice(at + "{key}".length) });
  }
  const names = [...fixed, ...new Set(keyed.map((k) => `${k.before}*`))];
  known = { fixed, keyed, names };
  return known;
}
function codeNameProblem(name) {
  const { fixed, keyed, names } = knownCodes();
  const shown = JSON.stringify(name);
  const placeholder = /\{(key|Parameter)\}/.exec(name);
  if (placeholder) return `${shown} is the catalogue's pattern, not a code: write the code with the ${placeholder[1]} filled in, or "${name.slice(0, placeholder.index)}*" for all of them`;
  if (name.endsWith("*")) {
    const prefix = name.slice(0, -1);
    if ([...fixed].some((c) => c.startsWith(prefix)) || keyed.some((k) => k.before.startsWith(prefix) || prefix.startsWith(k.before))) return void 0;
    const near2 = nearestPrefix(prefix, names);
    return `${shown} matches no code${near2 ? `; did you mean "${near2}*"?` : ""}`;
  }
  if (fixed.has(name) || keyed.some((k) => name.length >= k.before.length + k.after.length && name.startsWith(k.before) && name.endsWith(k.after))) return void 0;
  if ([...fixed].some((c) => c.startsWith(name)) || keyed.some((k) => k.before.startsWith(name))) {
    return `${shown} is not a code; to match every code that starts with it, write "${name}*"`;
  }
  const near = closest(name, names);
  return `${shown} is not a code clusterlint reports${near ? `; did you mean "${near}"?` : ""}`;
}
function nearestPrefix(prefix, names) {
  for (const delta of [0, -1, 1, -2, 2]) {
    const length = prefix.length + delta;
    if (length < 1) continue;
    const candidates = /* @__PURE__ */ new Set();
    for (const n of names) {
      const code = n.endsWith("*") ? n.slice(0, -1) : n;
      if (code.length >= length) candidates.add(code.slice(0, length));
    }
    const near = closest(prefix, [...candidates]);
    if (near !== void 0) return near;
  }
  return void 0;
}

// src/config/limits.ts
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
function maxFileSize(config2) {
  return config2.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}
var DEFAULT_MAX_FINDINGS = 1e3;
function maxFindings(config2) {
  return config2.maxFindingsPerFile ?? DEFAULT_MAX_FINDINGS;
}
var SNIFF_BYTES = 64 * 1024;
var MAX_DEPTH = 128;
var TOO_DEEP = `Objects and arrays are nested more than ${MAX_DEPTH} levels deep here; clusterlint reads at most ${MAX_DEPTH} levels.`;
var MAX_VALUES = 5e5;
var TOO_MANY_VALUES = `The file holds more than ${MAX_VALUES} values; clusterlint reads at most ${MAX_VALUES}.`;
var MAX_YAML_TOKENS = 4e5;
var TOO_MANY_TOKENS = `The file holds more than ${MAX_YAML_TOKENS} YAML tokens (keys, values, punctuation, line breaks); clusterlint reads at most ${MAX_YAML_TOKENS}.`;
var MAX_YAML_DOCUMENTS = 1e4;
var TOO_MANY_DOCUMENTS = `The file holds more than ${MAX_YAML_DOCUMENTS} YAML documents; clusterlint reads at most ${MAX_YAML_DOCUMENTS}.`;
var MAX_ALIAS_EXPANSION = 1e4;

// src/parse/document.ts
var NO_FLOATS = /* @__PURE__ */ new Set();
function bareDocument(index, start, data, syntax) {
  return { index, data, ...syntax ? { syntax } : {}, floatIntegers: NO_FLOATS, duplicates: [], loc: () => void 0, start };
}

// src/parse/json.ts
function parseJson(text) {
  const start = rootStart(text);
  let shape = mayHoldTooManyValues(text) ? scanJson(text) : void 0;
  if (shape?.syntax) return bareDocument(0, start, void 0, shape.syntax);
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return bareDocument(0, start, void 0, scanJson(text).syntax ?? { span: { start: 0, end: Math.min(1, text.length) }, detail: e.message });
  }
  const duplicated = !keysMatch(text, data);
  if (!shape && duplicated) shape = scanJson(text);
  if (shape?.syntax) return bareDocument(0, start, void 0, shape.syntax);
  return new JsonDocument(text, data, shape, floatIntegerKeys(text), shape && duplicated ? shape.duplicates() : [], start);
}
var JsonDocument = class {
  constructor(text, data, shape, floatIntegerKeys2, duplicates, start) {
    this.text = text;
    this.data = data;
    this.shape = shape;
    this.floatIntegerKeys = floatIntegerKeys2;
    this.duplicates = duplicates;
    this.start = start;
  }
  text;
  data;
  shape;
  floatIntegerKeys;
  duplicates;
  start;
  index = 0;
  floats;
  /** Most candidates stand under keys no schema types as integer, and are never asked for. */
  get floatIntegers() {
    return this.floats ??= this.floatIntegerKeys.length ? this.scanned().floatIntegers() : NO_FLOATS;
  }
  loc(pointer) {
    return this.scanned().loc(pointer);
  }
  scanned() {
    return this.shape ??= scanJson(this.text);
  }
};
function looksLikeJson(text) {
  if (mayHoldTooManyValues(text)) {
    const problem = scanJson(text).syntax;
    if (problem) return problem.detail === TOO_MANY_VALUES || problem.detail === TOO_DEEP;
  }
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function mayHoldTooManyValues(text) {
  if (text.length <= 2 * MAX_VALUES) return false;
  let marks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 44 || c === 91 || c === 123 || c === 58) && ++marks >= MAX_VALUES) return true;
  }
  return false;
}
function rootStart(text) {
  const m = /[^ \t\r\n]/.exec(text);
  const start = m ? m.index : text.length;
  return { start, end: Math.min(start + 1, text.length) };
}
var STRING_TOKEN = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?/g;
function keysMatch(text, data) {
  if (text.includes("\\")) {
    let keys2 = 0;
    STRING_TOKEN.lastIndex = 0;
    for (let m = STRING_TOKEN.exec(text); m; m = STRING_TOKEN.exec(text)) if (m[1] !== void 0) keys2++;
    return keys2 === countKeys(data, 0, false);
  }
  let keys = 0;
  for (let i = text.indexOf(":"); i >= 0; i = text.indexOf(":", i + 1)) {
    let j = i - 1;
    while (j > 0 && isWhite(text.charCodeAt(j))) j--;
    if (text.charCodeAt(j) === 34) keys++;
  }
  return keys === countKeys(data, 0, true);
}
function opensWithColon(s) {
  const c = s.charCodeAt(0);
  return c === 58 || c === 32 && /^ +:/.test(s);
}
function nestsTooDeep(data) {
  return countKeys(data, 0, false) < 0;
}
function countKeys(v, depth, colons) {
  if (typeof v !== "object" || v === null) return colons && typeof v === "string" && opensWithColon(v) ? 1 : 0;
  if (depth >= MAX_DEPTH) return -1;
  let count2 = 0;
  if (Array.isArray(v)) {
    for (const item of v) {
      if (typeof item !== "object" && typeof item !== "string") continue;
      const n = countKeys(item, depth + 1, colons);
      if (n < 0) return -1;
      count2 += n;
    }
    return count2;
  }
  for (const key in v) {
    count2 += colons && opensWithColon(key) ? 2 : 1;
    const item = v[key];
    if (typeof item !== "object" && typeof item !== "string") continue;
    const n = countKeys(item, depth + 1, colons);
    if (n < 0) return -1;
    count2 += n;
  }
  return count2;
}
var isDigit = (c) => c >= 48 && c <= 57;
var isNumberChar = (c) => isDigit(c) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;
var isWhite = (c) => c === 32 || c === 10 || c === 13 || c === 9;
var opensValue = (c) => c === 58 || c === 44 || c === 91 || isWhite(c);
var closesValue = (c) => c === 44 || c === 125 || c === 93 || isWhite(c);
var FLOAT_MARK = /\d[.eE]/g;
function floatIntegerKeys(text) {
  const keys = [];
  FLOAT_MARK.lastIndex = 0;
  while (FLOAT_MARK.test(text)) {
    const mark = FLOAT_MARK.lastIndex - 1;
    let a = mark - 1;
    while (a > 0 && isNumberChar(text.charCodeAt(a - 1))) a--;
    let b = mark + 1;
    while (b < text.length && isNumberChar(text.charCodeAt(b))) b++;
    FLOAT_MARK.lastIndex = b;
    if (a > 0 && !opensValue(text.charCodeAt(a - 1))) continue;
    if (b < text.length && !closesValue(text.charCodeAt(b))) continue;
    if (Number.isInteger(Number(text.slice(a, b)))) keys.push(keyBefore(text, a));
  }
  return keys;
}
function keyBefore(text, at) {
  let j = at - 1;
  while (j > 0 && isWhite(text.charCodeAt(j))) j--;
  if (text.charCodeAt(j) !== 58) return "";
  j--;
  while (j > 0 && isWhite(text.charCodeAt(j))) j--;
  if (j <= 0 || text.charCodeAt(j) !== 34) return "";
  const open2 = text.lastIndexOf('"', j - 1);
  if (open2 < 0 || text.charCodeAt(open2 - 1) === 92) return "";
  const key = text.slice(open2 + 1, j);
  return key.includes("\\") ? "" : key;
}
var OBJECT = 1;
var ARRAY = 2;
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function found(text, i) {
  if (i >= text.length) return "the end of the file";
  const c = text.codePointAt(i);
  if (c === 0) return "a NUL byte";
  if (c < 32 || c === 127) return `control character U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  return `'${String.fromCodePoint(c)}'`;
}
var Stop = class extends Error {
  constructor(problem) {
    super(problem.detail);
    this.problem = problem;
  }
  problem;
};
var KIND = 0;
var PARENT = 1;
var KEY_START = 2;
var KEY_END = 3;
var START = 4;
var END = 5;
var STRIDE = 6;
var MAX_PROBES = 128;
function slotOf(hash, mask2) {
  const h = Math.imul(hash ^ hash >>> 16, 2246822507);
  return (h ^ h >>> 13) & mask2;
}
function hashText(text, start, end) {
  let h = 2166136261 | 0;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}
var JsonShape = class {
  constructor(text) {
    this.text = text;
  }
  text;
  nodes = new Int32Array(STRIDE * 64);
  /** How many nodes there are. */
  count = 0;
  /** Numbers whose value is whole but which are written with a fraction or exponent. */
  floats = [];
  syntax;
  kids = /* @__PURE__ */ new Map();
  /** An object's members by the hash of their key (`keyHash`): a node, or the nodes of keys whose hashes collide. */
  byKey = /* @__PURE__ */ new Map();
  /** An object's members by key, where its table would need a probe longer than `MAX_PROBES`. */
  byName = /* @__PURE__ */ new Map();
  /** Adds a node under `parent` and returns its id. */
  add(parent2, keyStart, keyEnd, start) {
    const id = this.count++;
    let at = id * STRIDE;
    if (at + STRIDE > this.nodes.length) {
      const grown = new Int32Array(this.nodes.length * 2);
      grown.set(this.nodes);
      this.nodes = grown;
    }
    const nodes = this.nodes;
    nodes[at++] = 0;
    nodes[at++] = parent2;
    nodes[at++] = keyStart;
    nodes[at++] = keyEnd;
    nodes[at++] = start;
    nodes[at] = start;
    return id;
  }
  /** One field of a node. */
  field(node, field) {
    return this.nodes[node * STRIDE + field];
  }
  /** Sets one field of a node. */
  set(node, field, value) {
    this.nodes[node * STRIDE + field] = value;
  }
  /** The children of a node, in text order (kept for the nodes asked about: a large object is asked many times). */
  children(node) {
    let out = this.kids.get(node);
    if (out) return out;
    out = [];
    const end = this.field(node, END);
    for (let c = node + 1; c < this.count && this.field(c, START) < end; c++) if (this.field(c, PARENT) === node) out.push(c);
    this.kids.set(node, out);
    return out;
  }
  /**
   * Indexes an object's members by the hash of their key (for a repeated key, the last), kept like
   * `children`: a table of numbers sized once for the object. A Map of the keys held a second
   * copy of every key of the body, and grew by doubling (500,000 keys: about 35 MB more heap;
   * issue 15). Keys crafted to share a hash (it is no secret) make long probes: past
   * `MAX_PROBES`, the object is indexed by the keys themselves, as before.
   */
  index(node) {
    if (this.byKey.has(node) || this.byName.has(node)) return;
    const kids = this.children(node);
    let size = 8;
    while (size < 2 * kids.length) size *= 2;
    const slots = new Int32Array(2 * size);
    const mask2 = size - 1;
    for (const c of kids) {
      const h = this.keyHash(c);
      for (let i = slotOf(h, mask2), probes = 0; ; i = i + 1 & mask2, probes++) {
        const held = slots[2 * i + 1];
        if (held === 0) {
          slots[2 * i] = h;
          slots[2 * i + 1] = c + 1;
          break;
        }
        if (slots[2 * i] === h && this.key(held - 1) === this.key(c)) {
          slots[2 * i + 1] = c + 1;
          break;
        }
        if (probes >= MAX_PROBES) {
          const named2 = /* @__PURE__ */ new Map();
          for (const m of kids) named2.set(this.key(m), m);
          this.byName.set(node, named2);
          return;
        }
      }
    }
    this.byKey.set(node, { slots, mask: mask2 });
  }
  /** The member of an object with a key (for a repeated key, the last), or -1. */
  member(node, key) {
    this.index(node);
    const named2 = this.byName.get(node);
    if (named2) return named2.get(key) ?? -1;
    const { slots, mask: mask2 } = this.byKey.get(node);
    const h = hashText(key, 0, key.length);
    for (let i = slotOf(h, mask2); ; i = i + 1 & mask2) {
      const held = slots[2 * i + 1];
      if (held === 0) return -1;
      if (slots[2 * i] === h && this.hasKey(held - 1, key)) return held - 1;
    }
  }
  /** Whether a member node's key is `key` (its text compared in place when neither has an escape). */
  hasKey(node, key) {
    const start = this.field(node, KEY_START) + 1;
    const end = this.field(node, KEY_END) - 1;
    if (!key.includes("\\") && end - start === key.length && this.text.startsWith(key, start)) return true;
    return this.escaped(start, end) && this.key(node) === key;
  }
  /** Whether the text from `start` to `end` holds a backslash (an escape, in a key). */
  escaped(start, end) {
    for (let i = start; i < end; i++) if (this.text.charCodeAt(i) === 92) return true;
    return false;
  }
  /** The hash of a member node's decoded key, read in place from the text when it has no escape. */
  keyHash(node) {
    const start = this.field(node, KEY_START) + 1;
    const end = this.field(node, KEY_END) - 1;
    if (!this.escaped(start, end)) return hashText(this.text, start, end);
    const key = this.key(node);
    return hashText(key, 0, key.length);
  }
  /**
   * One node's place, for walks over every node in text order: its parent (-1 for the root), its
   * key's span (`keyStart` -1 in an array), its value's span (empty while the scan had not finished
   * the value) and whether it is an object or array.
   */
  place(node, into) {
    const at = node * STRIDE;
    const n = this.nodes;
    into.parent = n[at + PARENT];
    into.keyStart = n[at + KEY_START];
    into.keyEnd = n[at + KEY_END];
    into.start = n[at + START];
    into.end = n[at + END];
    into.container = n[at + KIND] !== 0;
  }
  /** The decoded key of a member node. */
  key(node) {
    const raw = this.text.slice(this.field(node, KEY_START) + 1, this.field(node, KEY_END) - 1);
    return raw.includes("\\") ? JSON.parse(`"${raw}"`) : raw;
  }
  /** The JSON Pointer of a node. */
  pointer(node) {
    const parent2 = this.field(node, PARENT);
    if (parent2 < 0) return "";
    const up = this.pointer(parent2);
    return this.field(parent2, KIND) === ARRAY ? child(up, indexIn(this.children(parent2), node)) : child(up, this.key(node));
  }
  /** The node at a pointer (for a repeated key, the last one, whose value the data holds), or -1. */
  find(pointer) {
    if (this.count === 0) return -1;
    let node = 0;
    for (const token of tokens(pointer)) {
      const kind = this.field(node, KIND);
      let next = -1;
      if (kind === ARRAY) {
        if (/^(0|[1-9]\d*)$/.test(token)) next = this.children(node)[Number(token)] ?? -1;
      } else if (kind === OBJECT) {
        next = this.member(node, token);
      }
      if (next < 0) return -1;
      node = next;
    }
    return node;
  }
  /** Where the node at a pointer stands. */
  loc(pointer) {
    const n = this.find(pointer);
    if (n < 0 || this.field(n, END) <= this.field(n, START)) return void 0;
    const value = { start: this.field(n, START), end: this.field(n, END) };
    const head = this.field(n, KIND) === 0 ? value : { start: value.start, end: value.start + 1 };
    const keyStart = this.field(n, KEY_START);
    return keyStart >= 0 ? { key: { start: keyStart, end: this.field(n, KEY_END) }, value, head } : { value, head };
  }
  /** The pointers of the numbers written with a fraction or exponent whose value is whole. */
  floatIntegers() {
    return this.floats.length ? new Set(this.floats.map((n) => this.pointer(n))) : NO_FLOATS;
  }
  /** Every repeated key, in text order, with the span of the occurrence before it. */
  duplicates() {
    const out = [];
    for (let node = 0; node < this.count; node++) {
      if (this.field(node, KIND) !== OBJECT) continue;
      const seen = /* @__PURE__ */ new Map();
      for (const c of this.children(node)) {
        const name = this.key(c);
        const span = { start: this.field(c, KEY_START), end: this.field(c, KEY_END) };
        const earlier = seen.get(name);
        if (earlier) out.push({ pointer: this.pointer(c), key: span, firstKey: earlier });
        seen.set(name, span);
      }
    }
    return out.sort((a, b) => a.key.start - b.key.start);
  }
};
function indexIn(ids, node) {
  let lo = 0;
  let hi = ids.length - 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (ids[mid] < node) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function scanJson(text) {
  const scanner = new Scanner(text);
  try {
    scanner.run();
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    scanner.shape.syntax = e.problem;
  }
  return scanner.shape;
}
var Scanner = class {
  constructor(text) {
    this.text = text;
    this.shape = new JsonShape(text);
    this.n = text.length;
  }
  text;
  shape;
  n;
  i = 0;
  keyStart = -1;
  keyEnd = -1;
  run() {
    const { text, shape, n } = this;
    const open2 = [];
    let parent2 = -1;
    this.ws();
    if (this.i >= n) this.fail(this.i, "The file is empty; a request body must be a JSON object.");
    parseValue: while (true) {
      this.ws();
      let i = this.i;
      const node = shape.add(parent2, this.keyStart, this.keyEnd, i);
      if (shape.count > MAX_VALUES) this.fail(i, TOO_MANY_VALUES);
      const c = text.charCodeAt(i);
      if (c === 123 || c === 91) {
        if (open2.length >= MAX_DEPTH) this.fail(i, TOO_DEEP);
        const kind = c === 91 ? ARRAY : OBJECT;
        shape.set(node, KIND, kind);
        this.i = i + 1;
        this.ws();
        if (text.charCodeAt(this.i) === (kind === ARRAY ? 93 : 125)) {
          shape.set(node, END, ++this.i);
        } else {
          open2.push(node);
          parent2 = node;
          if (kind === ARRAY) this.keyStart = this.keyEnd = -1;
          else this.readKey();
          continue parseValue;
        }
      } else {
        if (c === 34) this.skipString();
        else if (c === 116 && text.startsWith("true", i)) this.i = i + 4;
        else if (c === 102 && text.startsWith("false", i)) this.i = i + 5;
        else if (c === 110 && text.startsWith("null", i)) this.i = i + 4;
        else {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (!m) {
            if (i >= n) this.fail(i, "The file ends where a value was expected.");
            this.fail(i, `Expected a value (object, array, string, number, true, false or null), found ${found(text, i)}.`);
          }
          const token = m[0];
          this.i = i + token.length;
          if (/[.eE]/.test(token) && Number.isInteger(Number(token))) shape.floats.push(node);
        }
        shape.set(node, END, this.i);
      }
      while (true) {
        const top = open2[open2.length - 1];
        if (top === void 0) {
          this.ws();
          if (this.i < n) this.fail(this.i, `Unexpected ${found(text, this.i)} after the end of the JSON value.`);
          break parseValue;
        }
        const isArray = shape.field(top, KIND) === ARRAY;
        this.ws();
        i = this.i;
        const d = text.charCodeAt(i);
        if (d === 44) {
          this.i = i + 1;
          this.ws();
          if (!isArray) this.readKey();
          continue parseValue;
        }
        if (d === (isArray ? 93 : 125)) {
          shape.set(top, END, this.i = i + 1);
          open2.pop();
          parent2 = open2.length ? open2[open2.length - 1] : -1;
          this.keyStart = this.keyEnd = -1;
          continue;
        }
        if (i >= n) this.fail(i, `The file ends inside ${isArray ? "an array" : "an object"}; a closing ${isArray ? "]" : "}"} is missing.`);
        this.fail(i, `Expected ',' or '${isArray ? "]" : "}"}' after ${isArray ? "an array element" : "a property value"}, found ${found(text, i)}.`);
      }
    }
  }
  fail(at, detail, len = 1) {
    const start = Math.min(at, this.n);
    throw new Stop({ span: { start, end: Math.min(start + len, this.n) }, detail });
  }
  ws() {
    const { text, n } = this;
    let i = this.i;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      i++;
    }
    this.i = i;
  }
  /** Skips a string token starting at a '"', checking its characters and escapes. */
  skipString() {
    const { text, n } = this;
    const start = this.i;
    let i = start + 1;
    while (true) {
      if (i >= n) this.fail(start, 'A string is not closed before the end of the file; add the closing ".', 1);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) this.fail(i, `A string contains ${found(text, i)}; write it as an escape such as \\n or \\t.`);
      if (c === 92) {
        const e = text.charCodeAt(i + 1);
        if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) i += 2;
        else if (e === 117 && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else this.fail(i, `Invalid escape sequence at ${found(text, i + 1)}; JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.`, 2);
      } else i++;
    }
    this.i = i + 1;
  }
  /** Reads `"key" :` inside an object and keeps the key's span for the member read next. */
  readKey() {
    const { text, n } = this;
    const start = this.i;
    if (text.charCodeAt(start) !== 34) {
      if (start >= n) this.fail(start, "The file ends inside an object; a closing } is missing.");
      this.fail(start, `Expected a property name in double quotes, found ${found(text, start)}.`);
    }
    this.skipString();
    this.keyStart = start;
    this.keyEnd = this.i;
    this.ws();
    if (text.charCodeAt(this.i) !== 58) this.fail(this.i, `Expected ':' after the property name, found ${found(text, this.i)}.`);
    this.i++;
  }
};

// src/parse/text.ts
import { isUtf8 } from "node:buffer";
var lenientUtf8;
function decodeUtf8(bytes2) {
  const unicode = unicodeBom(bytes2);
  if (unicode) {
    return { ok: false, text: decodeWithBom(bytes2, unicode), offset: 0, reason: `The file is encoded as ${unicode.name}; save it as UTF-8.` };
  }
  let start = 0;
  if (bytes2.length >= 3 && bytes2[0] === 239 && bytes2[1] === 187 && bytes2[2] === 191) start = 3;
  const body = start ? bytes2.subarray(start) : bytes2;
  if (isUtf8(body)) return { ok: true, text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8") };
  const bad = firstInvalidByte(body);
  const text = (lenientUtf8 ??= new TextDecoder("utf-8", { fatal: false, ignoreBOM: true })).decode(body.subarray(0, bad));
  const reason2 = `The file is not valid UTF-8: byte 0x${body[bad]?.toString(16).padStart(2, "0")} at byte offset ${bad + start} cannot start or continue a character; save the file as UTF-8.`;
  return { ok: false, text, offset: text.length, reason: reason2 };
}
function displayText(bytes2) {
  const unicode = unicodeBom(bytes2);
  return unicode ? decodeWithBom(bytes2, unicode) : new TextDecoder().decode(bytes2);
}
function unicodeBom(b) {
  const at = (...mark) => mark.every((m, i) => b[i] === m);
  if (at(255, 254, 0, 0)) return { name: "UTF-32 (little-endian, with a byte-order mark)", width: 4, littleEndian: true };
  if (at(0, 0, 254, 255)) return { name: "UTF-32 (big-endian, with a byte-order mark)", width: 4, littleEndian: false };
  if (at(255, 254)) return { name: "UTF-16 (little-endian, with a byte-order mark)", width: 2, littleEndian: true };
  if (at(254, 255)) return { name: "UTF-16 (big-endian, with a byte-order mark)", width: 2, littleEndian: false };
  return void 0;
}
function decodeWithBom(bytes2, bom) {
  const body = bytes2.subarray(bom.width);
  if (bom.width === 2) return new TextDecoder(bom.littleEndian ? "utf-16le" : "utf-16be", { ignoreBOM: true }).decode(body);
  const view = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const pieces = [];
  let piece = [];
  for (let i = 0; i + 4 <= body.length; i += 4) {
    const cp = view.getUint32(i, bom.littleEndian);
    piece.push(cp > 1114111 || cp >= 55296 && cp <= 57343 ? 65533 : cp);
    if (piece.length === 8192) {
      pieces.push(String.fromCodePoint(...piece));
      piece = [];
    }
  }
  pieces.push(String.fromCodePoint(...piece));
  if (body.length % 4) pieces.push("\uFFFD");
  return pieces.join("");
}
function firstInvalidByte(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need;
    let min;
    if (c < 128) {
      i++;
      continue;
    } else if (c >= 194 && c <= 223) {
      need = 1;
      min = 128;
    } else if (c >= 224 && c <= 239) {
      need = 2;
      min = 2048;
    } else if (c >= 240 && c <= 244) {
      need = 3;
      min = 65536;
    } else return i;
    let cp = c & 63 >> need;
    for (let k = 1; k <= need; k++) {
      const cc = b[i + k];
      if (cc === void 0 || (cc & 192) !== 128) return i;
      cp = cp << 6 | cc & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need + 1;
  }
  return b.length;
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts;
  /** The offset where each line starts, in a typed array (a file of line breaks has millions). */
  lineStarts() {
    if (this.starts) return this.starts;
    const t = this.text;
    const each = t.includes("\r") ? eachBreak : eachLf;
    let lines = 1;
    each(t, () => lines++);
    const starts = new Uint32Array(lines);
    let n = 1;
    each(t, (start) => starts[n++] = start);
    this.starts = starts;
    return starts;
  }
  /**
   * The 1-based line and column of an offset (clamped to the text). An offset between the CR and
   * the LF of one CRLF break counts as the end of its line, so a column never passes the line's
   * last character by more than one.
   */
  position(offset) {
    const starts = this.lineStarts();
    let o = Math.max(0, Math.min(offset, this.text.length));
    if (o > 0 && this.text.charCodeAt(o) === 10 && this.text.charCodeAt(o - 1) === 13) o--;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - starts[lo] + 1 };
  }
  /** A span as a 1-based range with an exclusive end. */
  range(span) {
    const a = this.position(span.start);
    const b = this.position(Math.max(span.start, span.end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  /** The text of a 1-based line without its line break. */
  lineText(line) {
    const starts = this.lineStarts();
    const s = starts[line - 1];
    if (s === void 0) return "";
    const next = starts[line];
    let e = next === void 0 ? this.text.length : next;
    while (e > s && (this.text.charCodeAt(e - 1) === 10 || this.text.charCodeAt(e - 1) === 13)) e--;
    return this.text.slice(s, e);
  }
};
function eachBreak(t, found2) {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 10) found2(i + 1);
    else if (c === 13) {
      if (t.charCodeAt(i + 1) === 10) i++;
      found2(i + 1);
    }
  }
}
function eachLf(t, found2) {
  for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) found2(i + 1);
}

// src/io/vendor.ts
var load;
function requireHere() {
  if (typeof __require === "function") return __require;
  const builtins = process;
  return builtins.getBuiltinModule("node:module").createRequire(import.meta.url);
}
var loaded = /* @__PURE__ */ new Map();
function vendor(name) {
  return once(name, (load2) => load2(true ? `${"./vendor"}/${name}.cjs` : name));
}
function builtin(name) {
  return once(name, (load2) => load2(name));
}
function once(name, get2) {
  let lib = loaded.get(name);
  if (lib === void 0) {
    lib = get2(load ??= requireHere());
    loaded.set(name, lib);
  }
  return lib;
}

// src/parse/yaml.ts
var Y;
function parseYaml(text) {
  Y = vendor("yaml");
  const source = text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
  const composer2 = new DocumentComposer((doc, index) => toSpecDocument(doc, index, text));
  const tokens2 = [];
  const keep2 = /^%/m.test(source);
  const stopped = parseTokens(source, keep2 ? (t) => tokens2.push(t) : (t) => composer2.next(t));
  if (keep2) for (const t of tokens2) composer2.next(t);
  const docs = composer2.end();
  if (tokens2.some((t) => t.type === "directive")) versionDirectives(tokens2, docs, text);
  if (stopped) docs.push(syntaxError(docs.length, spanAt(stopped.at, text), stopped.detail));
  if (docs.length === 0) {
    return [bareDocument(0, { start: 0, end: Math.min(1, text.length) }, null)];
  }
  return docs;
}
var PARSER_STACK_LIMIT = MAX_DEPTH + 16;
function parseTokens(text, take) {
  const parser = new Y.Parser();
  let count2 = 0;
  let documents = 0;
  for (const lexeme of new Y.Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) {
      if (token.type === "document" && ++documents > MAX_YAML_DOCUMENTS) return { at: token.offset, detail: TOO_MANY_DOCUMENTS };
      take(token);
    }
    if (++count2 > MAX_YAML_TOKENS) return { at: parser.offset, detail: TOO_MANY_TOKENS };
    if (parser.stack.length > PARSER_STACK_LIMIT) {
      const collections = parser.stack.filter((t) => t.type === "block-map" || t.type === "block-seq" || t.type === "flow-collection");
      return { at: (collections[MAX_DEPTH] ?? parser.stack[parser.stack.length - 1]).offset, detail: TOO_DEEP };
    }
  }
  for (const token of parser.end()) {
    if (token.type === "document" && ++documents > MAX_YAML_DOCUMENTS) return { at: token.offset, detail: TOO_MANY_DOCUMENTS };
    take(token);
  }
  return void 0;
}
function composer(asDirected = false) {
  const options = { uniqueKeys: false, merge: true, strict: false, stringKeys: false };
  return new Y.Composer(asDirected ? options : { ...options, schema: "core" });
}
function withoutTraces(run2) {
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run2();
  } finally {
    Error.stackTraceLimit = traces;
  }
}
function composeAsDirected(tokens2) {
  return withoutTraces(() => Array.from(composer(true).compose(tokens2)));
}
var DocumentComposer = class {
  constructor(each) {
    this.each = each;
  }
  each;
  composer = composer();
  out = [];
  next(token) {
    this.step(this.composer.next(token));
  }
  /** The documents, once every token is given. */
  end() {
    this.step(this.composer.end());
    return this.out;
  }
  step(docs) {
    for (const doc of withoutTraces(() => Array.from(docs))) this.out.push(this.each(doc, this.out.length));
  }
};
function versionDirectives(tokens2, docs, text) {
  const found2 = /* @__PURE__ */ new Map();
  let pending;
  let index = 0;
  for (const token of tokens2) {
    if (token.type === "directive") {
      const m = /^%YAML[ \t]+(\S+)/.exec(token.source);
      if (m) pending = { span: { start: token.offset, end: token.offset + token.source.length }, version: m[1] };
    } else if (token.type === "document") {
      if (pending && pending.version !== "1.2") found2.set(index, pending);
      pending = void 0;
      index++;
    }
  }
  if (found2.size === 0) return;
  const older = composeAsDirected(tokens2);
  const lines = new LineIndex(text);
  for (const [i, { span, version }] of found2) {
    const doc = docs[i];
    if (!doc || doc.syntax) continue;
    let changed = [];
    if (/^1\.[01]$/.test(version)) {
      const other = older[i];
      const contents = other?.contents;
      try {
        if (other && other.errors.length === 0) changed = differences(doc.data, contents ? new Walker(new Aliases(other), text, false).value(contents, "", void 0, false, 1) : null, "", []);
      } catch (e) {
        if (!(e instanceof WalkProblem)) throw e;
      }
    }
    const where = changed.slice(0, 3).map((p) => `${labelOf(doc.data, p)} (line ${lines.position((doc.loc(p)?.value ?? span).start).line})`);
    if (changed.length > 3) where.push(`${changed.length - 3} more`);
    const listed = where.length > 1 ? `${where.slice(0, -1).join(", ")} and ${where[where.length - 1]}` : where[0];
    const effect = !/^1\.[01]$/.test(version) ? "" : where.length ? ` A YAML ${version} reader would read ${listed} differently: write each so that both versions agree (true, not yes; 10, not 010), then remove the directive.` : ` No value of this document reads differently in YAML ${version}: the directive can go.`;
    const severity = /^1\.\d+$/.test(version) ? "warning" : "error";
    doc.versionDirective = { span, severity, detail: `This document declares %YAML ${version}; clusterlint reads every spec as YAML 1.2.${effect}` };
  }
}
function differences(a, b, pointer, out) {
  const isColl = (v) => typeof v === "object" && v !== null;
  if (!isColl(a) || !isColl(b) || Array.isArray(a) !== Array.isArray(b)) {
    if (!Object.is(a, b)) out.push(pointer);
    return out;
  }
  const x = a;
  const y = b;
  for (const k of Object.keys(x)) differences(x[k], Object.prototype.hasOwnProperty.call(y, k) ? y[k] : void 0, child(pointer, k), out);
  for (const k of Object.keys(y)) if (!Object.prototype.hasOwnProperty.call(x, k)) out.push(child(pointer, k));
  return out;
}
function labelOf(data, pointer) {
  let out = "";
  let value = data;
  for (const t of pointer.split("/").slice(1).map(unescapeToken)) {
    out += Array.isArray(value) ? `[${t}]` : out === "" ? t : `.${t}`;
    value = typeof value === "object" && value !== null ? value[t] : void 0;
  }
  return out || "the document";
}
function spanAt(offset, text) {
  return { start: offset, end: Math.min(offset + 1, text.length) };
}
function syntaxError(index, span, detail, start = span) {
  return bareDocument(index, start, void 0, { span, detail });
}
function toSpecDocument(doc, index, text) {
  const contents = doc.contents;
  const start = contents ? headOf(contents, text) : firstContent(doc, text);
  const error2 = doc.errors[0];
  if (error2) {
    const [a, b] = error2.pos;
    return syntaxError(index, { start: a, end: Math.max(b, a) }, cleanMessage(error2.message), start);
  }
  const aliases = new Aliases(doc);
  const first = new Walker(aliases, text, false);
  let data;
  try {
    data = contents ? first.value(contents, "", void 0, false, 1) : null;
  } catch (e) {
    if (!(e instanceof WalkProblem)) throw e;
    return syntaxError(index, e.span, e.message, start);
  }
  let locs;
  return {
    index,
    data,
    floatIntegers: first.floatIntegers,
    duplicates: first.duplicates,
    loc(pointer) {
      if (!locs) {
        const w = new Walker(aliases, text, true);
        if (contents) w.value(contents, "", void 0, false, 1);
        locs = w.locs;
      }
      return locs.get(pointer);
    },
    start
  };
}
var Aliases = class {
  constructor(doc) {
    this.doc = doc;
  }
  doc;
  targets;
  /** The node an alias refers to, if any. */
  target(alias) {
    if (!this.targets) {
      const targets = /* @__PURE__ */ new Map();
      const latest = /* @__PURE__ */ new Map();
      Y.visit(this.doc, {
        Node(_key, node) {
          if (Y.isAlias(node)) targets.set(node, latest.get(node.source));
          else if (node.anchor) latest.set(node.anchor, node);
        }
      });
      this.targets = targets;
    }
    return this.targets.get(alias);
  }
};
function cleanMessage(message) {
  const line = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").trim();
  const sentence = line.endsWith(".") ? line : `${line}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
function firstContent(doc, text) {
  const [a] = doc.range;
  const m = /[^\s]/.exec(text.slice(a));
  const s = m ? a + m.index : a;
  return { start: s, end: Math.min(s + 1, text.length) };
}
function headOf(node, text) {
  const [a, b] = node.range;
  if (Y.isMap(node) && !node.flow) {
    const key = node.items[0]?.key;
    if (key && key.range) return spanAt(key.range[0], text);
  }
  if (Y.isMap(node) || Y.isSeq(node)) return { start: a, end: Math.min(a + 1, text.length) };
  return { start: a, end: Math.max(a, b) };
}
var WalkProblem = class extends Error {
  constructor(message, span) {
    super(message);
    this.span = span;
  }
  span;
};
var Walker = class {
  constructor(aliases, text, withLocs) {
    this.aliases = aliases;
    this.text = text;
    this.withLocs = withLocs;
  }
  aliases;
  text;
  withLocs;
  locs = /* @__PURE__ */ new Map();
  duplicates = [];
  floatIntegers = /* @__PURE__ */ new Set();
  expanded = 0;
  /** The alias being expanded that is written outside any other expansion. */
  outerAlias;
  active = /* @__PURE__ */ new Set();
  /** Converts the node at `pointer` (`depth` levels down); `key` is the span of the key it stands under. */
  value(node, pointer, key, viaAlias, depth) {
    if (node === null) {
      if (this.withLocs && key) this.locs.set(pointer, { key, value: key, head: key });
      return null;
    }
    if (Y.isAlias(node)) {
      const target = this.aliases.target(node);
      if (!target) throw new WalkProblem(`The alias *${node.source} refers to no anchor.`, spanOf(node));
      if (this.active.has(target)) throw new WalkProblem(`The alias *${node.source} refers to a node that contains it (an alias cycle).`, spanOf(node));
      const outer = this.outerAlias;
      this.outerAlias ??= spanOf(node);
      try {
        return this.value(target, pointer, key, true, depth);
      } finally {
        this.outerAlias = outer;
      }
    }
    if (viaAlias && ++this.expanded > MAX_ALIAS_EXPANSION) {
      throw new WalkProblem(`Aliases expand this document to more than ${MAX_ALIAS_EXPANSION} nodes; this looks like an alias bomb.`, this.outerAlias ?? spanOf(node));
    }
    if (depth > MAX_DEPTH && (Y.isMap(node) || Y.isSeq(node))) throw new WalkProblem(TOO_DEEP, headOf(node, this.text));
    const anchored = node.anchor !== void 0;
    if (anchored) this.active.add(node);
    try {
      let result;
      if (Y.isMap(node)) result = this.map(node.items, pointer, viaAlias, depth);
      else if (Y.isSeq(node)) {
        const out = [];
        node.items.forEach((item, i) => {
          const at = child(pointer, i);
          out.push(Y.isPair(item) ? this.pair(item, at, viaAlias, depth + 1) : this.value(item, at, void 0, viaAlias, depth + 1));
        });
        result = out;
      } else if (Y.isScalar(node)) {
        result = node.value;
        const float = node.tag === FLOAT_TAG;
        if (float && typeof result === "string" && CORE_FLOAT.test(result)) result = Number(result);
        if (typeof result === "number" && Number.isInteger(result)) {
          const src = this.text.slice(node.range[0], node.range[1]);
          if (float || /^[-+]?(\d[\d_]*)?\.\d*|[eE]/.test(src) && !/^[-+]?0x/i.test(src)) this.floatIntegers.add(pointer);
        }
        if (typeof result === "bigint" || typeof result === "object" && result !== null) result = String(node.source ?? result);
      } else result = null;
      if (this.withLocs) this.record(node, pointer, key);
      return result;
    } finally {
      if (anchored) this.active.delete(node);
    }
  }
  record(node, pointer, key) {
    let end = node.range[1];
    while (end > node.range[0] && /\s/.test(this.text.charAt(end - 1))) end--;
    let value = { start: node.range[0], end };
    if (value.end <= value.start && key) value = key;
    const loc = { value, head: headOf(node, this.text) };
    if (value === key) loc.head = key;
    if (key) loc.key = key;
    this.locs.set(pointer, loc);
  }
  /**
   * A bare `key: value` pair standing in a sequence: the `!!omap` and `!!pairs` tags make each
   * item one. It is read as the one-member mapping it is written as.
   */
  pair(pair, pointer, viaAlias, depth) {
    const head = spanOf(pair.key ?? pair.value);
    if (depth > MAX_DEPTH) throw new WalkProblem(TOO_DEEP, head);
    const result = this.map([pair], pointer, viaAlias, depth);
    if (this.withLocs) this.locs.set(pointer, { value: { start: head.start, end: pair.value ? spanOf(pair.value).end : head.end }, head });
    return result;
  }
  map(items, pointer, viaAlias, depth) {
    const out = {};
    if (items.some((pair) => Y.isPair(pair) && isMergeKey(pair.key))) this.merge(items, out, pointer, depth);
    let written;
    for (let index = 0; index < items.length; index++) {
      const pair = items[index];
      if (!Y.isPair(pair) || isMergeKey(pair.key)) continue;
      const name = this.keyName(pair.key);
      const at = child(pointer, name);
      if (!viaAlias && Object.prototype.hasOwnProperty.call(out, name)) {
        written ??= this.explicitKeys(items, index);
        const earlier = written.get(name);
        if (earlier) this.duplicates.push({ pointer: at, key: keySpan(pair), firstKey: earlier });
      }
      if (written) written.set(name, keySpan(pair));
      setOwn(out, name, this.value(pair.value, at, this.withLocs ? keySpan(pair) : void 0, viaAlias, depth + 1));
    }
    return out;
  }
  /**
   * The members that `<<` merge keys bring into a mapping (YAML merge key type): a name written in
   * the mapping itself wins over every merged one, and among merged mappings the first one met
   * wins — the earlier `<<` key, and in `<<: [*a, *b]` the earlier element. Only the members
   * taken keep their locations and float marks, so a finding points at the anchored text its value
   * came from. Anything but a mapping (or an alias to one) to merge is a syntax error, as other
   * YAML tools make it: it would otherwise be dropped without a word.
   */
  merge(items, out, pointer, depth) {
    const written = /* @__PURE__ */ new Set();
    for (const pair of items) if (Y.isPair(pair) && !isMergeKey(pair.key)) written.add(this.keyName(pair.key));
    for (const pair of items) {
      if (!Y.isPair(pair) || !isMergeKey(pair.key)) continue;
      const source = pair.value;
      const maps = source && Y.isSeq(source) ? source.items : [source];
      for (const m of maps) {
        const target = m && Y.isAlias(m) ? this.aliases.target(m) : m;
        if (m && Y.isAlias(m) && !target) throw new WalkProblem(`The alias *${m.source} refers to no anchor.`, spanOf(m));
        if (!target || !Y.isMap(target)) {
          const empty = !target || Y.isScalar(target) && target.range[1] <= target.range[0];
          const what = empty ? "nothing" : Y.isSeq(target) ? "a sequence" : "a scalar";
          const inList = source !== m ? " in its list" : "";
          throw new WalkProblem(`A merge key (<<) takes a mapping, an alias to one, or a list of them; it has ${what}${inList} here.`, m && !empty ? spanOf(m) : spanOf(pair.key));
        }
        const locs = this.locs;
        const floats = this.floatIntegers;
        this.locs = /* @__PURE__ */ new Map();
        this.floatIntegers = /* @__PURE__ */ new Set();
        let merged;
        let mergedLocs;
        let mergedFloats;
        try {
          merged = this.value(m, pointer, void 0, true, depth);
        } finally {
          mergedLocs = this.locs;
          mergedFloats = this.floatIntegers;
          this.locs = locs;
          this.floatIntegers = floats;
        }
        const taken = /* @__PURE__ */ new Set();
        for (const k of Object.keys(merged)) {
          if (written.has(k) || Object.prototype.hasOwnProperty.call(out, k)) continue;
          setOwn(out, k, merged[k]);
          taken.add(k);
        }
        const under = (p) => p.length > pointer.length && taken.has(unescapeToken(p.slice(pointer.length + 1).split("/", 1)[0]));
        for (const [p, loc] of mergedLocs) if (under(p)) this.locs.set(p, loc);
        for (const p of mergedFloats) if (under(p)) this.floatIntegers.add(p);
      }
    }
  }
  /** The explicit keys of a mapping before `end`, each with the span of its latest occurrence. */
  explicitKeys(items, end) {
    const keys = /* @__PURE__ */ new Map();
    for (let index = 0; index < end; index++) {
      const pair = items[index];
      if (Y.isPair(pair) && !isMergeKey(pair.key)) keys.set(this.keyName(pair.key), keySpan(pair));
    }
    return keys;
  }
  keyName(node) {
    if (node === null) return "";
    if (Y.isScalar(node)) return typeof node.value === "string" ? node.value : node.source ?? this.text.slice(node.range[0], node.range[1]);
    return this.text.slice(node.range[0], node.range[1]);
  }
};
var FLOAT_TAG = "tag:yaml.org,2002:float";
var CORE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
function keySpan(pair) {
  return pair.key ? spanOf(pair.key) : pair.value ? spanOf(pair.value) : { start: 0, end: 0 };
}
function isMergeKey(node) {
  return Y.isScalar(node) && node.type === "PLAIN" && (node.value === "<<" || node.source === "<<");
}
function spanOf(node) {
  const r = node.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

// src/parse/parse.ts
function formatOf(path, text) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return looksLikeJson(text) ? "json" : "yaml";
}
var MODELINE = /^[ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=(\S+)/m;
function parseFile(path, bytes2) {
  const decoded = decodeUtf8(bytes2);
  const format2 = formatOf(path, decoded.text);
  const lines = new LineIndex(decoded.text);
  if (!decoded.ok) {
    const span = { start: decoded.offset, end: decoded.offset };
    return {
      format: format2,
      text: decoded.text,
      lines,
      documents: [bareDocument(0, span, void 0, { span, detail: decoded.reason })]
    };
  }
  const text = decoded.text;
  if (format2 === "json") return { format: format2, text, lines, documents: [parseJson(text)] };
  const modeline = MODELINE.exec(text)?.[1];
  return { format: format2, text, lines, documents: parseYaml(text), ...modeline ? { modelineSchema: modeline } : {} };
}

// src/io/read.ts
import { closeSync, constants as constants3, fstatSync, openSync, readSync } from "node:fs";
var CHUNK = 64 * 1024;
var shared;
function readLimited(path, limit, regular = false) {
  const fd = openSync(path, "r");
  try {
    return readOpen(fd, limit, regular);
  } finally {
    closeSync(fd);
  }
}
function readPipe(path, limit) {
  const fd = openSync(path, constants3.O_RDONLY | constants3.O_NONBLOCK);
  try {
    return limitRead(readUpTo(fd, limit + 1, null, true), limit, false);
  } finally {
    closeSync(fd);
  }
}
var pause = new Int32Array(new SharedArrayBuffer(4));
function readOpen(fd, limit, regular) {
  if (regular) {
    const buffer = shared ??= Buffer.allocUnsafe(CHUNK);
    const want = Math.min(CHUNK, limit + 1);
    const n = readSync(fd, buffer, 0, want, 0);
    if (n < want) return { bytes: Buffer.from(buffer.subarray(0, n)) };
  }
  const stat2 = fstatSync(fd);
  if (stat2.isFile() && stat2.size > limit) return { bytes: readUpTo(fd, SNIFF_BYTES, 0), oversize: { size: stat2.size, exact: true } };
  if (stat2.isFile() && stat2.size > 0) return { bytes: readSized(fd, stat2.size) };
  return limitRead(readUpTo(fd, limit + 1, regular ? 0 : null), limit, false);
}
function readSized(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buffer, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return got === size ? buffer : buffer.subarray(0, got);
}
function readUpTo(fd, max, from = null, nonBlocking = false) {
  const chunks = [];
  let total = 0;
  while (total < max) {
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, max - total));
    let n;
    try {
      n = readSync(fd, chunk, 0, chunk.length, from === null ? null : from + total);
    } catch (e) {
      if (!nonBlocking || e.code !== "EAGAIN") throw e;
      Atomics.wait(pause, 0, 0, 5);
      continue;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}
function limitRead(bytes2, limit, whole) {
  if (bytes2.length <= limit) return { bytes: bytes2 };
  return { bytes: bytes2.slice(0, SNIFF_BYTES), oversize: { size: bytes2.length, exact: whole } };
}

// src/config/glob.ts
import { relative, resolve, sep } from "node:path";
var MAX_RANGE = 256;
var SLASH = 47;
var Automaton = class {
  states = [];
  /** The state a whole match ends in. */
  accept;
  start;
  constructor() {
    this.accept = this.add(void 0, -1, -1);
    this.start = this.accept;
  }
  add(test, out, alt) {
    this.states.push({ test, out, alt });
    return this.states.length - 1;
  }
  /** Whether the automaton accepts `text`: one pass, holding the set of states reached. */
  run(text) {
    const seen = new Int32Array(this.states.length).fill(-1);
    let current = [];
    let step = 0;
    const reach = (into, s) => {
      const stack = [s];
      while (stack.length) {
        const t = stack.pop();
        if (t < 0 || seen[t] === step) continue;
        seen[t] = step;
        const state = this.states[t];
        if (state.test || t === this.accept) into.push(t);
        else stack.push(state.alt, state.out);
      }
    };
    reach(current, this.start);
    for (let i = 0; i < text.length && current.length; i++) {
      const code = text.charCodeAt(i);
      step++;
      const next = [];
      for (const s of current) {
        const state = this.states[s];
        if (state.test?.(code)) reach(next, state.out);
      }
      current = next;
    }
    return current.includes(this.accept);
  }
};
var notSlash = (code) => code !== SLASH;
var anyCode = () => true;
var literal = (c) => (code) => code === c;
function compileGlob(glob) {
  let source = glob;
  let negated = false;
  while (source.startsWith("!")) {
    negated = !negated;
    source = source.slice(1);
  }
  const baseName = !source.includes("/");
  while (source.startsWith("./")) source = source.slice(2);
  source = source.replace(/(^|\/)\*\*(?:\/\*\*)+(?=\/|$)/g, "$1**");
  const automaton = new Automaton();
  automaton.start = build(automaton, new Parser(source).sequence(false), automaton.accept);
  return (path) => {
    const subject = baseName ? path.slice(path.lastIndexOf("/") + 1) : path;
    return automaton.run(subject) !== negated;
  };
}
function build(a, parts, next) {
  let at = next;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    switch (part.kind) {
      case "test":
        at = a.add(part.test, at, -1);
        break;
      case "star":
      case "anything": {
        const loop = a.add(void 0, -1, at);
        a.states[loop].out = a.add(part.kind === "star" ? notSlash : anyCode, loop, -1);
        at = loop;
        break;
      }
      case "segments": {
        const loop = a.add(void 0, -1, at);
        const inSegment = a.add(void 0, -1, -1);
        a.states[inSegment].out = a.add(notSlash, inSegment, -1);
        a.states[inSegment].alt = a.add(literal(SLASH), loop, -1);
        a.states[loop].out = inSegment;
        at = loop;
        break;
      }
      case "tail": {
        const rest = a.add(void 0, -1, at);
        a.states[rest].out = a.add(anyCode, rest, -1);
        at = a.add(void 0, a.add(literal(SLASH), rest, -1), at);
        break;
      }
      case "alternatives": {
        const starts = part.options.map((option) => build(a, option, at));
        let fork = starts[starts.length - 1];
        for (let k = starts.length - 2; k >= 0; k--) fork = a.add(void 0, starts[k], fork);
        at = fork;
        break;
      }
    }
  }
  return at;
}
var Parser = class {
  constructor(text) {
    this.text = text;
  }
  text;
  i = 0;
  /** Parts up to the end, or (`inBraces`) up to a `,` or `}` at this level, which is left unread. */
  sequence(inBraces) {
    const parts = [];
    const t = this.text;
    while (this.i < t.length) {
      const c = t[this.i];
      if (inBraces && (c === "," || c === "}")) break;
      if (c === "\\" && this.i + 1 < t.length) {
        parts.push({ kind: "test", test: literal(t.charCodeAt(this.i + 1)) });
        this.i += 2;
      } else if (c === "*") {
        let end = this.i;
        while (t[end] === "*") end++;
        const whole = end - this.i >= 2 && !inBraces && (this.i === 0 || t[this.i - 1] === "/") && (end === t.length || t[end] === "/");
        if (!whole) parts.push({ kind: "star" });
        else if (end < t.length) {
          parts.push({ kind: "segments" });
          end++;
        } else if (this.i === 0) parts.push({ kind: "anything" });
        else {
          parts.pop();
          parts.push({ kind: "tail" });
        }
        this.i = end;
      } else if (c === "?") {
        parts.push({ kind: "test", test: notSlash });
        this.i++;
      } else if (c === "[") {
        parts.push(this.characterClass() ?? (this.i++, { kind: "test", test: literal(91) }));
      } else if (c === "{") {
        parts.push(this.braces() ?? (this.i++, { kind: "test", test: literal(123) }));
      } else {
        parts.push({ kind: "test", test: literal(t.charCodeAt(this.i)) });
        this.i++;
      }
    }
    return parts;
  }
  /** `[…]` at the current position, or undefined (nothing read) when it is not closed. */
  characterClass() {
    const t = this.text;
    let j = this.i + 1;
    const negated = t[j] === "!" || t[j] === "^";
    if (negated) j++;
    const ranges = [];
    let first = true;
    while (j < t.length && (t[j] !== "]" || first)) {
      first = false;
      let lo = t.charCodeAt(j);
      if (t[j] === "\\" && j + 1 < t.length) lo = t.charCodeAt(++j);
      j++;
      let hi = lo;
      if (t[j] === "-" && j + 1 < t.length && t[j + 1] !== "]") {
        j++;
        if (t[j] === "\\" && j + 1 < t.length) j++;
        hi = t.charCodeAt(j++);
      }
      ranges.push([lo, hi]);
    }
    if (j >= t.length) return void 0;
    this.i = j + 1;
    const inSet = (code) => ranges.some(([lo, hi]) => code >= lo && code <= hi);
    return { kind: "test", test: (code) => code !== SLASH && inSet(code) !== negated };
  }
  /** `{…}` at the current position: alternatives or a range; undefined (nothing read) when it is neither. */
  braces() {
    const start = this.i;
    const range = /^\{(-?\d+|[a-zA-Z])\.\.(-?\d+|[a-zA-Z])\}/.exec(this.text.slice(start, start + 48));
    if (range) {
      const values = rangeValues(range[1], range[2]);
      if (values) {
        this.i = start + range[0].length;
        return { kind: "alternatives", options: values.map((v) => Array.from(v, (ch) => ({ kind: "test", test: literal(ch.charCodeAt(0)) }))) };
      }
    }
    this.i = start + 1;
    const options = [this.sequence(true)];
    while (this.text[this.i] === ",") {
      this.i++;
      options.push(this.sequence(true));
    }
    if (this.text[this.i] !== "}" || options.length < 2) {
      this.i = start;
      return void 0;
    }
    this.i++;
    return { kind: "alternatives", options };
  }
};
function rangeValues(from, to) {
  const numeric = /\d/.test(from) && /\d/.test(to);
  if (!numeric && (/\d/.test(from) || /\d/.test(to))) return void 0;
  const a = numeric ? Number(from) : from.charCodeAt(0);
  const b = numeric ? Number(to) : to.charCodeAt(0);
  if (Math.abs(b - a) + 1 > MAX_RANGE) return void 0;
  const values = [];
  for (let v = a; a <= b ? v <= b : v >= b; v += a <= b ? 1 : -1) values.push(numeric ? String(v) : String.fromCharCode(v));
  return values;
}
function globProblem(glob) {
  for (const m of glob.matchAll(/\{(-?\d+)\.\.(-?\d+)\}/g)) {
    const size = Math.abs(Number(m[2]) - Number(m[1])) + 1;
    if (size > MAX_RANGE) return `has a range ${m[0]} of ${size} values; at most ${MAX_RANGE} are allowed`;
  }
  return void 0;
}
var matchers = /* @__PURE__ */ new Map();
function matchesGlobs(file, globs, baseDir, cwd) {
  const rel = relative(baseDir, resolve(cwd, file)).split(sep).join("/");
  return globs.some((g) => {
    let m = matchers.get(g);
    if (!m) {
      m = compileGlob(g);
      matchers.set(g, m);
    }
    return m(rel);
  });
}

// src/config/config.ts
var UsageError = class extends Error {
};
var CONFIG_NAMES = ["clusterlint.config.json", "clusterlint.config.yaml", "clusterlint.config.yml"];
function findConfig(start) {
  let dir = resolve2(start);
  while (true) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync2(candidate)) return candidate;
    }
    const up = dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function loadConfig(explicit, cwd) {
  const path = explicit ? resolve2(cwd, explicit) : findConfig(cwd);
  if (!path) return { path: void 0, baseDir: cwd, config: {} };
  let read;
  try {
    read = statSync(path).isFIFO() ? readPipe(path, DEFAULT_MAX_FILE_SIZE) : readLimited(path, DEFAULT_MAX_FILE_SIZE);
  } catch (e) {
    throw new UsageError(`cannot read config ${explicit ?? path}: ${reason(e)}`);
  }
  const shown = explicit ?? (relative2(cwd, path) || path);
  if (read.oversize) throw new UsageError(`config ${shown} is larger than ${DEFAULT_MAX_FILE_SIZE} bytes`);
  return { path, baseDir: dirname(path), config: parseConfig(path, read.bytes, shown) };
}
function parseConfig(path, bytes2, shown) {
  const spec = parseFile(path, bytes2);
  const doc = spec.documents[0];
  const at = (offset) => {
    const p = spec.lines.position(offset);
    return `${shown}:${p.line}:${p.column}`;
  };
  if (doc.syntax) throw new UsageError(`invalid config ${at(doc.syntax.span.start)}: ${doc.syntax.detail}`);
  if (spec.documents.length > 1) throw new UsageError(`invalid config ${at(spec.documents[1].start.start)}: a config file holds one document.`);
  const data = doc.data;
  if (!isObject(data)) throw new UsageError(`invalid config ${at(doc.start.start)}: the config must be an object.`);
  if (doc.duplicates[0]) throw new UsageError(`invalid config ${at(doc.duplicates[0].key.start)}: the key is written twice.`);
  if (!config(data)) {
    const e = config.errors[0];
    const params = e.params;
    const extra = params.additionalProperty ?? params.propertyName;
    const pointer = extra !== void 0 ? `${e.instancePath}/${escapeToken2(extra)}` : e.instancePath;
    const loc = doc.loc(pointer);
    const offset = loc ? (extra !== void 0 ? loc.key ?? loc.value : loc.value).start : doc.start.start;
    const what = pointer === "" ? "the config" : pointer.slice(1).split("/").join(".");
    const message = extra !== void 0 && params.additionalProperty !== void 0 ? `unknown setting "${extra}"` : `${what} ${e.message}`;
    throw new UsageError(`invalid config ${at(offset)}: ${message}.`);
  }
  const config2 = data;
  const where = (pointer, target) => {
    const loc = doc.loc(pointer);
    return at((loc ? target === "key" ? loc.key ?? loc.value : loc.value : doc.start).start);
  };
  const dotted = (pointer) => pointer.slice(1).split("/").join(".");
  for (const [pointer, glob] of globsOf(config2)) {
    const problem = globProblem(glob);
    if (problem) throw new UsageError(`invalid config ${where(pointer, "value")}: ${dotted(pointer)} ${problem}.`);
  }
  const named2 = [
    ...severityKeysOf(config2).map(([map, code]) => ({ label: dotted(map), code, pointer: `${map}/${escapeToken2(code)}`, target: "key" })),
    ...(config2.ignore ?? []).flatMap((e, i) => e.codes.map((code, j) => ({ label: `ignore.${i}.codes`, code, pointer: `/ignore/${i}/codes/${j}`, target: "value" })))
  ];
  const typos = named2.map((n) => ({ ...n, problem: codeNameProblem(n.code) })).filter((t) => t.problem !== void 0).map((t) => {
    const loc = doc.loc(t.pointer);
    return { ...t, offset: (loc ? t.target === "key" ? loc.key ?? loc.value : loc.value : doc.start).start };
  }).sort((a, b) => a.offset - b.offset);
  if (typos[0]) {
    const t = typos[0];
    throw new UsageError(`invalid config ${where(t.pointer, t.target)}: ${t.label}: ${t.problem}${/[.?]$/.test(t.problem) ? "" : "."}`);
  }
  return config2;
}
function severityKeysOf(config2) {
  const keys = (map, severity) => Object.keys(severity ?? {}).map((code) => [map, code]);
  return [...keys("/severity", config2.severity), ...(config2.overrides ?? []).flatMap((o, j) => keys(`/overrides/${j}/severity`, o.severity))];
}
function escapeToken2(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function globsOf(config2) {
  const list = (name, globs) => (globs ?? []).map((g, i) => [`${name}/${i}`, g]);
  return [
    ...list("/include", config2.include),
    ...list("/exclude", config2.exclude),
    ...(config2.overrides ?? []).flatMap((o, j) => list(`/overrides/${j}/files`, o.files)),
    ...(config2.ignore ?? []).flatMap((e, j) => list(`/ignore/${j}/files`, e.files))
  ];
}
function reason(e) {
  const err = e;
  const known3 = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "is a directory",
    ENOTDIR: "not a directory",
    ELOOP: "too many symbolic links",
    EMFILE: "too many open files",
    EEXIST: "a file of that name exists",
    EIO: "input/output error"
  };
  return (err.code && known3[err.code]) ?? err.message ?? String(e);
}

// src/io/files.ts
import { closeSync as closeSync2, mkdirSync, openSync as openSync2, readdirSync, realpathSync, statSync as statSync2, writeSync } from "node:fs";
import { basename, dirname as dirname2, isAbsolute, join as join2, normalize, relative as relative3, resolve as resolve3, sep as sep2 } from "node:path";
var ALWAYS_SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var SPEC_EXTENSIONS = /\.(json|ya?ml)$/i;
function displayPath(path) {
  const p = sep2 === "\\" ? path.split("\\").join("/") : path;
  return p.startsWith("./") && p.length > 2 ? p.slice(2) : p;
}
function collectInputs(paths, config2, baseDir, cwd, stdin, stdinName) {
  const inputs = [];
  const seen = /* @__PURE__ */ new Set();
  for (const path of paths) {
    if (path === "-") {
      const limit = maxFileSize(config2);
      let read;
      try {
        read = limitRead(stdin(limit + 1), limit, false);
      } catch (e) {
        throw new UsageError(`cannot read standard input: ${reason(e)}`);
      }
      inputs.push({ file: displayPath(stdinName), bytes: read.bytes, explicit: true, ...read.oversize ? { oversize: read.oversize } : {} });
      continue;
    }
    let stat2;
    try {
      stat2 = statSync2(resolve3(cwd, path));
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${reason(e)}`);
    }
    if (stat2.isDirectory()) walk(path, { config: config2, baseDir, cwd, inputs, seen, visited: /* @__PURE__ */ new Set() });
    else if (stat2.isFIFO()) addPipe(path, maxFileSize(config2), cwd, inputs, seen);
    else add(path, true, stat2.isFile() ? "file" : void 0, inputs, seen);
  }
  return inputs;
}
function add(path, explicit, kind, inputs, seen) {
  const file = displayPath(path);
  if (seen.has(file)) return;
  seen.add(file);
  const input = file === path ? { file, explicit } : { file, path, explicit };
  if (kind) input.kind = kind;
  inputs.push(input);
}
function addPipe(path, limit, cwd, inputs, seen) {
  const file = displayPath(path);
  if (seen.has(file)) return;
  seen.add(file);
  let read;
  try {
    read = readPipe(resolve3(cwd, path), limit);
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${reason(e)}`);
  }
  inputs.push({ file, bytes: read.bytes, explicit: true, ...read.oversize ? { oversize: read.oversize } : {} });
}
function pathToOpen(input, cwd) {
  const path = input.path ?? input.file;
  return cwd === process.cwd() ? path : resolve3(cwd, path);
}
function readInput(input, limit, cwd) {
  if (input.bytes) return input.oversize ? { bytes: input.bytes, oversize: input.oversize } : limitRead(input.bytes, limit, true);
  try {
    return readLimited(pathToOpen(input, cwd), limit, input.kind === "file");
  } catch (e) {
    throw new UsageError(`cannot read ${input.file}: ${reason(e)}`);
  }
}
function walk(dir, w) {
  let real;
  let entries;
  try {
    const at = resolve3(w.cwd, dir);
    real = realpathSync(at);
    entries = readdirSync(at, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`cannot read directory ${displayPath(dir)}: ${reason(e)}`);
  }
  if (w.visited.has(real)) return;
  w.visited.add(real);
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const prefix = entryPrefix(dir);
  for (const entry of entries) {
    const path = prefix + entry.name;
    if (skipped(path, entry.name, w)) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    const link = entry.isSymbolicLink();
    if (link) {
      try {
        const s = statSync2(resolve3(w.cwd, path));
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) walk(path, w);
    else if (isFile && wanted(path, w)) add(path, false, link ? void 0 : "file", w.inputs, w.seen);
  }
}
function entryPrefix(dir) {
  const d = normalize(dir);
  if (d === "." || d === `.${sep2}`) return "";
  return d.endsWith(sep2) ? d : d + sep2;
}
function skipped(path, name, w) {
  return ALWAYS_SKIPPED.has(name) || w.config.exclude !== void 0 && matchesGlobs(path, w.config.exclude, w.baseDir, w.cwd);
}
function wanted(path, w) {
  if (w.config.include) return matchesGlobs(path, w.config.include, w.baseDir, w.cwd);
  return SPEC_EXTENSIONS.test(path);
}
function writeReport(path, pieces, cwd) {
  const target = resolve3(cwd, path);
  const folder = dirname2(target);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot create the folder ${displayPath(dirname2(path))} for ${displayPath(path)}: ${reason(e)}`);
  }
  const failed = (e) => new UsageError(`cannot write ${displayPath(path)}: ${reason(e)}`);
  let fd;
  try {
    fd = openSync2(target, "w");
  } catch (e) {
    throw failed(e);
  }
  try {
    inBatches(pieces, (text) => {
      try {
        writeAll(fd, text);
      } catch (e) {
        throw failed(e);
      }
    });
  } finally {
    closeSync2(fd);
  }
}
var WRITE_BATCH = 64 * 1024;
function inBatches(pieces, write) {
  let batch = "";
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= WRITE_BATCH) {
      write(batch);
      batch = "";
    }
  }
  if (batch) write(batch);
}
var SCRATCH_BYTES = 3 * 2 * WRITE_BATCH;
var scratch;
function writeAll(fd, text) {
  let bytes2;
  let length;
  if (text.length * 3 <= SCRATCH_BYTES) {
    bytes2 = scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
    length = bytes2.write(text, 0, "utf8");
  } else {
    bytes2 = Buffer.from(text, "utf8");
    length = bytes2.length;
  }
  for (let at = 0; at < length; ) at += writeSync(fd, bytes2, at, length - at);
}

// src/io/report-target.ts
import { realpathSync as realpathSync2, statSync as statSync3 } from "node:fs";
import { basename as basename2, resolve as resolve4 } from "node:path";

// src/dialect/sniff.ts
function sniffDialect(text) {
  for (const m of text.matchAll(/\$schema["']?[ \t]*[:=][ \t]*["']?([^\s"',}]+)/g)) {
    const d = dialectOfSchemaRef(m[1]);
    if (d) return d;
  }
  const start = /^\uFEFF?(?:[ \t\r\n]|#[^\n]*\n)*/.exec(text)[0].length;
  if (text[start] === "{") return dialectByShape(jsonTopLevelKeys(text, start));
  for (const doc of text.split(/^(?:---|\.\.\.)(?=[ \t\r\n]|$)[^\n]*$/m)) {
    const d = dialectByShape(yamlTopLevelKeys(doc));
    if (d) return d;
  }
  return void 0;
}
function jsonTopLevelKeys(text, start) {
  const keys = [];
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34 && text.charCodeAt(j) !== 10) j += text.charCodeAt(j) === 92 ? 2 : 1;
      if (depth === 1 && /^[ \t\r\n]*:/.test(text.slice(j + 1, j + 17))) keys.push(decodeJsonString(text.slice(i + 1, j)));
      i = j;
    } else if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth <= 0) break;
    } else if (c === 47 && text[i + 1] === "/") {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    } else if (c === 47 && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    }
  }
  return keys;
}
function decodeJsonString(raw) {
  if (!raw.includes("\\")) return raw;
  try {
    return JSON.parse(`"${raw}"`);
  } catch {
    return raw;
  }
}
function yamlTopLevelKeys(doc) {
  const keys = [];
  for (const m of doc.matchAll(/^(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\n]|'')*)'|([^\s#"'{}[\],&*!|>%@`-][^\n]*?|-[^\s\n][^\n]*?))[ \t]*:(?=[ \t\r\n]|$)/gm)) {
    keys.push(m[1] !== void 0 ? decodeJsonString(m[1]) : m[2] !== void 0 ? m[2].replace(/''/g, "'") : m[3]);
  }
  return keys;
}

// src/dialect/holds-spec.ts
function holdsSpec(file, bytes2, head = false) {
  if (head) return sniffDialect(decodeUtf8(bytes2).text) !== void 0;
  const decoded = decodeUtf8(bytes2);
  if (decoded.ok && formatOf(file, decoded.text) === "json" && !mayHoldTooManyValues(decoded.text)) {
    if (ARRAY_START.test(decoded.text) && sniffDialect(decoded.text) === void 0) return false;
    let data;
    try {
      data = JSON.parse(decoded.text);
    } catch {
      return holdsSpecParsed(file, bytes2);
    }
    if (nestsTooDeep(data)) return sniffDialect(decoded.text) !== void 0;
    return isObject(data) && decideDialect(data, void 0, void 0) !== void 0;
  }
  return holdsSpecParsed(file, bytes2);
}
var ARRAY_START = /^[ \t\r\n]*\[/;
function holdsSpecParsed(file, bytes2) {
  const spec = parseFile(file, bytes2);
  return spec.documents.some(
    (doc) => doc.syntax ? sniffDialect(spec.text) !== void 0 : isObject(doc.data) && decideDialect(doc.data, void 0, spec.modelineSchema) !== void 0
  );
}

// src/io/report-target.ts
function checkReportTarget(path, inputs, cwd, limit) {
  const target = resolve4(cwd, path);
  let stat2;
  try {
    stat2 = statSync3(target);
  } catch {
    return;
  }
  const refuse = (why) => new UsageError(`will not write the report to ${displayPath(path)}: ${why}; choose another file`);
  if (stat2.isDirectory()) throw refuse("it is a directory");
  const identity = stat2.isFile();
  const names = namesOf2(target, stat2);
  for (const input of inputs) {
    if (names && input.kind === "file" && !input.explicit && !input.bytes && !names.has(nameKey(lastName(input.file)))) continue;
    const at = resolve4(cwd, input.path ?? input.file);
    if (at === target || identity && !input.bytes && sameFile(at, stat2)) throw refuse("it is one of the files being linted");
  }
  if (!stat2.isFile()) return;
  let spec;
  try {
    spec = holdsSpecAt(target, limit);
  } catch (e) {
    throw new UsageError(`cannot write ${displayPath(path)}: ${reason(e)}`);
  }
  if (spec) throw refuse("it is a Batch Compute or Container Service spec");
}
function namesOf2(target, stat2) {
  if (stat2.isFile() && stat2.nlink !== 1) return void 0;
  const names = /* @__PURE__ */ new Set([nameKey(basename2(target))]);
  if (stat2.isFile()) {
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
    const s = statSync3(path);
    return s.ino === target.ino && s.dev === target.dev;
  } catch {
    return false;
  }
}

// src/io/git.ts
import { execFileSync } from "node:child_process";
import { existsSync as existsSync3 } from "node:fs";
import { dirname as dirname3, join as join3, resolve as resolve5 } from "node:path";
function repositoryRoot(cwd) {
  const start = resolve5(cwd);
  for (let dir = start; ; dir = dirname3(dir)) {
    if (existsSync3(join3(dir, ".git"))) return dir;
    if (dirname3(dir) === dir) return start;
  }
}
function changedFiles(cwd, base) {
  const git = (...args) => runGit(cwd, args);
  let revision = base.revision;
  if (!hasCommit(cwd, revision)) {
    if (base.fetch === void 0) throw new UsageError(`cannot find the base commit ${revision} in the clone`);
    try {
      git("fetch", "--no-tags", "--depth=1", "--", "origin", base.fetch);
    } catch (e) {
      throw new UsageError(`cannot fetch the base ${base.fetch} from origin: ${e.message}`);
    }
    revision = "FETCH_HEAD";
  }
  let from = revision;
  try {
    from = git("merge-base", revision, "HEAD").trim();
  } catch {
  }
  const top = git("rev-parse", "--show-toplevel").trim();
  const names = git("diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", from, "HEAD", "--");
  return new Set(names.split("\0").filter(Boolean).map((name) => resolve5(top, name)));
}
function hasCommit(cwd, revision) {
  try {
    runGit(cwd, ["rev-parse", "--verify", "--quiet", `${revision}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
function runGit(cwd, args) {
  try {
    return execFileSync("git", ["-c", `safe.directory=${repositoryRoot(cwd)}`, ...args], {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      // A fetch that needs credentials fails instead of waiting for someone to type them.
      env: { ...process.env, GIT_TERMINAL_PROMPT: "0" },
      maxBuffer: 256 * 1024 * 1024
    });
  } catch (e) {
    const err = e;
    const line = (err.stderr ?? "").trim().split("\n")[0];
    throw new Error(line || err.message.split("\n")[0]);
  }
}

// src/run/lint-paths.ts
import { resolve as resolve6 } from "node:path";

// src/check/rules.ts
function runRules(rules, context, sink) {
  for (const rule of rules) {
    if (rule.dialect !== "any" && rule.dialect !== context.dialect) continue;
    context.report = sink.reporter(rule.id);
    try {
      rule.check(context);
    } catch (e) {
      sink.push(ruleFailure(rule.id, e));
    }
  }
}
function ruleFailure(rule, error2) {
  const kind = error2 instanceof Error ? error2.name : typeof error2;
  const f = findingOf(lint("RuleFailure"), rule, "", lintCode("RuleFailure").severity, "container");
  f.detail = `The rule "${rule}" stopped with ${/^[aeiou]/i.test(kind) ? "an" : "a"} ${kind}; its findings for this document are missing. This is a bug in clusterlint: please report it with the spec's shape.`;
  return f;
}

// src/check/cross-file.ts
function checkAcrossFiles(rules, summaries, config2, source) {
  const sinks = /* @__PURE__ */ new Map();
  const sinkOf = (summary2) => {
    let sink = sinks.get(summary2);
    if (!sink) sinks.set(summary2, sink = new FindingSink(DIALECTS[summary2.dialect]));
    return sink;
  };
  const hashes = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    try {
      rule.check({
        summaries,
        config: config2,
        report: (summary2) => sinkOf(summary2).reporter(rule.id),
        lineOf: (summary2, pointer) => source.lineOf(summary2, pointer),
        bodyHash: (summary2) => {
          let hash = hashes.get(summary2);
          if (hash === void 0) hashes.set(summary2, hash = source.keptHash?.(summary2) ?? hashBody(source.data(summary2)));
          return hash;
        }
      });
    } catch (e) {
      if (summaries[0]) sinkOf(summaries[0]).push(ruleFailure(rule.id, e));
    }
  }
  return sinks;
}
function hashBody(data) {
  const top = Object.keys(data).filter((k) => k !== "IdempotentToken" && k !== "$schema").sort();
  return builtin("node:crypto").createHash("sha256").update(canonicalText(data, top)).digest("hex");
}
var RECURSIVE_DEPTH = 64;
function canonicalText(root, keys) {
  const out = { text: "" };
  return writeCanonical(root, keys, 0, out) ? out.text : canonicalJson(root, keys);
}
function writeCanonical(v, keys, depth, out) {
  if (typeof v !== "object" || v === null) {
    out.text += JSON.stringify(v) ?? "null";
    return true;
  }
  if (depth >= RECURSIVE_DEPTH) return false;
  if (Array.isArray(v)) {
    out.text += "[";
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out.text += ",";
      if (!writeCanonical(v[i], void 0, depth + 1, out)) return false;
    }
    out.text += "]";
    return true;
  }
  const record = v;
  const names = keys ?? Object.keys(record).sort();
  out.text += "{";
  for (let i = 0; i < names.length; i++) {
    out.text += `${i > 0 ? "," : ""}${JSON.stringify(names[i])}:`;
    if (!writeCanonical(record[names[i]], void 0, depth + 1, out)) return false;
  }
  out.text += "}";
  return true;
}
function canonicalJson(root, keys) {
  let out = "";
  const items = [root];
  const literal2 = [false];
  const push = (item, text) => {
    items.push(item);
    literal2.push(text);
  };
  let rootKeys = keys;
  while (items.length) {
    const v = items.pop();
    if (literal2.pop()) {
      out += v;
    } else if (Array.isArray(v)) {
      push("]", true);
      for (let i = v.length - 1; i >= 0; i--) {
        push(v[i], false);
        if (i > 0) push(",", true);
      }
      out += "[";
    } else if (isObject(v)) {
      const names = rootKeys ?? Object.keys(v).sort();
      rootKeys = void 0;
      push("}", true);
      for (let i = names.length - 1; i >= 0; i--) {
        push(v[names[i]], false);
        push(`${i > 0 ? "," : ""}${JSON.stringify(names[i])}:`, true);
      }
      out += "{";
    } else out += JSON.stringify(v) ?? "null";
  }
  return out;
}

// src/api/diagnostic.ts
var ORDER = ["file", "document", "line", "column", "code"];
function compareDiagnostics(a, b) {
  for (const field of ORDER) {
    const x = a[field];
    const y = b[field];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}
function sortDiagnostics(list) {
  if (list.length < 2) return list;
  const sorted = [...list].sort(compareDiagnostics);
  const seen = /* @__PURE__ */ new Set();
  return sorted.filter((d) => {
    const key = JSON.stringify([d.file, d.document, d.line, d.column, d.endLine, d.endColumn, d.code, d.message, d.detail, d.severity, d.pointer]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function fileResult(file, diagnostics) {
  let errorCount = 0;
  let warningCount = 0;
  for (const d of diagnostics) {
    if (d.severity === "error") errorCount++;
    else warningCount++;
  }
  return { file, errorCount, warningCount, diagnostics, suppressedDiagnostics: [] };
}

// src/fix/fix.ts
function fixAt(text, span, intent) {
  const raw = text.slice(span.start, span.end);
  if (raw.includes("\n") || raw.includes("\r")) return void 0;
  const first = raw[0];
  const quote2 = raw.length >= 2 && (first === '"' || first === "'") && raw[raw.length - 1] === first ? first : "";
  const inner = quote2 ? raw.slice(1, -1) : raw;
  if (inner !== intent.from) return void 0;
  if (intent.quotes === "drop" && !quote2) return void 0;
  if (intent.quotes === "none" && quote2) return void 0;
  if (/[!&]\S*[ \t]+$/.test(text.slice(Math.max(0, span.start - 256), span.start))) return void 0;
  const replacement = intent.quotes === "keep" ? `${quote2}${intent.to}${quote2}` : intent.to;
  return { range: [span.start, span.end], text: replacement };
}
function usesAliases(text) {
  return /(^|[\s[{,])\*[^\s[\]{},]/.test(text);
}
function exactInteger(literal2) {
  const m = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(literal2);
  if (!m || m[2] === "" && (m[3] ?? "") === "") return void 0;
  const sign = m[1] === "-" ? "-" : "";
  let digits = `${m[2]}${m[3] ?? ""}`;
  let point = m[2].length + Number(m[4] ?? 0);
  if (Math.abs(point) > 400) return void 0;
  if (point < 0) digits = `${"0".repeat(-point)}${digits}`, point = 0;
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  if (!/^0*$/.test(digits.slice(point))) return void 0;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  return whole === "0" ? "0" : `${sign}${whole}`;
}

// src/finalize/place.ts
function lineAt(doc, lines, pointer) {
  return lines.position((doc.loc(pointer) ?? { value: doc.start }).value.start).line;
}
function locate(doc, f) {
  if (f.span) return f.span;
  if (f.target === "container") return containerSpan(doc, f.rank === CHECK_RANK.missing ? parent(f.pointer) : f.pointer);
  const loc = doc.loc(f.pointer);
  if (!loc) return containerSpan(doc, parent(f.pointer));
  return f.target === "key" ? loc.key ?? loc.value : loc.value;
}
function containerSpan(doc, pointer) {
  if (pointer === "") return doc.start;
  const loc = doc.loc(pointer);
  if (!loc) return containerSpan(doc, parent(pointer));
  if (Array.isArray(get(doc.data, parent(pointer)))) return loc.head;
  return loc.key ?? loc.head;
}
function place(f, file, doc, lines, fixable = false) {
  const span = locate(doc, f);
  const r = lines.range(span);
  const fix = fixable && f.fix && !(f.target === "key" && writtenTwice(doc).has(f.pointer)) ? fixAt(lines.text, span, f.fix) : void 0;
  return placeAt(f, file, doc.index, r, fix);
}
function placeAt(f, file, document, r, fix) {
  const c = diagnosticAt(f, file, document, r, fix);
  if (f.parameter !== void 0) {
    c.parameter = f.parameter;
    c.rank = f.rank ?? 0;
  }
  return c;
}
function diagnosticAt(f, file, document, r, fix) {
  const d = { code: f.code, message: f.message };
  if (f.detail) d.detail = f.detail;
  d.status = f.status;
  d.origin = f.origin;
  d.severity = f.severity;
  d.rule = f.rule;
  d.file = file;
  d.document = document;
  d.pointer = f.pointer;
  d.line = r.line;
  d.column = r.column;
  d.endLine = r.endLine;
  d.endColumn = r.endColumn;
  if (fix) d.fix = fix;
  return d;
}
var twice = /* @__PURE__ */ new WeakMap();
function writtenTwice(doc) {
  let set = twice.get(doc);
  if (!set) twice.set(doc, set = new Set(doc.duplicates.map((d) => d.pointer)));
  return set;
}

// src/finalize/severity.ts
function settingFor(map, code) {
  if (!map) return void 0;
  if (Object.prototype.hasOwnProperty.call(map, code)) return map[code];
  let best;
  for (const key of Object.keys(map)) {
    if (key.endsWith("*") && code.startsWith(key.slice(0, -1)) && (!best || key.length > best.length)) best = key;
  }
  return best === void 0 ? void 0 : map[best];
}
function overridesFor(file, options) {
  return (options.config.overrides ?? []).filter((o) => matchesGlobs(file, o.files, options.baseDir, options.cwd));
}
function severityFor(code, fallback, file, options, overrides = overridesFor(file, options)) {
  let result = settingFor(options.config.severity, code) ?? fallback;
  for (const o of overrides) result = settingFor(o.severity, code) ?? result;
  return result;
}
function dialectOverride(file, options) {
  let result;
  for (const o of overridesFor(file, options)) result = o.dialect ?? result;
  return result;
}

// src/finalize/suppress.ts
var NEVER_SUPPRESSED = /* @__PURE__ */ new Set(["DuplicateKey", "InvalidJsonFormat", "InvalidYamlFormat"]);
var DIRECTIVE = /(^|[ \t])(#[ \t]*clusterlint-(disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])([^\r\n]*))/gm;
function readDirectives(spec) {
  if (spec.format !== "yaml" || !spec.text.includes("clusterlint-")) return [];
  const out = [];
  for (const m of spec.text.matchAll(DIRECTIVE)) {
    const comment = m[2].trimEnd();
    const start = m.index + m[1].length;
    const { line, column } = spec.lines.position(start);
    const rest = m[4];
    const split = rest.search(/\s--(\s|$)/);
    const codesPart = split < 0 ? rest : rest.slice(0, split);
    const reason2 = split < 0 ? "" : rest.slice(split).replace(/^\s--/, "").trim();
    out.push({
      kind: m[3],
      codes: codesPart.split(/[\s,]+/).filter(Boolean),
      reason: reason2,
      line,
      column,
      endColumn: column + comment.length,
      document: documentAt(spec, start)
    });
  }
  return out;
}
function documentAt(spec, offset) {
  let index = 0;
  for (const doc of spec.documents) if (doc.start.start <= offset) index = doc.index;
  return index;
}
function matches(code, patterns) {
  if (patterns.length === 0) return true;
  return patterns.some((p) => p.endsWith("*") ? code.startsWith(p.slice(0, -1)) : code === p);
}
function covers(d, line, code, enables) {
  switch (d.kind) {
    case "disable-line":
      return line === d.line;
    case "disable-next-line":
      return line === d.line + 1;
    case "disable-file":
      return true;
    case "disable":
      return line > d.line && !enables.some((e) => e.line > d.line && e.line < line && matches(code, e.codes));
    default:
      return false;
  }
}
function pointerTest(pattern) {
  const tokens2 = pattern.split("/");
  return (pointer) => {
    const got = pointer.split("/");
    return got.length === tokens2.length && tokens2.every((t, i) => t === "*" || t === got[i]);
  };
}
function applySuppressions(result, directives, options) {
  const entries = (options.config.ignore ?? []).filter((e) => matchesGlobs(result.file, e.files, options.baseDir, options.cwd));
  if (directives.length === 0 && entries.length === 0) return result;
  const active = directives.filter((d) => d.kind !== "enable");
  const enables = directives.filter((d) => d.kind === "enable");
  const used = /* @__PURE__ */ new Set();
  const kept2 = [];
  const suppressed = [];
  for (const d of result.diagnostics) {
    const suppression = NEVER_SUPPRESSED.has(d.code) ? void 0 : bySource(d, active, enables, used) ?? byConfig(d, entries);
    if (suppression) suppressed.push({ ...d, suppression });
    else kept2.push(d);
  }
  const stale = unused(result.file, active, used, options);
  const out = fileResult(result.file, stale.length ? sortDiagnostics([...kept2, ...stale]) : kept2);
  out.suppressedDiagnostics = suppressed;
  return out;
}
function bySource(d, active, enables, used) {
  for (const directive of active) {
    if (!matches(d.code, directive.codes) || !covers(directive, d.line, d.code, enables)) continue;
    used.add(directive);
    return { kind: "inSource", justification: directive.reason };
  }
  return void 0;
}
function byConfig(d, entries) {
  for (const e of entries) {
    if (matches(d.code, e.codes) && (e.pointer === void 0 || pointerTest(e.pointer)(d.pointer))) return { kind: "external", justification: e.reason ?? "" };
  }
  return void 0;
}
function unused(file, active, used, options) {
  const out = [];
  for (const d of active) {
    const problem = d.codes.map(codeNameProblem).find((p) => p !== void 0);
    const never = d.codes.find((c) => NEVER_SUPPRESSED.has(c));
    if (used.has(d) && problem === void 0) continue;
    let detail;
    if (problem !== void 0) {
      detail = `${problem[0].toUpperCase()}${problem.slice(1)}${/[.?]$/.test(problem) ? "" : "."}`;
    } else if (never !== void 0) {
      detail = `${never} is never suppressed: ${never === "DuplicateKey" ? "the API would keep only one of the two values, so remove one of the keys" : "a file that does not parse cannot be checked"}.`;
    } else {
      const where = { "disable-next-line": "on the next line", "disable-line": "on this line", disable: "after it", "disable-file": "in this file", enable: "" }[d.kind];
      detail = `No ${d.codes.length ? `${d.codes.join(" or ")} ` : ""}finding is reported ${where}; remove the comment.`;
    }
    const severity = severityFor("UnusedSuppression", lintCode("UnusedSuppression").severity, file, options);
    if (severity === "off") continue;
    const { code, message, status, origin } = lint("UnusedSuppression");
    out.push({ code, message, detail, status, origin, severity, rule: "suppressions", file, document: d.document, pointer: "", line: d.line, column: d.column, endLine: d.line, endColumn: d.endColumn });
  }
  return out;
}

// src/finalize/finalize.ts
function finalize(input, options) {
  const { file } = input;
  if (input.candidates.length === 0 && input.omitted.unknown === 0 && input.omitted.other === 0 && input.directives.length === 0) return fileResult(file, []);
  const kept2 = [];
  const overrides = input.candidates.length ? overridesFor(file, options) : [];
  for (const c of firstPerParameter(input.candidates)) {
    const severity = severityFor(c.code, c.severity, file, options, overrides);
    if (severity !== "off") kept2.push(severity === c.severity ? c : Object.assign({}, c, { severity }));
  }
  let omitted = input.omitted.unknown;
  if (omitted > 0 && severityFor("UnknownParameter", lintCode("UnknownParameter").severity, file, options) === "off") omitted = 0;
  omitted += input.omitted.other;
  const most = maxFindings(options.config);
  const diagnostics = kept2.length + omitted > most ? firstFindings(kept2, most, omitted, file, options) : kept2.map(bare);
  return applySuppressions(fileResult(file, sortDiagnostics(diagnostics)), input.directives, options);
}
function firstPerParameter(candidates) {
  if (candidates.length < 2) return candidates;
  const best = /* @__PURE__ */ new Map();
  for (const c of candidates) {
    if (c.parameter === void 0) continue;
    const key = `${c.document}:${c.parameter}`;
    const seen = best.get(key);
    if (!seen || c.rank < seen.rank) best.set(key, c);
  }
  return candidates.filter((c) => c.parameter === void 0 || best.get(`${c.document}:${c.parameter}`) === c);
}
function firstFindings(kept2, limit, omitted, file, options) {
  const ordered = [...kept2].sort((a, b) => a.document - b.document || a.line - b.line || a.column - b.column);
  const diagnostics = ordered.slice(0, limit).map(bare);
  const severity = severityFor("TooManyFindings", lintCode("TooManyFindings").severity, file, options);
  const first = ordered[limit];
  if (severity === "off" || !first) return diagnostics;
  const more = ordered.length + omitted - limit;
  const { code, message, status, origin } = lint("TooManyFindings");
  diagnostics.push({
    code,
    message,
    detail: `${more} more finding${more === 1 ? "" : "s"} from here on ${more === 1 ? "is" : "are"} not shown; clusterlint reports at most ${limit} per file (maxFindingsPerFile in the config).`,
    status,
    origin,
    severity,
    rule: "findings-limit",
    file,
    document: first.document,
    pointer: first.pointer,
    line: first.line,
    column: first.column,
    endLine: first.endLine,
    endColumn: first.endColumn
  });
  return diagnostics;
}
function bare(c) {
  return c.parameter === void 0 ? c : diagnosticAt(c, c.file, c.document, c, c.fix);
}

// src/api/rule-api.ts
function defineRule(rule) {
  return rule;
}
function defineCrossFileRule(rule) {
  return rule;
}

// rules/bcs-instance-type.ts
var DISKS = ["/Configs/Disks/SystemDisk/Type", "/Configs/Disks/DataDisk/Type"];
var bcs_instance_type_default = defineRule({
  id: "bcs-instance-type",
  dialect: "batchcompute",
  docs: "bcs.* instance types are not for VPC clusters and take only ephemeral disks (Batch Compute user guide).",
  codes: ["BcsInstanceTypeInVpc", "BcsInstanceTypeDiskType"],
  check({ data, report }) {
    let uses;
    if (isBcs(data.InstanceType)) uses = ["/InstanceType"];
    const groups = data.Groups;
    if (isObject(groups)) {
      for (const name in groups) {
        const group = groups[name];
        if (isObject(group) && isBcs(group.InstanceType)) (uses ??= []).push(child(child("/Groups", name), "InstanceType"));
      }
    }
    if (uses === void 0) return;
    if (isObject(get(data, "/Configs/Networks/VPC"))) {
      for (const at of uses) report.lint("BcsInstanceTypeInVpc", at, { detail: `${get(data, at)} is a bcs.* type; use an ecs.* type in a VPC cluster.` });
    }
    for (const at of DISKS) {
      const type = get(data, at);
      if (typeof type === "string" && type !== "" && type !== "ephemeral") {
        report.lint("BcsInstanceTypeDiskType", at, { detail: `The disk type is "${type}", but ${get(data, uses[0])} only supports ephemeral disks.` });
      }
    }
  }
});
function isBcs(value) {
  return typeof value === "string" && value.startsWith("bcs.");
}

// rules/lib/cidr.ts
var PRIVATE_RANGES = [
  { cidr: "10.0.0.0/8", address: 167772160, prefix: 8, minMask: 12 },
  { cidr: "172.16.0.0/12", address: 2886729728, prefix: 12, minMask: 12 },
  { cidr: "192.168.0.0/16", address: 3232235520, prefix: 16, minMask: 16 }
];
function parseCidr(text) {
  let address = 0;
  let i = 0;
  for (let part = 0; part < 5; part++) {
    const start = i;
    let value = 0;
    for (let c = text.charCodeAt(i); c >= 48 && c <= 57; c = text.charCodeAt(++i)) value = value * 10 + (c - 48);
    const digits = i - start;
    if (digits === 0 || digits > (part < 4 ? 3 : 2) || digits > 1 && text.charCodeAt(start) === 48) return void 0;
    if (part === 4) return i === text.length && value <= 32 ? { address, prefix: value } : void 0;
    if (value > 255 || text.charCodeAt(i) !== (part < 3 ? 46 : 47)) return void 0;
    address = address * 256 + value;
    i++;
  }
  return void 0;
}
function mask(prefix) {
  return prefix === 0 ? 0 : 4294967295 << 32 - prefix >>> 0;
}
function formatAddress(address) {
  return [24, 16, 8, 0].map((s) => address >>> s & 255).join(".");
}
function privateRangeOf(c) {
  return PRIVATE_RANGES.find((r) => c.prefix >= r.prefix && (c.address & mask(r.prefix)) >>> 0 === r.address);
}
function checkPrivateNetwork(text) {
  const c = parseCidr(text);
  if (!c) {
    return {
      severity: "error",
      detail: `${JSON.stringify(text)} is not an IPv4 CIDR block a.b.c.d/n (octets 0\u2013255 without leading zeros, n from 0 to 32).`
    };
  }
  const network = (c.address & mask(c.prefix)) >>> 0;
  if (network !== c.address) {
    const fixed = `${formatAddress(network)}/${c.prefix}`;
    return { severity: "error", detail: `${text} has host bits set; the network address is ${fixed}.`, network: fixed };
  }
  if (!privateRangeOf(c)) {
    return { severity: "error", detail: `${text} is not inside a private range (10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16).` };
  }
  return void 0;
}
function checkVpcCidr(text) {
  const problem = checkPrivateNetwork(text);
  if (problem) return problem;
  const c = parseCidr(text);
  const range = privateRangeOf(c);
  if (c.prefix < range.minMask || c.prefix > 24) {
    return {
      severity: "warning",
      detail: `${text} has a /${c.prefix} mask; inside ${range.cidr} the mask should be from ${range.minMask} to 24, or creating the VPC may fail.`
    };
  }
  return void 0;
}

// rules/cidr-block.ts
var POINTER = "/Configs/Networks/VPC/CidrBlock";
var cidr_block_default = defineRule({
  id: "cidr-block",
  dialect: "batchcompute",
  docs: "VPC CIDR blocks are private IPv4 networks with a 12\u201324 mask (Batch Compute CreateCluster, InvalidCidrBlock).",
  codes: ["InvalidCidrBlock"],
  check({ data, report }) {
    const value = get(data, POINTER);
    if (typeof value !== "string") return;
    const problem = checkVpcCidr(value);
    if (!problem) return;
    const { severity, detail, network } = problem;
    report.invalid(POINTER, "format", { severity, detail, ...network ? { fix: { from: value, to: network, quotes: "keep" } } : {} });
  }
});

// rules/cluster-count.ts
var cluster_count_default = defineCrossFileRule({
  id: "cluster-count",
  docs: "The Batch Compute clusters of one run stay within the MaxClusterCount quota set in the config.",
  codes: ["QuotaExhausted.MaxClusterCount"],
  check({ summaries, config: config2, report }) {
    const max = config2.quotas?.MaxClusterCount;
    if (max === void 0) return;
    const clusters = summaries.filter((s) => s.dialect === "batchcompute");
    clusters.forEach((s, i) => {
      if (i < max) return;
      report(s).api("QuotaExhausted.MaxClusterCount", "", {
        value: max,
        target: "container",
        detail: `This is cluster ${i + 1} of this run; the quota allows ${max}.`
      });
    });
  }
});

// rules/cluster-size.ts
var MAX_NODES = 50;
var cluster_size_default = defineRule({
  id: "cluster-size",
  dialect: "containerservice",
  docs: "A swarm cluster has at most 50 nodes; more is a warning (SPEC \xA75; EVIDENCE: the Terraform provider validates node_number in 0\u201350).",
  codes: ["InvalidSize"],
  check({ data, report, source }) {
    const size = data.size;
    if (typeof size !== "number" || !Number.isInteger(size) || size <= MAX_NODES) return;
    report.invalid("/size", "bounds", {
      severity: "warning",
      detail: `size is ${numberAsWritten(size, source("/size"))}; the provider's tooling creates at most ${MAX_NODES} nodes in one swarm cluster.`
    });
  }
});

// rules/disk-types.ts
var SYSTEM = "/Configs/Disks/SystemDisk/Type";
var DATA = "/Configs/Disks/DataDisk/Type";
var disk_types_default = defineRule({
  id: "disk-types",
  dialect: "batchcompute",
  docs: "DataDisk.Type must equal SystemDisk.Type when both are non-empty (SPEC \xA74 Configs.Disks: the project's reading of the disk parameters; no error row).",
  codes: ["InvalidConfigs.Disks.DataDisk.Type"],
  check({ data, report, schema }) {
    const system = get(data, SYSTEM);
    const dataType = get(data, DATA);
    const valid = (pointer, v) => typeof v === "string" && v !== "" && (schema(pointer)?.enum ?? []).includes(v);
    if (!valid(SYSTEM, system) || !valid(DATA, dataType) || system === dataType) return;
    report.invalid(DATA, "format", { detail: `DataDisk.Type is "${dataType}" but SystemDisk.Type is "${system}"; both disks must have the same category.` });
  }
});

// rules/duplicate-key.ts
var duplicate_key_default = defineRule({
  id: "duplicate-key",
  dialect: "any",
  docs: "Each key appears once per object; the parser records every repeat, reported at each later key (SPEC \xA73 DuplicateKey: the project's own check).",
  codes: ["DuplicateKey"],
  check({ document, report, lineOf }) {
    for (const d of document.duplicates) {
      const name = tokens(d.pointer).at(-1) ?? "";
      report.lint("DuplicateKey", d.pointer, { target: "key", span: d.key, detail: `"${name}" is already defined on line ${lineOf(d.firstKey.start)}; keep only one.` });
    }
  }
});

// rules/empty-group.ts
var empty_group_default = defineRule({
  id: "empty-group",
  dialect: "batchcompute",
  docs: "DesiredVMCount 0 (an empty group, scaled later) is InvalidDesiredVMCount as a warning (seed row [1, 65536]; EVIDENCE: the Java SDK test creates a 0-VM group, 201).",
  codes: ["InvalidDesiredVMCount"],
  check({ data, report }) {
    const groups = data.Groups;
    if (!isObject(groups)) return;
    for (const name in groups) {
      const group = groups[name];
      if (!isObject(group) || group.DesiredVMCount !== 0) continue;
      report.invalid(child(child("/Groups", name), "DesiredVMCount"), "bounds", {
        severity: "warning",
        detail: `Group "${name}" asks for 0 VMs: the API accepts 0 and creates an empty group, to be scaled later; the documented range starts at 1.`
      });
    }
  }
});

// rules/express-connect.ts
var VPC = "/Configs/Networks/VPC";
var REQUIRED = ["OppositeRouterId", "OppositeAccessPointId", "OppositeRegionId"];
var TRIGGERS = [...REQUIRED, "OppositeRouterType", "OppositeInterfaceId", "ExpressConnectSpec"];
var express_connect_default = defineRule({
  id: "express-connect",
  dialect: "batchcompute",
  docs: "Any Express Connect field requires OppositeRouterId, OppositeAccessPointId and OppositeRegionId (Batch Compute CreateCluster error table).",
  codes: REQUIRED.map((f) => `MissingConfigs.Networks.VPC.${f}`),
  check({ data, report }) {
    const vpc = get(data, VPC);
    if (!isObject(vpc)) return;
    const trigger = TRIGGERS.find((k) => isPresent(vpc[k]));
    if (!trigger) return;
    for (const field of REQUIRED) {
      if (!isPresent(vpc[field])) report.missing(`${VPC}/${field}`, { detail: `${trigger} is set, so the Express Connect link also needs ${field}.` });
    }
  }
});

// rules/idempotent-token.ts
var idempotent_token_default = defineCrossFileRule({
  id: "idempotent-token",
  docs: "An IdempotentToken is used by one body only across the specs of a run (IdempotentTokenMismatch).",
  codes: ["IdempotentTokenMismatch"],
  check({ summaries, report, lineOf, bodyHash }) {
    const first = /* @__PURE__ */ new Map();
    for (const s of summaries) {
      if (s.dialect !== "batchcompute" || s.idempotentToken === void 0) continue;
      const earlier = first.get(s.idempotentToken);
      if (!earlier) {
        first.set(s.idempotentToken, s);
        continue;
      }
      if (bodyHash(earlier) === bodyHash(s)) continue;
      report(s).api("IdempotentTokenMismatch", "/IdempotentToken", {
        detail: `Also used by ${earlier.file}:${lineOf(earlier, "/IdempotentToken")} with a different body.`
      });
    }
  }
});

// rules/image-id-prefix.ts
var PREFIXES = ["m-", "img-"];
var image_id_prefix_default = defineRule({
  id: "image-id-prefix",
  dialect: "batchcompute",
  docs: "An image id starts with m- (ECS) or img- (Batch Compute); another is InvalidImageId as a warning (EVIDENCE: the official bcs command line refuses others).",
  codes: ["InvalidImageId"],
  check({ data, report }) {
    checkId(report, data.ImageId, void 0);
    const groups = data.Groups;
    if (!isObject(groups)) return;
    for (const name in groups) {
      const group = groups[name];
      if (isObject(group)) checkId(report, group.ImageId, name);
    }
  }
});
function checkId(report, value, group) {
  if (typeof value !== "string" || value === "" || value.startsWith(PREFIXES[0]) || value.startsWith(PREFIXES[1])) return;
  report.invalid(group === void 0 ? "/ImageId" : child(child("/Groups", group), "ImageId"), "format", {
    severity: "warning",
    detail: `${quote(value)} starts with neither m- (an ECS image) nor img- (a Batch Compute image); the official bcs command line refuses such an id.`
  });
}

// rules/instance-type-allowed.ts
function instanceTypes(dialect, data) {
  if (dialect === "containerservice") return [["/instance_type", data.instance_type]];
  const found2 = [["/InstanceType", data.InstanceType]];
  if (isObject(data.Groups)) {
    for (const [name, group] of Object.entries(data.Groups)) if (isObject(group)) found2.push([child(child("/Groups", name), "InstanceType"), group.InstanceType]);
  }
  return found2;
}
var instance_type_allowed_default = defineRule({
  id: "instance-type-allowed",
  dialect: "any",
  docs: "Instance types, the cluster's and each group's, come from the config allow-list `instanceTypes`, when it is set (SPEC \xA74, \xA76: the project's own setting).",
  codes: ["InvalidInstanceType"],
  check({ dialect, data, config: config2, report }) {
    const allowed = config2.instanceTypes;
    if (!allowed) return;
    for (const [pointer, value] of instanceTypes(dialect, data)) {
      if (typeof value !== "string" || value === "" || allowed.includes(value)) continue;
      report.invalid(pointer, "format", { detail: `${value} is not in the config's instanceTypes (${allowed.join(", ")}).` });
    }
  }
});

// rules/instance-type-required.ts
function named(value) {
  return typeof value === "string" && value !== "";
}
var instance_type_required_default = defineRule({
  id: "instance-type-required",
  dialect: "batchcompute",
  docs: "Every group needs an instance type, its own or the cluster's (seed row MissingInstanceType; EVIDENCE: the SDKs and the API's tests create clusters that name it only per group).",
  codes: ["MissingInstanceType"],
  check({ data, report }) {
    const cluster = data.InstanceType;
    if (named(cluster)) return;
    const groups = isObject(data.Groups) ? Object.entries(data.Groups) : [];
    if (groups.length === 0) {
      if (cluster === void 0) {
        report.missing("/InstanceType", { detail: "Set InstanceType for the cluster, or in each of its groups." });
      }
      return;
    }
    for (const [name, group] of groups) {
      if (!isObject(group)) continue;
      const own = group.InstanceType;
      if (named(own) || own !== void 0 && typeof own !== "string") continue;
      report.missing(child(child("/Groups", name), "InstanceType"), {
        detail: `Group "${name}" has no InstanceType and the cluster sets none; set it in the group or for the whole cluster.`
      });
    }
  }
});

// rules/integer-literal.ts
var integer_literal_default = defineRule({
  id: "integer-literal",
  dialect: "any",
  docs: 'Integer parameters are written without a fraction or exponent (the type rows, e.g. InvalidDesiredVMCount "Its type must be integer"; SPEC \xA74).',
  // The type check of every parameter the two schemas type as integer: the documented row of
  // DesiredVMCount, the template for the others. test/meta.test.ts checks the list against the schemas.
  codes: [
    "InvalidDesiredVMCount",
    "InvalidConfigs.Disks.SystemDisk.Size",
    "InvalidConfigs.Disks.DataDisk.Size",
    "InvalidConfigs.Mounts.CacheBlockSize",
    "InvalidConfigs.Mounts.CacheTotalSize",
    "InvalidConfigs.Mounts.RefreshTimeOut",
    "InvalidSize",
    "InvalidDataDiskSize"
  ],
  check({ data, report, source, integersWrittenAsFloats: integersWrittenAsFloats2 }) {
    for (const pointer of integersWrittenAsFloats2()) {
      const value = get(data, pointer);
      const written = source(pointer) ?? "";
      const tagged = /^[-+]?\d+$/.test(written);
      const detail = tagged ? `The value is tagged !!float, which makes it a float; write it as the integer ${String(value)}, without the tag.` : `The value is written with a fraction or exponent; write it as the integer ${String(value)}.`;
      const exact = tagged ? void 0 : exactInteger(written);
      report.invalid(pointer, "type", { detail, ...exact !== void 0 ? { fix: { from: written, to: exact, quotes: "none" } } : {} });
    }
  }
});

// rules/mount-locale.ts
var POINTER2 = "/Configs/Mounts/Locale";
function documented(node) {
  if (!node) return [];
  let values = documentedOf.get(node);
  if (!values) {
    const branch = node.anyOf?.find((b) => Array.isArray(b.enum));
    documentedOf.set(node, values = (branch?.enum ?? []).filter((v) => typeof v === "string"));
  }
  return values;
}
var documentedOf = /* @__PURE__ */ new WeakMap();
var mount_locale_default = defineRule({
  id: "mount-locale",
  dialect: "batchcompute",
  docs: "Configs.Mounts.Locale is GBK or UTF-8; another string is a warning (SPEC \xA74; project decision: no error row refuses it).",
  codes: ["InvalidConfigs.Mounts.Locale"],
  check({ data, report, schema }) {
    const value = get(data, POINTER2);
    if (typeof value !== "string") return;
    const allowed = documented(schema(POINTER2));
    if (allowed.includes(value)) return;
    const near = closest(value, allowed);
    report.invalid(POINTER2, "format", {
      severity: "warning",
      detail: `Configs.Mounts.Locale is ${quote(value)}; the documented values are ${allowed.map((v) => JSON.stringify(v)).join(", ")}.${near ? ` Did you mean "${near}"?` : ""}`
    });
  }
});

// rules/network-mode-conflict.ts
var network_mode_conflict_default = defineRule({
  id: "network-mode-conflict",
  dialect: "batchcompute",
  docs: "Networks.Classic with a non-empty list and Networks.VPC exclude each other (Batch Compute user guide).",
  codes: ["NetworkModeConflict"],
  check({ data, report }) {
    const classic = get(data, "/Configs/Networks/Classic");
    if (!isObject(classic) || !isObject(get(data, "/Configs/Networks/VPC"))) return;
    const used = Object.keys(classic).filter((k) => Array.isArray(classic[k]) && classic[k].length > 0);
    if (used.length === 0) return;
    report.lint("NetworkModeConflict", "/Configs/Networks/Classic", {
      target: "key",
      detail: `Classic sets ${used.join(", ")} while VPC is set; keep only one network mode.`
    });
  }
});

// rules/password-strength.ts
var CLASSES = [
  { name: "upper case letters", test: /[A-Z]/ },
  { name: "lower case letters", test: /[a-z]/ },
  { name: "digits", test: /[0-9]/ },
  { name: "special characters", test: /[^A-Za-z0-9]/ }
];
var REQUIRED_CLASSES = 3;
var password_strength_default = defineRule({
  id: "password-strength",
  dialect: "containerservice",
  docs: "The root password mixes at least three of upper case, lower case, digits and special characters (SPEC \xA75; source: the ECS instance password rule, the seed names only the root password).",
  codes: ["InvalidPassword"],
  check({ data, report, schema }) {
    const value = data.password;
    const node = schema("/password");
    if (typeof value !== "string" || !node) return;
    const length = [...value].length;
    if (length < (node.minLength ?? 0) || length > (node.maxLength ?? Infinity)) return;
    if (node.pattern && !new RegExp(node.pattern, "u").test(value)) return;
    const present = CLASSES.filter((c) => c.test.test(value));
    if (present.length >= REQUIRED_CLASSES) return;
    const missing2 = CLASSES.filter((c) => !present.includes(c)).map((c) => c.name);
    const has = present.length === 0 ? "no class" : `only ${present.map((c) => c.name).join(" and ")}`;
    report.invalid("/password", "format", {
      detail: `password has ${has}; it needs at least ${REQUIRED_CLASSES} of upper case letters, lower case letters, digits and special characters (add ${missing2.join(" or ")}).`
    });
  }
});

// rules/plaintext-secret.ts
var plaintext_secret_default = defineRule({
  id: "plaintext-secret",
  dialect: "any",
  docs: "A secret-named key (password, token, AccessKeySecret, DB_PASSWORD in UserData, \u2026) holds a value: secrets should come from a secret store, not the spec file (SPEC \xA73; EVIDENCE: secrets found in UserData in a real cluster template). The value is never echoed.",
  codes: ["PlaintextSecret"],
  check({ data, report }) {
    const path = [];
    const found2 = (key) => {
      let at = "";
      for (const token of path) at = child(at, token);
      at = child(at, key);
      report.lint("PlaintextSecret", at, { detail: `Do not commit the value of ${tokens(at).join(".")}; inject it from a secret store at deploy time.` });
    };
    const walk2 = (value) => {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item = value[i];
          if (typeof item === "object" && item !== null) {
            path.push(i);
            walk2(item);
            path.pop();
          }
        }
        return;
      }
      for (const key in value) {
        const v = value[key];
        if (typeof v === "string") {
          if (v !== "" && isSecretName(key)) found2(key);
        } else if (typeof v === "object" && v !== null) {
          path.push(key);
          walk2(v);
          path.pop();
        }
      }
    };
    if (isObject(data)) walk2(data);
  }
});

// rules/quotas.ts
var quotas_default = defineRule({
  id: "quotas",
  dialect: "batchcompute",
  docs: "Groups, VMs per group and router types stay within the quotas set in the config (403 QuotaExhausted rows).",
  codes: ["QuotaExhausted.MaxClusterGroupCount", "QuotaExhausted.MaxClusterGroupDesiredVMCount", "QuotaExhausted.Configs.Networks.VPC.OppositeRouterType"],
  check({ data, config: config2, report, source }) {
    const quotas = config2.quotas ?? {};
    const groups = data.Groups;
    if (isObject(groups)) {
      const maxGroups = quotas.MaxClusterGroupCount;
      const count2 = maxGroups === void 0 ? 0 : Object.keys(groups).length;
      if (maxGroups !== void 0 && count2 > maxGroups) {
        report.api("QuotaExhausted.MaxClusterGroupCount", "/Groups", {
          value: maxGroups,
          target: "container",
          detail: `The cluster has ${count2} groups; the quota allows ${maxGroups}.`
        });
      }
      const maxVms = quotas.MaxClusterGroupDesiredVMCount;
      if (maxVms !== void 0) {
        for (const name in groups) {
          const group = groups[name];
          const count3 = isObject(group) ? group.DesiredVMCount : void 0;
          if (typeof count3 === "number" && Number.isInteger(count3) && count3 > maxVms) {
            const at = child(child("/Groups", name), "DesiredVMCount");
            report.api("QuotaExhausted.MaxClusterGroupDesiredVMCount", at, {
              value: maxVms,
              detail: `Group "${name}" asks for ${numberAsWritten(count3, source(at))} VMs; the quota allows ${maxVms}.`
            });
          }
        }
      }
    }
    const routerType = get(data, "/Configs/Networks/VPC/OppositeRouterType");
    if (typeof routerType === "string" && routerType !== "" && config2.forbiddenOppositeRouterTypes?.includes(routerType)) {
      report.api("QuotaExhausted.Configs.Networks.VPC.OppositeRouterType", "/Configs/Networks/VPC/OppositeRouterType", {
        value: routerType,
        detail: `The config's forbiddenOppositeRouterTypes lists ${routerType}.`
      });
    }
  }
});

// rules/lib/regions.ts
var REGIONS = {
  "cn-qingdao": "China (Qingdao)",
  "cn-beijing": "China (Beijing)",
  "cn-zhangjiakou": "China (Zhangjiakou)",
  "cn-huhehaote": "China (Hohhot)",
  "cn-wulanchabu": "China (Ulanqab)",
  "cn-hangzhou": "China (Hangzhou)",
  "cn-shanghai": "China (Shanghai)",
  "cn-nanjing": "China (Nanjing - Local Region)",
  "cn-fuzhou": "China (Fuzhou - Local Region)",
  "cn-wuhan-lr": "China (Wuhan - Local Region)",
  "cn-shenzhen": "China (Shenzhen)",
  "cn-heyuan": "China (Heyuan)",
  "cn-guangzhou": "China (Guangzhou)",
  "cn-chengdu": "China (Chengdu)",
  "cn-hongkong": "China (Hong Kong)",
  "ap-northeast-1": "Japan (Tokyo)",
  "ap-northeast-2": "South Korea (Seoul)",
  "ap-southeast-1": "Singapore",
  "ap-southeast-3": "Malaysia (Kuala Lumpur)",
  "ap-southeast-5": "Indonesia (Jakarta)",
  "ap-southeast-6": "Philippines (Manila)",
  "ap-southeast-7": "Thailand (Bangkok)",
  "us-east-1": "US (Virginia)",
  "us-west-1": "US (Silicon Valley)",
  "us-southeast-1": "US (Atlanta)",
  "na-south-1": "Mexico",
  "eu-west-1": "UK (London)",
  "eu-central-1": "Germany (Frankfurt)",
  "me-east-1": "UAE (Dubai)",
  "me-central-1": "SAU (Riyadh - Partner Region)",
  "cn-hangzhou-finance": "China (Hangzhou) Finance Cloud",
  "cn-shanghai-finance-1": "China (Shanghai) Finance Cloud",
  "cn-shenzhen-finance-1": "China (Shenzhen) Finance Cloud",
  "cn-beijing-finance-1": "China (Beijing) Finance Cloud",
  "cn-north-2-gov-1": "China North 2 Ali Gov 1"
};
var RETIRED_REGIONS = {
  "ap-southeast-2": "Australia (Sydney)",
  "ap-south-1": "India (Mumbai)"
};

// rules/region-id.ts
var region_id_default = defineRule({
  id: "region-id",
  dialect: "containerservice",
  docs: "region_id is a known Alibaba Cloud region id, else a warning (SPEC \xA75; own decision: a warning, as regions open between releases; list and sources in rules/lib/regions.ts).",
  codes: ["InvalidRegionId"],
  check({ data, report }) {
    const value = data.region_id;
    if (typeof value !== "string" || Object.prototype.hasOwnProperty.call(REGIONS, value)) return;
    let detail;
    if (Object.prototype.hasOwnProperty.call(RETIRED_REGIONS, value)) {
      detail = `${value} (${RETIRED_REGIONS[value]}) has been deactivated; choose a region that takes new clusters.`;
    } else {
      const near = closest(value, Object.keys(REGIONS));
      detail = near ? `${quote(value)} is not a known Alibaba Cloud region id. Did you mean "${near}"?` : `${quote(value)} is not a known Alibaba Cloud region id, such as cn-hangzhou or ap-southeast-1.`;
    }
    report.invalid("/region_id", "format", { severity: "warning", detail });
  }
});

// rules/spot-settings.ts
var fieldOf = (name, field) => child(child("/Groups", name), field);
var spot_settings_default = defineRule({
  id: "spot-settings",
  dialect: "batchcompute",
  docs: "SpotStrategy / SpotPriceLimit are ignored unless ResourceType is Spot; SpotWithPriceLimit needs a SpotPriceLimit (SPEC \xA73 lint codes: the project's own advisories).",
  codes: ["SpotSettingIgnored", "SpotPriceLimitMissing"],
  check({ data, report }) {
    const groups = data.Groups;
    if (!isObject(groups)) return;
    for (const name in groups) {
      const group = groups[name];
      if (!isObject(group)) continue;
      const strategy = group.SpotStrategy;
      const limit = group.SpotPriceLimit;
      if (group.ResourceType !== "Spot") {
        const ignored = typeof strategy === "string" && strategy !== "";
        const unused2 = typeof limit === "number" && limit !== 0;
        if (ignored || unused2) {
          const why = `ResourceType is ${typeof group.ResourceType === "string" ? `"${group.ResourceType}"` : "not set"}, so the API ignores this spot setting.`;
          if (ignored) report.lint("SpotSettingIgnored", fieldOf(name, "SpotStrategy"), { detail: why });
          if (unused2) report.lint("SpotSettingIgnored", fieldOf(name, "SpotPriceLimit"), { detail: why });
        }
      }
      if (strategy === "SpotWithPriceLimit" && (limit === void 0 || limit === 0)) {
        report.lint("SpotPriceLimitMissing", fieldOf(name, "SpotStrategy"), { detail: `Set SpotPriceLimit in group "${name}" to the highest hourly price to pay.` });
      }
    }
  }
});

// rules/subnet-cidr.ts
var subnet_cidr_default = defineRule({
  id: "subnet-cidr",
  dialect: "containerservice",
  docs: "subnet_cidr is a private IPv4 network address (SPEC \xA75; source: the seed asks for a VPC CIDR block; private ranges of RFC 1918, own decision: no mask warning, none is documented).",
  codes: ["InvalidSubnetCidr"],
  check({ data, report }) {
    const value = data.subnet_cidr;
    if (typeof value !== "string") return;
    const problem = checkPrivateNetwork(value);
    if (!problem) return;
    const { detail, network } = problem;
    report.invalid("/subnet_cidr", "format", { detail, ...network ? { fix: { from: value, to: network, quotes: "keep" } } : {} });
  }
});

// rules/topic-endpoint.ts
var POINTER3 = "/Notification/Topic/Endpoint";
var topic_endpoint_default = defineRule({
  id: "topic-endpoint",
  dialect: "batchcompute",
  docs: 'A non-empty Notification.Topic.Endpoint starts with http:// or https://, else a warning; "" is no endpoint (EVIDENCE: the CLI sends "", the Java SDK test an endpoint without a scheme).',
  codes: ["InvalidNotification.Topic.Endpoint"],
  check({ data, report }) {
    const value = get(data, POINTER3);
    if (typeof value !== "string" || value === "" || /^https?:\/\//i.test(value)) return;
    report.invalid(POINTER3, "format", {
      severity: "warning",
      detail: `Notification.Topic.Endpoint ${quote(value)} does not start with http:// or https://; an MNS endpoint is a URL such as http://1234567890.mns.cn-hangzhou.aliyuncs.com/.`
    });
  }
});

// rules/index.ts
var RULES = [
  duplicate_key_default,
  integer_literal_default,
  plaintext_secret_default,
  instance_type_required_default,
  image_id_prefix_default,
  empty_group_default,
  cidr_block_default,
  disk_types_default,
  express_connect_default,
  mount_locale_default,
  topic_endpoint_default,
  spot_settings_default,
  bcs_instance_type_default,
  network_mode_conflict_default,
  instance_type_allowed_default,
  quotas_default,
  password_strength_default,
  subnet_cidr_default,
  cluster_size_default,
  region_id_default
];
var CROSS_FILE_RULES = [cluster_count_default, idempotent_token_default];
var DEFAULT_RULESET = { rules: RULES, crossFile: CROSS_FILE_RULES };

// src/secrets/mask.ts
function redactSecrets(file, bytes2, parsed) {
  const decoded = decodeUtf8(bytes2);
  const text = decoded.ok ? decoded.text : displayText(bytes2);
  const masked = new Masked(text);
  if (formatOf(file, text) === "json") jsonSecrets(text, masked);
  else {
    const documents = decoded.ok ? parsed ?? parseYaml(text) : [];
    const lines = new LineIndex(text);
    for (const doc of documents) {
      if (doc.syntax) continue;
      const seen = /* @__PURE__ */ new Set();
      for (const { pointer } of secretValues(doc.data)) {
        const loc = doc.loc(pointer);
        if (loc && !seen.has(loc.value.start)) {
          seen.add(loc.value.start);
          masked.quoted(loc.value.start, loc.value.end);
        }
      }
      const starts = /* @__PURE__ */ new Set();
      for (const d of doc.duplicates) {
        if (isSecretName(tokens(d.pointer).pop())) starts.add(d.firstKey.start - lines.position(d.firstKey.start).column + 1);
      }
      if (starts.size) guess(text, "yaml", masked, [...starts].sort((x, y) => x - y));
    }
    if (!decoded.ok || documents.some((d) => d.syntax)) guess(text, "yaml", masked);
  }
  return masked.text();
}
function jsonSecrets(text, masked) {
  const shape = scanJson(text);
  const secret = new Uint8Array(shape.count);
  const p = { parent: -1, keyStart: -1, keyEnd: -1, start: 0, end: 0, container: false };
  for (let node = 0; node < shape.count; node++) {
    shape.place(node, p);
    let named2 = false;
    if (p.keyStart >= 0) {
      try {
        named2 = isSecretName(shape.key(node));
      } catch {
        named2 = true;
      }
    }
    secret[node] = named2 || p.parent >= 0 && secret[p.parent] === 1 ? 1 : 0;
    if (secret[node] && !p.container && p.end > p.start) masked.quoted(p.start, p.end);
  }
  if (shape.syntax) guess(text, "json", masked);
}
var Masked = class {
  constructor(source) {
    this.source = source;
  }
  source;
  marks;
  /** Marks `[start, end)`. */
  span(start, end) {
    if (end <= start) return;
    const marks = this.marks ??= new Uint8Array(this.source.length);
    marks.fill(1, start, Math.min(end, marks.length));
  }
  /** Marks a value's span without its quotes, so that the masked text still reads as a string. */
  quoted(start, end) {
    const first = this.source[start];
    if (end - start >= 2 && (first === '"' || first === "'") && this.source[end - 1] === first) this.span(start + 1, end - 1);
    else this.span(start, end);
  }
  /** The text with every marked code unit but line breaks and line-starting blanks written as `*`. */
  text() {
    const marks = this.marks;
    const t = this.source;
    if (!marks) return t;
    const units = new Uint16Array(t.length);
    let lineStart = true;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10 || c === 13) lineStart = true;
      else if (c !== 32 && c !== 9) lineStart = false;
      units[i] = marks[i] === 1 && c !== 10 && c !== 13 && !lineStart ? 42 : c;
    }
    return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString("utf16le");
  }
};
var FLOW = /* @__PURE__ */ new Set([",", "[", "]", "{", "}"]);
function guess(text, format2, masked, only) {
  let start = only ? only[0] ?? text.length : 0;
  let k = 0;
  while (start < text.length) {
    const end = lineEndOf(text, start);
    const found2 = guessLine(text, start, end, format2, masked);
    let next = nextLine(text, end);
    if (found2 && format2 === "yaml") {
      const indent = indentOf(text, start);
      while (next < text.length) {
        const e = lineEndOf(text, next);
        const own = indentOf(text, next);
        if (next + own < e && own <= indent) break;
        masked.span(next + own, e);
        next = nextLine(text, e);
      }
    }
    if (only) {
      while (k < only.length && only[k] < next) k++;
      if (k >= only.length) break;
      next = only[k];
    }
    start = next;
  }
}
function guessLine(text, start, end, format2, masked) {
  let found2 = false;
  let i = start;
  while (i < end) {
    const c = text[i];
    let from;
    let to;
    let next;
    let quote2 = "";
    if (c === " " || c === "	" || c === ":" || FLOW.has(c)) {
      i++;
      continue;
    } else if (c === '"' || c === "'") {
      to = closingQuote(text, i, end, c === "'" && format2 === "yaml");
      from = i + 1;
      next = to + 1;
      quote2 = c;
    } else if (c === "#" && format2 === "yaml" && (i === start || text[i - 1] === " " || text[i - 1] === "	")) {
      if (found2) masked.span(i, end);
      return found2;
    } else if ((c === "-" || c === "?") && format2 === "yaml" && (i + 1 >= end || text[i + 1] === " " || text[i + 1] === "	")) {
      i++;
      continue;
    } else {
      let j = i;
      while (j < end) {
        const d = text[j];
        if (FLOW.has(d) || d === '"') break;
        if (d === ":" && (format2 === "json" || j + 1 >= end || text[j + 1] === " " || text[j + 1] === "	")) break;
        j++;
      }
      to = j;
      while (to > i && (text[to - 1] === " " || text[to - 1] === "	")) to--;
      from = i;
      next = j;
    }
    if (found2) masked.span(from, to);
    else {
      let after = next;
      while (after < end && (text[after] === " " || text[after] === "	")) after++;
      if (text[after] === ":" && isSecretName(quote2 ? decodeQuoted(text.slice(from, to), quote2, format2) : text.slice(from, to))) found2 = true;
    }
    i = Math.max(next, i + 1);
  }
  return found2;
}
function closingQuote(text, open2, end, doubledQuote) {
  const q = text[open2];
  for (let i = open2 + 1; i < end; i++) {
    const c = text[i];
    if (c === "\\" && q === '"') i++;
    else if (c === q) {
      if (doubledQuote && text[i + 1] === q) i++;
      else return i;
    }
  }
  return end;
}
function decodeQuoted(raw, quote2, format2) {
  if (quote2 === "'") return format2 === "yaml" ? raw.replace(/''/g, "'") : raw;
  if (!raw.includes("\\")) return raw;
  return raw.replace(/\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|U([0-9a-fA-F]{8})|(.))/g, (_m, u, x, U, other) => {
    const hex2 = u ?? x ?? U;
    if (hex2) {
      const code = Number.parseInt(hex2, 16);
      return code <= 1114111 ? String.fromCodePoint(code) : "";
    }
    return other === void 0 ? "" : { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", "0": "\0" }[other] ?? other;
  });
}
function lineEndOf(text, start) {
  let i = start;
  while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
  return i;
}
function nextLine(text, end) {
  return end + (text.startsWith("\r\n", end) ? 2 : 1);
}
function indentOf(text, start) {
  let i = start;
  while (text[i] === " " || text[i] === "	") i++;
  return i - start;
}
function syntaxDetail(text, format2, offset, detail) {
  let start = Math.min(offset, text.length);
  while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
  if (!guessLine(text, start, lineEndOf(text, start), format2, new Masked(text))) return detail;
  return format2 === "json" ? detail.replace(/(found |Unexpected |at )'(?:'|[^']{1,2})'/u, "$1a character after a secret key") : detail.replace(/:\s[\s\S]*$/, ".");
}
var ELIDED = "\u2026";
function secretScrubber(format2, text, doc) {
  if (format2 !== "yaml" || doc.syntax || !text.includes("&")) return void 0;
  const secrets = [];
  const secretPointers = /* @__PURE__ */ new Set();
  for (const { pointer, value } of secretValues(doc.data)) {
    secretPointers.add(pointer);
    const loc = doc.loc(pointer);
    if (loc && (typeof value === "string" || typeof value === "number") && String(value) !== "") secrets.push({ span: loc.value, text: String(value) });
  }
  if (secrets.length === 0) return void 0;
  secrets.sort((a, b) => a.span.start - b.span.start);
  const inside = (s) => {
    let lo = 0;
    let hi = secrets.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (secrets[mid].span.start <= s.start) lo = mid;
      else hi = mid - 1;
    }
    const c = secrets[lo];
    return c.span.start <= s.start && s.end <= c.span.end ? c.text : void 0;
  };
  const reused = /* @__PURE__ */ new Set();
  const stack = [{ value: doc.data, pointer: "" }];
  while (stack.length) {
    const { value, pointer } = stack.pop();
    const loc = pointer === "" ? void 0 : doc.loc(pointer);
    if (loc?.key) {
      const k = inside(loc.key);
      if (k !== void 0) reused.add(k);
    }
    if (loc && !secretPointers.has(pointer)) {
      const v = inside(loc.value);
      if (v !== void 0) reused.add(v);
    }
    if (Array.isArray(value)) value.forEach((item, i) => stack.push({ value: item, pointer: child(pointer, i) }));
    else if (isObject(value)) for (const key of Object.keys(value)) stack.push({ value: value[key], pointer: child(pointer, key) });
  }
  if (reused.size === 0) return void 0;
  const forms = /* @__PURE__ */ new Set();
  for (const s of reused) {
    const chars = [...s];
    for (const f of [s, JSON.stringify(s).slice(1, -1), escapeToken(s), ...chars.length > 60 ? [`${JSON.stringify(chars.slice(0, 57).join("")).slice(1, -1)}\u2026`] : []]) forms.add(f);
  }
  const scrub = elider(forms);
  return (d) => {
    const detail = d.detail === void 0 ? void 0 : scrub(d.detail);
    return { ...d, code: scrub(d.code), message: scrub(d.message), ...detail === void 0 ? {} : { detail }, pointer: scrub(d.pointer) };
  };
}
var word;
var isWordChar = (c) => (word ??= /[\p{L}\p{N}_]/u).test(c);
function elider(forms) {
  const byLength = /* @__PURE__ */ new Map();
  for (const f of forms) {
    if (f === "") continue;
    let set = byLength.get(f.length);
    if (!set) byLength.set(f.length, set = /* @__PURE__ */ new Set());
    set.add(f);
  }
  const lengths = [...byLength.keys()].sort((a, b) => b - a);
  const shortest = lengths[lengths.length - 1] ?? Infinity;
  const joined2 = (text, at, form) => {
    if ([...form].length >= 6) return false;
    const before = text[at - 1];
    const after = text[at + form.length];
    return before !== void 0 && isWordChar(before) && isWordChar(form[0]) || after !== void 0 && isWordChar(after) && isWordChar(form[form.length - 1]);
  };
  return (text) => {
    if (text.length < shortest) return text;
    let out = "";
    let from = 0;
    let i = 0;
    while (i + shortest <= text.length) {
      let hit = 0;
      for (const n of lengths) {
        if (i + n > text.length) continue;
        const piece = text.slice(i, i + n);
        if (byLength.get(n).has(piece) && !joined2(text, i, piece)) {
          hit = n;
          break;
        }
      }
      if (hit) {
        out += text.slice(from, i) + ELIDED;
        i += hit;
        from = i;
      } else i++;
    }
    return from === 0 ? text : out + text.slice(from);
  };
}

// src/run/excerpts.ts
function excerptsOf(file, bytes2, spec, lines) {
  const wanted2 = new Set(lines);
  if (wanted2.size === 0) return [];
  const all = redactSecrets(file, bytes2, spec.format === "yaml" ? spec.documents : void 0).split(/\r\n|\r|\n/);
  return [...wanted2].filter((n) => n >= 1 && n <= all.length).map((n) => [n, all[n - 1]]);
}
var kept = /* @__PURE__ */ new WeakMap();
function keepExcerpts(result, excerpts) {
  const lines = new Map(excerpts);
  for (const d of [...result.diagnostics, ...result.suppressedDiagnostics]) {
    const text = lines.get(d.line);
    if (text !== void 0) kept.set(d, text);
  }
}
function excerptOf(d) {
  return kept.get(d);
}

// src/check/integers.ts
function integersWrittenAsFloats(dialect, doc) {
  const keys = doc.floatIntegerKeys;
  if (keys?.length === 0) return [];
  if (keys) {
    const integers = integerKeys(dialect.schema);
    if (!integers.anyKey && keys.every((k) => k !== "" && !integers.names.has(k))) return [];
  }
  const out = [];
  for (const pointer of doc.floatIntegers) if (schemaAtPointer(dialect, pointer)?.type === "integer") out.push(pointer);
  return out;
}
var known2 = /* @__PURE__ */ new WeakMap();
function integerKeys(root) {
  let found2 = known2.get(root);
  if (found2) return found2;
  const names = /* @__PURE__ */ new Set();
  let anyKey = false;
  const isInteger = (node) => {
    if (!isObject(node)) return false;
    const type = deref(root, node).type;
    return type === "integer" || Array.isArray(type) && type.includes("integer");
  };
  const stack = [root];
  const seen = /* @__PURE__ */ new Set();
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    if (!isObject(node) || seen.has(node)) continue;
    seen.add(node);
    if (isObject(node.properties)) {
      for (const [name, p] of Object.entries(node.properties)) if (isInteger(p)) names.add(name);
    }
    if (isInteger(node.additionalProperties)) anyKey = true;
    if (isObject(node.patternProperties)) {
      for (const p of Object.values(node.patternProperties)) if (isInteger(p)) anyKey = true;
    }
    stack.push(...Object.values(node));
  }
  found2 = { names, anyKey };
  known2.set(root, found2);
  return found2;
}

// src/check/document.ts
function checkDocument(spec, doc, run2) {
  const { explicit, forced } = run2;
  if (doc.syntax) {
    if (!explicit && !forced && !sniffDialect(spec.text)) return "skipped";
    const sink2 = new FindingSink(void 0);
    const o = { severity: "error", target: "value", span: doc.syntax.span, detail: syntaxDetail(spec.text, spec.format, doc.syntax.span.start, doc.syntax.detail) };
    if (spec.format === "json") sink2.api("json-syntax", "InvalidJsonFormat", "", o);
    else sink2.lint("yaml-syntax", "InvalidYamlFormat", "", o);
    return { sink: sink2 };
  }
  const data = doc.data;
  if (!isObject(data)) {
    if (!explicit && !forced) return "skipped";
    const sink2 = new FindingSink(void 0);
    const what = data === null || data === void 0 ? "empty" : Array.isArray(data) ? "an array" : `a ${typeof data}`;
    sink2.api("http-body", "InvalidHttpBody", "", { target: "container", detail: `The document is ${what}; a request body must be an object.` });
    return { sink: sink2 };
  }
  const dialect = decideDialect(data, forced, spec.modelineSchema);
  if (!dialect) {
    if (!explicit) return "skipped";
    const sink2 = new FindingSink(void 0);
    sink2.lint("dialect", "UnknownDialect", "", {
      target: "container",
      detail: `${shapeFailure(Object.keys(data))} If it is a spec, name the dialect with --dialect, a config override, or a $schema reference to one of the clusterlint schemas.`
    });
    return { sink: sink2 };
  }
  const sink = new FindingSink(dialect);
  if (doc.versionDirective) {
    const { severity, span, detail } = doc.versionDirective;
    sink.lint("yaml-version", "InvalidYamlFormat", "", { severity, target: "value", span, detail });
  }
  const source = (pointer) => {
    const loc = doc.loc(pointer);
    return loc ? spec.text.slice(loc.value.start, loc.value.end) : void 0;
  };
  sink.omitted = checkSchema(dialect, data, sink, 2 * maxFindings(run2.config), doc, source, run2.reported);
  const { offsetOf, reported } = run2;
  if (offsetOf && reported !== false) sink.bound({ budget: 2 * maxFindings(run2.config), offsetOf: (f) => offsetOf(doc, f), reported });
  runRules(run2.rules, ruleContext(dialect, doc, data, spec, run2.config, sink, source), sink);
  return { sink, summary: summarize(run2.file, doc.index, dialect, data) };
}
function ruleContext(dialect, doc, data, spec, config2, sink, source) {
  return {
    dialect: dialect.name,
    document: doc,
    data,
    config: config2,
    report: sink.reporter(""),
    schema: (pointer) => schemaAtPointer(dialect, pointer),
    lineOf: (offset) => spec.lines.position(offset).line,
    source,
    integersWrittenAsFloats: () => integersWrittenAsFloats(dialect, doc)
  };
}
function turnsCodesOff(config2) {
  return Object.values(config2.severity ?? {}).includes("off") || (config2.overrides ?? []).some((o) => Object.values(o.severity ?? {}).includes("off"));
}
function summarize(file, document, dialect, data) {
  const token = data.IdempotentToken;
  if (typeof token !== "string") return { file, document, dialect: dialect.name };
  return { file, document, dialect: dialect.name, idempotentToken: (" " + token).slice(1) };
}

// src/cache/summary.ts
var PLACES = [
  { pointer: "", target: "container" },
  { pointer: "/IdempotentToken", target: "value", token: true }
];
var LINES = ["/IdempotentToken"];
function placeKey(pointer, target, missing2) {
  return `${target}${missing2 ? "!" : ""}:${pointer}`;
}
function keepForCache(summary2, doc, lines) {
  const kept2 = Object.assign({}, summary2, { places: {} });
  const token = summary2.idempotentToken !== void 0;
  for (const p of PLACES) {
    if (p.token && !token) continue;
    kept2.places[placeKey(p.pointer, p.target, false)] = lines.range(locate(doc, { pointer: p.pointer, target: p.target }));
  }
  if (token) {
    kept2.bodyHash = hashBody(doc.data);
    kept2.lines = {};
    for (const pointer of LINES) kept2.lines[pointer] = lineAt(doc, lines, pointer);
  }
  return kept2;
}
function contentHash(bytes2) {
  return builtin("node:crypto").createHash("sha256").update(bytes2).digest("hex");
}
function keptHash(summary2) {
  return summary2.bodyHash;
}
function keptLine(summary2, pointer) {
  const lines = summary2.lines;
  return lines && Object.hasOwn(lines, pointer) ? lines[pointer] : void 0;
}
function keptCandidate(summary2, finding) {
  const places = summary2.places;
  if (!places || finding.span) return void 0;
  const key = placeKey(finding.pointer, finding.target, finding.rank === CHECK_RANK.missing);
  return Object.hasOwn(places, key) ? placeAt(finding, summary2.file, summary2.document, places[key]) : void 0;
}

// src/run/lint-file.ts
function lintFile(input, options) {
  const limit = maxFileSize(options.config);
  const read = readInput(input, limit, options.cwd);
  const outcome = lintRead(input, options, read, limit);
  if (options.keepForCache) outcome.hash = contentHash(read.bytes);
  return outcome;
}
function lintRead(input, options, read, limit) {
  const forced = options.dialect ?? dialectOverride(input.file, options);
  if (read.oversize) return fileTooLarge(input, read.bytes, read.oversize, limit, forced !== void 0);
  const spec = parseFile(input.file, read.bytes);
  const outcome = { file: input.file, linted: false, candidates: [], omitted: { unknown: 0, other: 0 }, directives: [], summaries: [] };
  const overrides = turnsCodesOff(options.config) ? overridesFor(input.file, options) : void 0;
  const reported = overrides ? (f) => severityFor(f.code, f.severity, input.file, options, overrides) !== "off" : true;
  const run2 = { file: input.file, explicit: input.explicit, forced, config: options.config, rules: (options.ruleset ?? DEFAULT_RULESET).rules, reported, offsetOf: (doc, f) => locate(doc, f).start };
  const fixable = spec.format === "json" || !usesAliases(spec.text);
  const keepYaml = spec.format === "yaml";
  for (const doc of spec.documents) {
    const checked = checkDocument(spec, doc, run2);
    if (checked === "skipped") continue;
    outcome.linted = true;
    outcome.omitted.unknown += checked.sink.omitted.unknown;
    outcome.omitted.other += checked.sink.omitted.other;
    if (checked.summary) outcome.summaries.push(options.keepForCache || keepYaml && checked.summary.idempotentToken !== void 0 ? keepForCache(checked.summary, doc, spec.lines) : checked.summary);
    const findings = checked.sink.findings;
    if (findings.length === 0) continue;
    const scrub = scrubberOf(spec, doc.index, findings.length);
    for (const f of findings) {
      const c = place(f, input.file, doc, spec.lines, fixable);
      outcome.candidates.push(scrub ? scrub(c) : c);
    }
  }
  if (outcome.linted) outcome.directives = readDirectives(spec);
  if (options.excerpts && outcome.linted) outcome.excerpts = excerptsOf(input.file, read.bytes, spec, [...outcome.candidates.map((c) => c.line), ...outcome.directives.map((d) => d.line)]);
  return outcome;
}
function scrubberOf(spec, index, findings) {
  if (spec.format !== "yaml" || findings === 0 || !spec.text.includes("&")) return void 0;
  const scrub = secretScrubber(spec.format, spec.text, spec.documents[index]);
  return scrub && ((c) => ({ ...c, ...scrub(c) }));
}
function fileTooLarge(input, head, oversize, limit, forced) {
  const outcome = { file: input.file, linted: false, candidates: [], omitted: { unknown: 0, other: 0 }, directives: [], summaries: [] };
  if (!input.explicit && !forced && !sniffDialect(decodeUtf8(head).text)) return outcome;
  const size = oversize.exact ? `${oversize.size} bytes` : `more than ${limit} bytes`;
  const start = { start: 0, end: 0 };
  const finding = findingOf(lint("FileTooLarge"), "file-size", "", lintCode("FileTooLarge").severity, "container");
  finding.detail = `The file has ${size}; clusterlint reads files of at most ${limit} bytes (maxFileSize in the config).`;
  finding.span = start;
  return { ...outcome, linted: true, candidates: [place(finding, input.file, bareDocument(0, start, void 0), new LineIndex(""))] };
}

// src/run/run.ts
var lintInTurn = (inputs, options) => inputs.map((input) => lintFile(input, options));
function sortInputs(inputs) {
  return [...inputs].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function lintAll(inputs, options, each = lintInTurn) {
  const sorted = sortInputs(inputs);
  const outcomes = each(sorted, options);
  const extra = acrossFiles(sorted, outcomes.flatMap((o) => o.summaries), options);
  const results = [];
  for (const o of outcomes) {
    if (!o.linted) continue;
    const added = extra.get(o.file);
    const result = finalize({ file: o.file, candidates: added ? [...o.candidates, ...added.candidates] : o.candidates, omitted: o.omitted, directives: o.directives }, options);
    if (o.excerpts) keepExcerpts(result, added?.excerpts ? [...o.excerpts, ...added.excerpts] : o.excerpts);
    results.push(result);
  }
  return results;
}
var RECENT_FILES = 4;
function acrossFiles(sorted, summaries, options) {
  const rules = (options.ruleset ?? DEFAULT_RULESET).crossFile;
  const extra = /* @__PURE__ */ new Map();
  if (rules.length === 0 || summaries.length === 0) return extra;
  const byFile = new Map(sorted.map((input) => [input.file, input]));
  const recent = /* @__PURE__ */ new Map();
  const readOf = (file) => {
    let read = recent.get(file);
    if (read) {
      recent.delete(file);
    } else {
      const bytes2 = readInput(byFile.get(file), maxFileSize(options.config), options.cwd).bytes;
      read = { spec: parseFile(file, bytes2), bytes: bytes2 };
      if (recent.size >= RECENT_FILES) recent.delete(recent.keys().next().value);
    }
    recent.set(file, read);
    return read;
  };
  const specOf = (file) => readOf(file).spec;
  const sinks = checkAcrossFiles(rules, summaries, options.config, {
    lineOf: (summary2, pointer) => {
      const kept2 = keptLine(summary2, pointer);
      if (kept2 !== void 0) return kept2;
      const spec = specOf(summary2.file);
      return lineAt(spec.documents[summary2.document], spec.lines, pointer);
    },
    data: (summary2) => specOf(summary2.file).documents[summary2.document].data,
    keptHash
  });
  for (const [summary2, sink] of sinks) {
    let list = extra.get(summary2.file);
    if (!list) extra.set(summary2.file, list = { candidates: [] });
    for (const finding of sink.findings) {
      const kept2 = keptCandidate(summary2, finding);
      if (kept2) {
        list.candidates.push(kept2);
        continue;
      }
      const spec = specOf(summary2.file);
      list.candidates.push(place(finding, summary2.file, spec.documents[summary2.document], spec.lines));
    }
  }
  if (options.excerpts) {
    for (const [file, list] of extra) {
      const { bytes: bytes2, spec } = readOf(file);
      list.excerpts = excerptsOf(file, bytes2, spec, list.candidates.map((c) => c.line));
    }
  }
  return extra;
}

// src/run/lint-paths.ts
function lintPaths(paths, run2) {
  const { config: config2, baseDir } = run2.loaded;
  let inputs = collectInputs(paths, config2, baseDir, run2.cwd, run2.stdin, run2.stdinName ?? "<stdin>");
  const named2 = inputs.filter((i) => i.explicit).length;
  if (run2.ignoreUnknown) inputs = inputs.map((i) => ({ ...i, explicit: false }));
  const texts = run2.texts;
  if (texts?.size) {
    inputs = inputs.map((i) => {
      const text = texts.get(resolve6(run2.cwd, i.path ?? i.file));
      return text === void 0 ? i : { file: i.file, bytes: new TextEncoder().encode(text), explicit: i.explicit };
    });
  }
  const options = { config: config2, baseDir, cwd: run2.cwd, ...run2.dialect ? { dialect: run2.dialect } : {}, ...run2.excerpts ? { excerpts: true } : {} };
  return { inputs, named: named2, results: lintAll(inputs, options, run2.each?.(inputs)) };
}

// src/io/unmatched.ts
import { statSync as statSync4 } from "node:fs";
import { resolve as resolve7 } from "node:path";
function nothingLinted(run2) {
  if (run2.linted > 0) return void 0;
  if (run2.ignoreUnknown && run2.inputs.length > 0 && run2.named === run2.inputs.length) return void 0;
  const where = run2.paths.map((p) => isDirectory2(p, run2.cwd) ? `${displayPath(p).replace(/\/?$/, "/")}` : displayPath(p)).join(", ");
  const n = run2.inputs.length;
  const files = run2.include ? `file${n === 1 ? "" : "s"} matching the config's include` : `JSON/YAML file${n === 1 ? "" : "s"}`;
  const why = n === 0 ? run2.include ? "no file matches the config's include" : "no JSON or YAML files" : `${n} ${files} skipped: not Batch Compute or Container Service specs`;
  return `no spec files found in ${where} (${why})`;
}
function isDirectory2(path, cwd) {
  try {
    return statSync4(resolve7(cwd, path)).isDirectory();
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

// src/formatters/paths.ts
import { isAbsolute as isAbsolute2, relative as relative4, resolve as resolve8, sep as sep3 } from "node:path";
function repositoryPath(file, ctx) {
  const rel = relative4(ctx.root, resolve8(ctx.cwd, file)).split(sep3).join("/");
  if (rel === "" || rel === ".." || rel.startsWith("../") || isAbsolute2(rel)) return void 0;
  return rel;
}

// src/formatters/safe-text.ts
var CONTROLS = [
  [0, 31],
  [127, 159],
  [1564, 1564],
  [8206, 8207],
  [8232, 8233],
  [8234, 8238],
  [8294, 8297]
];
function isControl(unit) {
  for (const [from, to] of CONTROLS) if (unit >= from && unit <= to) return true;
  return false;
}
var hex = (unit) => `\\u${unit.toString(16).padStart(4, "0")}`;
var RAW_IN_JSON = new RegExp(`[${CONTROLS.slice(1).map(([a, b]) => a === b ? hex(a) : `${hex(a)}-${hex(b)}`).join("")}]|#(?=#\\[)`, "g");
function unsafeUnits(text) {
  const found2 = [];
  let lead = true;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (isControl(u) || u === 35 && text.startsWith("#[", i + 1) || u === 58 && lead && text.charCodeAt(i + 1) === 58) found2.push(i);
    if (lead && !/\s/.test(text[i])) lead = false;
  }
  return found2;
}
function escapeText(text) {
  return escapeMapped(text).text;
}
function escapeMapped(text) {
  const unsafe = unsafeUnits(text);
  if (unsafe.length === 0) return { text, at: (offset) => offset };
  let out = "";
  let from = 0;
  for (const i of unsafe) {
    out += text.slice(from, i) + hex(text.charCodeAt(i));
    from = i + 1;
  }
  return { text: out + text.slice(from), at: (offset) => offset + 5 * unsafe.filter((i) => i < offset).length };
}
function safeJson(value, indent) {
  const json = JSON.stringify(value, null, indent);
  RAW_IN_JSON.lastIndex = 0;
  return RAW_IN_JSON.test(json) ? json.replace(RAW_IN_JSON, (c) => hex(c.charCodeAt(0))) : json;
}
function* safeJsonArray(items, depth, template2) {
  const pad = "  ".repeat(depth + 1);
  let first = true;
  for (const item of items) {
    yield `${first ? "[\n" : ",\n"}${pad}${template2?.(item) ?? safeJson(item, 2).replace(/\n/g, `
${pad}`)}`;
    first = false;
  }
  yield first ? "[]" : `
${"  ".repeat(depth)}]`;
}

// src/formatters/github.ts
function annotationOf(d, ctx) {
  const oneLine = d.line === d.endLine;
  const file = repositoryPath(d.file, ctx) ?? d.file;
  const message = d.detail ? `${escapeText(d.message)}
${escapeText(d.detail)}` : escapeText(d.message);
  const title = escapeText(d.code);
  if (escapeText(file) !== file) return { kind: d.severity, message: `${escapeText(file)}:${d.line}:${d.column}: ${message}`, properties: { title } };
  return {
    kind: d.severity,
    message,
    properties: {
      title,
      file,
      startLine: d.line,
      endLine: d.endLine,
      ...oneLine ? { startColumn: d.column, endColumn: d.endColumn } : {}
    }
  };
}
function escapeData2(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty2(text) {
  return escapeData2(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function* formatGithub(results, ctx) {
  for (const r of results) {
    let out = "";
    for (const d of r.diagnostics) {
      const a = annotationOf(d, ctx);
      const p = a.properties;
      const props = [
        ["file", p.file],
        ["line", p.startLine],
        ["col", p.startColumn],
        ["endLine", p.endLine],
        ["endColumn", p.endColumn],
        ["title", p.title]
      ];
      const list = props.filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${escapeProperty2(String(v))}`);
      out += `::${a.kind} ${list.join(",")}::${escapeData2(a.message)}
`;
    }
    if (out) yield out;
  }
}

// src/formatters/github-summary.ts
var SUMMARY_LIMIT = 1024 * 1024;
var ANNOTATIONS_SHOWN = 10;
var ANNOTATIONS_SHOWN_PER_JOB = 50;
var RESERVE = 512;
function formatJobSummary(results, ctx, options) {
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const files = results.length;
  let head = "<h2>clusterlint</h2>\n";
  if (diagnostics.length === 0) return `${head}<p>No problems in ${count(files, "file")}.</p>
`;
  const withFindings = results.filter((r) => r.diagnostics.length > 0).length;
  head += `<p>${count(errors, "error")} and ${count(warnings, "warning")} in ${withFindings} of ${count(files, "file")}.</p>
`;
  const hiddenErrors = Math.max(0, errors - ANNOTATIONS_SHOWN);
  const hiddenWarnings = Math.max(0, warnings - ANNOTATIONS_SHOWN);
  if (hiddenErrors + hiddenWarnings > 0) {
    head += `<p>GitHub shows ${ANNOTATIONS_SHOWN} error and ${ANNOTATIONS_SHOWN} warning annotations per step (and ${ANNOTATIONS_SHOWN_PER_JOB} of each per job): ${count(hiddenErrors, "error")} and ${count(hiddenWarnings, "warning")} are not shown as annotations. Every finding is listed below${options.changedFirst ? ", the files this change touches first, as the annotations were given" : ""}.</p>
`;
  }
  head += "<table>\n<thead><tr><th>Severity</th><th>Location</th><th>Code</th><th>Message</th></tr></thead>\n<tbody>\n";
  const tail = "</tbody>\n</table>\n";
  let used = bytes(head) + bytes(tail) + RESERVE;
  const rows2 = [];
  for (const d of diagnostics) {
    const row = rowOf(d, ctx, options);
    if (used + bytes(row) > options.budget) break;
    used += bytes(row);
    rows2.push(row);
  }
  const left = diagnostics.length - rows2.length;
  const note = left ? `<p>${count(left, "more finding")} ${left === 1 ? "is" : "are"} not listed: a job summary holds at most 1 MiB. The annotations, the SARIF file (input <code>sarif-file</code>) and <code>clusterlint</code> run locally show them all.</p>
` : "";
  return head + rows2.join("") + tail + note;
}
function rowOf(d, ctx, options) {
  const path = repositoryPath(d.file, ctx);
  const where = `${path ?? d.file}:${d.line}:${d.column}${d.document > 0 ? ` [document ${d.document}]` : ""}`;
  const location = path !== void 0 && options.link ? `<a href="${html(options.link(path, d.line))}">${html(where)}</a>` : html(where);
  const message = html(d.message) + (d.detail ? `<br>${html(d.detail)}` : "");
  return `<tr><td>${d.severity}</td><td>${location}</td><td><code>${html(d.code)}</code></td><td>${message}</td></tr>
`;
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function bytes(text) {
  return Buffer.byteLength(text, "utf8");
}
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
function html(text) {
  return escapeText(text).replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

// src/formatters/xml.ts
var MARKUP = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
var NOT_XML = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
function xml(text) {
  return escapeText(text).replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).replace(/[&<>"']/g, (c) => MARKUP[c]);
}
var XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

// src/formatters/checkstyle.ts
var FORMAT_VERSION = "4.3";
function* formatCheckstyle(results) {
  yield `${XML_DECLARATION}<checkstyle version="${FORMAT_VERSION}">
`;
  for (const r of results) {
    if (r.diagnostics.length === 0) {
      yield `  <file name="${xml(r.file)}"/>
`;
      continue;
    }
    let out = `  <file name="${xml(r.file)}">
`;
    for (const d of r.diagnostics) {
      const message = d.detail ? `${d.message} ${d.detail}` : d.message;
      out += `    <error line="${d.line}" column="${d.column}" severity="${d.severity}" message="${xml(message)}" source="clusterlint.${xml(d.code)}"/>
`;
    }
    yield `${out}  </file>
`;
  }
  yield "</checkstyle>\n";
}

// src/formatters/fingerprint.ts
function* fingerprinted(result, ctx) {
  const seen = /* @__PURE__ */ new Map();
  const path = repositoryPath(result.file, ctx);
  const { createHash } = builtin("node:crypto");
  const all = result.suppressedDiagnostics.length ? [...result.diagnostics, ...result.suppressedDiagnostics].sort(compareDiagnostics) : result.diagnostics;
  for (const d of all) {
    const identity = JSON.stringify([d.code, d.pointer, path ?? d.file, d.document]);
    const ordinal = seen.get(identity) ?? 0;
    seen.set(identity, ordinal + 1);
    yield { d, path, fingerprint: createHash("sha256").update(`${identity}#${ordinal}`).digest("hex") };
  }
}

// src/formatters/sarif.ts
import { pathToFileURL } from "node:url";
import { resolve as resolve9 } from "node:path";

// package.json
var package_default = {
  name: "clusterlint",
  version: "0.1.0",
  description: "Offline linter for Alibaba Cloud CreateCluster specs (Batch Compute and Container Service), with the API's own error codes, messages, statuses and exact positions.",
  type: "module",
  license: "MIT",
  repository: {
    type: "git",
    url: "git+https://github.com/clusterlint/clusterlint.git"
  },
  bin: {
    clusterlint: "dist/cli.cjs",
    "clusterlint-language-server": "dist/language-server.js"
  },
  exports: {
    ".": {
      types: "./dist/types/index.d.ts",
      default: "./dist/index.js"
    },
    "./schemas/*": "./schemas/*",
    "./package.json": "./package.json"
  },
  types: "./dist/types/index.d.ts",
  files: [
    "dist/cli.js",
    "dist/cli.cjs",
    "dist/main.js",
    "dist/program.cjs",
    "dist/index.js",
    "dist/engine.js",
    "dist/language-server.js",
    "dist/vendor/",
    "dist/types/",
    "schemas/",
    "THIRD-PARTY-NOTICES.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "npm run build && npm run typecheck && vitest run",
    "lint:examples": "node dist/cli.js examples",
    bench: "node scripts/bench.mjs",
    soak: "node scripts/soak.mjs",
    "package:vscode": "node scripts/package-vscode.mjs"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@vscode/vsce": "^3.9.2",
    ajv: "^8.20.0",
    "ajv-cli": "^5.0.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-errors": "^3.0.0",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    picomatch: "^4.0.7",
    typescript: "~5.9.3",
    vitest: "^4.1.12",
    "vscode-json-languageservice": "^5.7.2",
    "vscode-jsonrpc": "^8.2.1",
    "vscode-languageclient": "^9.0.1",
    "vscode-languageserver": "^9.0.1",
    "vscode-languageserver-textdocument": "^1.0.16",
    "xmllint-wasm": "^5.3.0",
    yaml: "^2.9.1",
    "yaml-language-server": "~1.25.0"
  }
};

// src/catalogue/list.ts
var keyedTemplates;
function templateCatalogueCode(code) {
  keyedTemplates ??= Object.values(DIALECTS).flatMap((d) => templateCodes(d)).filter((t) => t.code.includes("{key}")).map((t) => ({ code: t.code, pattern: new RegExp(`^${t.code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace("\\{key\\}", ".*")}$`) }));
  return keyedTemplates.find((t) => t.pattern.test(code))?.code ?? code;
}

// src/formatters/sarif.ts
var REPOSITORY_URL = repositoryUrl(package_default.repository.url);
function repositoryUrl(url) {
  return url.replace(/^git\+/, "").replace(/\.git$/, "");
}
var FINGERPRINT_KEY = "clusterlint/v1";
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
function* formatSarif(results, ctx) {
  const firstOfCode = /* @__PURE__ */ new Map();
  const errorCodes = /* @__PURE__ */ new Set();
  for (const r of results) {
    for (const d of [...r.diagnostics, ...r.suppressedDiagnostics]) {
      if (!firstOfCode.has(d.code)) firstOfCode.set(d.code, d);
      if (d.severity === "error") errorCodes.add(d.code);
    }
  }
  const ruleIndex = new Map([...firstOfCode.keys()].map((code, i) => [code, i]));
  const log = {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "clusterlint",
            version: package_default.version,
            semanticVersion: package_default.version,
            informationUri: REPOSITORY_URL,
            rules: [...firstOfCode.values()].map((d) => ruleOf(d, errorCodes.has(d.code) ? "error" : "warning"))
          }
        },
        // A base URI must end with a slash for relative URIs to resolve under it.
        originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(ctx.root).href.replace(/\/?$/, "/") } },
        columnKind: "utf16CodeUnits",
        results: []
      }
    ]
  };
  const text = safeJson(log, 2);
  const slot = text.lastIndexOf('"results": []') + '"results": '.length;
  yield text.slice(0, slot);
  yield* safeJsonArray(sarifResults(results, ruleIndex, ctx), 3);
  yield `${text.slice(slot + 2)}
`;
}
function* sarifResults(results, ruleIndex, ctx) {
  for (const r of results) {
    for (const { d, path, fingerprint } of fingerprinted(r, ctx)) {
      const artifact = path === void 0 ? { uri: pathToFileURL(resolve9(ctx.cwd, d.file)).href } : { uri: encodePath(path), uriBaseId: "%SRCROOT%" };
      const region = { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn };
      yield {
        ruleId: d.code,
        ruleIndex: ruleIndex.get(d.code),
        level: d.severity,
        message: { text: d.detail ? `${d.message} ${d.detail}` : d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifact,
              region
            }
          }
        ],
        // The fix replaces the finding's own token, which is the region it points at (SPEC §10).
        ...d.fix ? { fixes: [{ description: { text: `Replace with ${d.fix.text}` }, artifactChanges: [{ artifactLocation: artifact, replacements: [{ deletedRegion: region, insertedContent: { text: d.fix.text } }] }] }] } : {},
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
        // A suppressed finding is a result with its suppression (SPEC §9): code scanning shows it as dismissed.
        ...d.suppression ? { suppressions: [{ kind: d.suppression.kind, ...d.suppression.justification ? { justification: d.suppression.justification } : {} }] } : {},
        properties: { pointer: d.pointer, document: d.document, status: d.status, origin: d.origin }
      };
    }
  }
}
function docLink(d, entry = catalogueEntry(d.code, d.origin, d.message)) {
  return `${REPOSITORY_URL}#${catalogueAnchor(d.origin === "template" ? templateCatalogueCode(d.code) : entry.code)}`;
}
function ruleOf(d, level) {
  const entry = catalogueEntry(d.code, d.origin, d.message);
  const { short, full } = describe2(entry, d);
  const helpUri = docLink(d, entry);
  const status = d.status === null ? "none (a check of clusterlint; the API does not report it)" : String(d.status);
  return {
    id: d.code,
    shortDescription: { text: short },
    fullDescription: { text: full },
    helpUri,
    help: { text: `${full}
HTTP status: ${status}.
Catalogue entry: ${entry.code} (${helpUri}).` },
    // Config can change a code's severity: the rule's level is the most severe one of this run.
    defaultConfiguration: { level },
    properties: { tags: [d.origin] }
  };
}
function describe2(entry, d) {
  if (d.origin === "lint") {
    const lint2 = lintCode(d.code);
    return { short: lint2.summary, full: lint2.message };
  }
  if (entry.rows.length === 0) return { short: d.message, full: `${d.message} The API reports this parameter with its ${entry.code} template.` };
  const messages = [...new Set(entry.rows.map((r) => fill(r.message, entry.vars)))];
  const firsts = new Set(messages.map(firstSentence));
  const short = messages.length === 1 ? messages[0] : firsts.size === 1 ? [...firsts][0] : messages[0];
  return { short, full: messages.join("\n") };
}
function firstSentence(text) {
  const end = text.indexOf(". ");
  return end < 0 ? text : text.slice(0, end + 1);
}
function encodePath(path) {
  return path.split("/").map(encodeURIComponent).join("/");
}

// src/formatters/gitlab.ts
function* formatGitlab(results, ctx) {
  yield* safeJsonArray(issues(results, ctx), 0);
  yield "\n";
}
function* issues(results, ctx) {
  for (const r of results) {
    for (const { d, path, fingerprint } of fingerprinted(r, ctx)) {
      if (d.suppression) continue;
      yield {
        type: "issue",
        check_name: d.code,
        description: d.detail ? `${d.message} ${d.detail}` : d.message,
        categories: [d.code === "PlaintextSecret" ? "Security" : "Bug Risk"],
        fingerprint,
        severity: d.severity === "error" ? "major" : "minor",
        // Code Climate's optional Markdown explanation: the code's catalogue entry (GitLab's schema allows further fields).
        content: { body: `[${d.code}](${docLink(d)}): what triggers it, how to fix it, examples (also \`clusterlint --explain ${d.code}\`).` },
        // Line-based, as GitLab documents it (Code Climate allows lines or positions, not both).
        location: { path: path ?? d.file, lines: { begin: d.line, end: d.endLine } }
      };
    }
  }
}

// src/formatters/json.ts
function* formatJson(results) {
  yield* safeJsonArray(results, 0, cleanEntry);
  yield "\n";
}
var CLEAN_KEYS = ["file", "errorCount", "warningCount", "diagnostics", "suppressedDiagnostics"];
function cleanEntry(item) {
  const r = item;
  if (r.errorCount !== 0 || r.warningCount !== 0 || r.diagnostics.length !== 0 || r.suppressedDiagnostics.length !== 0) return void 0;
  const keys = Object.keys(r);
  if (keys.length !== CLEAN_KEYS.length || keys.some((k, i) => k !== CLEAN_KEYS[i])) return void 0;
  return `{
    "file": ${safeJson(r.file)},
    "errorCount": 0,
    "warningCount": 0,
    "diagnostics": [],
    "suppressedDiagnostics": []
  }`;
}

// src/formatters/junit.ts
function* formatJunit(results, now = () => /* @__PURE__ */ new Date()) {
  const timestamp = now().toISOString().slice(0, 19);
  yield `${XML_DECLARATION}<testsuites>
`;
  let id = 0;
  for (const r of results) {
    const file = xml(r.file);
    const count2 = r.diagnostics.length;
    let out = `  <testsuite name="${file}" package="clusterlint" id="${id++}" tests="${Math.max(1, count2)}" failures="${count2}" errors="0" skipped="0" time="0" timestamp="${timestamp}" hostname="localhost">
    <properties/>
`;
    if (count2 === 0) out += `    <testcase name="${file}: no findings" classname="${file}" time="0"/>
`;
    for (const d of r.diagnostics) out += testcase(d, file);
    yield `${out}    <system-out/>
    <system-err/>
  </testsuite>
`;
  }
  yield "</testsuites>\n";
}
function testcase(d, file) {
  const where = `${d.line}:${d.column}`;
  const body = [`${d.severity} ${xml(d.code)} at ${file}:${where} (${xml(d.pointer || "/")})`, xml(d.message), ...d.detail ? [xml(d.detail)] : [], `Documentation: ${xml(docLink(d))}`].join("\n");
  return `    <testcase name="${where} ${xml(d.code)}" classname="${file}" time="0">
      <failure message="${xml(d.code)}: ${xml(d.message)}" type="${d.severity}">${body}</failure>
    </testcase>
`;
}

// src/formatters/width.ts
var WIDE = [
  [4352, 4447],
  [8986, 8987],
  [9001, 9002],
  [9193, 9196],
  [9200, 9200],
  [9203, 9203],
  [9725, 9726],
  [9748, 9749],
  [9800, 9811],
  [9855, 9855],
  [9875, 9875],
  [9889, 9889],
  [9898, 9899],
  [9917, 9918],
  [9924, 9925],
  [9934, 9934],
  [9940, 9940],
  [9962, 9962],
  [9970, 9971],
  [9973, 9973],
  [9978, 9978],
  [9981, 9981],
  [9989, 9989],
  [9994, 9995],
  [10024, 10024],
  [10060, 10060],
  [10062, 10062],
  [10067, 10069],
  [10071, 10071],
  [10133, 10135],
  [10160, 10160],
  [10175, 10175],
  [11035, 11036],
  [11088, 11088],
  [11093, 11093],
  [11904, 12350],
  [12353, 13311],
  [13312, 19903],
  [19968, 40959],
  [40960, 42191],
  [43360, 43391],
  [44032, 55203],
  [63744, 64255],
  [65040, 65049],
  [65072, 65135],
  [65280, 65376],
  [65504, 65510],
  [94176, 94180],
  [94192, 94193],
  [94208, 101589],
  [101632, 101640],
  [110576, 111359],
  [126980, 126980],
  [127183, 127183],
  [127374, 127374],
  [127377, 127386],
  [127488, 127490],
  [127504, 127547],
  [127552, 127560],
  [127568, 127569],
  [127584, 127589],
  [127744, 127776],
  [127789, 127797],
  [127799, 127868],
  [127870, 127891],
  [127904, 127946],
  [127951, 127955],
  [127968, 127984],
  [127988, 127988],
  [127992, 128062],
  [128064, 128064],
  [128066, 128252],
  [128255, 128317],
  [128331, 128334],
  [128336, 128359],
  [128378, 128378],
  [128405, 128406],
  [128420, 128420],
  [128507, 128591],
  [128640, 128709],
  [128716, 128716],
  [128720, 128722],
  [128725, 128727],
  [128732, 128735],
  [128747, 128748],
  [128756, 128764],
  [128992, 129003],
  [129008, 129008],
  [129292, 129338],
  [129340, 129349],
  [129351, 129535],
  [129648, 129791],
  [131072, 196605],
  [196608, 262141]
];
var zero;
var isZeroWidth = (c) => (zero ??= /[\p{Mn}\p{Me}\u200b-\u200d\u2060\ufe00-\ufe0f\ufeff]|[\u{e0100}-\u{e01ef}]/u).test(c);
function isWide(cp) {
  if (cp < 4352) return false;
  let lo = 0;
  let hi = WIDE.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const [a, b] = WIDE[mid];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}
function displayWidth(text) {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    if (cp < 768) width += 1;
    else if (isZeroWidth(ch)) continue;
    else width += isWide(cp) ? 2 : 1;
  }
  return width;
}

// src/formatters/stylish.ts
var CODES = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, underline: 4, cyan: 36 };
function* formatStylish(results, options) {
  const paint = (style, text) => options.color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
  let errors = 0;
  let warnings = 0;
  let fixed = 0;
  for (const r of results) {
    fixed += r.fixedCount ?? 0;
    if (r.diagnostics.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    const out = [paint("underline", escapeText(r.file))];
    const multiDoc = r.diagnostics.some((d) => d.document > 0);
    for (const d of r.diagnostics) {
      const where = `${d.line}:${d.column}`;
      const sev = d.severity === "error" ? paint("red", "error  ") : paint("yellow", "warning");
      const doc = multiDoc ? paint("dim", ` [document ${d.document}]`) : "";
      out.push(`  ${paint("dim", where.padEnd(7))} ${sev}  ${escapeText(d.message)}  ${paint("dim", escapeText(d.code))}${doc}`);
      if (d.detail) out.push(`  ${" ".repeat(7)}          ${paint("cyan", escapeText(d.detail))}`);
      const text = options.line(r.file, d.line);
      if (text !== void 0) out.push(...excerpt(text, d.column, d.line === d.endLine ? d.endColumn : text.length + 1, paint, d.severity === "error" ? "red" : "yellow"));
    }
    yield `${out.join("\n")}

`;
  }
  const total = errors + warnings;
  const fixes = fixed ? `, ${fixed} fixed` : "";
  if (total === 0) {
    if (fixed) yield `${paint("green", paint("bold", `\u2714 ${fixed} fixed, no problems left`))}
`;
    return;
  }
  const summary2 = `\u2716 ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})${fixes}`;
  yield `${paint(errors ? "red" : "yellow", paint("bold", summary2))}
`;
}
function excerpt(line, column, endColumn, paint, caret) {
  const max = 160;
  const start = column > max - 20 ? column - 40 : 0;
  const cut = line.slice(start, start + max).replace(/\t/g, " ");
  const shown = escapeMapped(cut);
  const at = (col) => shown.at(Math.max(0, Math.min(col - 1 - start, cut.length)));
  const prefix = start > 0 ? "\u2026" : "";
  const width = Math.max(1, displayWidth(shown.text.slice(at(column), at(endColumn))));
  const pad = " ".repeat(displayWidth(prefix + shown.text.slice(0, at(column))));
  return [`          ${paint("dim", "\u2502")} ${prefix}${shown.text}`, `          ${paint("dim", "\u2502")} ${pad}${paint(caret, "^".repeat(width))}`];
}

// src/formatters/index.ts
var FORMATS = {
  stylish: (results, ctx) => formatStylish(results, ctx),
  json: (results) => formatJson(results),
  sarif: (results, ctx) => formatSarif(results, ctx),
  github: (results, ctx) => formatGithub(results, ctx),
  junit: (results) => formatJunit(results),
  gitlab: (results, ctx) => formatGitlab(results, ctx),
  checkstyle: (results) => formatCheckstyle(results)
};
function format(name, results, ctx) {
  return joined(FORMATS[name](results, ctx));
}
function joined(pieces) {
  let out = "";
  for (const piece of pieces) out += piece;
  return out;
}
function formatContext(results, cwd, color) {
  return { color, cwd, root: repositoryRoot(cwd), line: keptLines(results) };
}
function keptLines(results) {
  const lines = /* @__PURE__ */ new Map();
  for (const r of results) {
    for (const d of [...r.diagnostics, ...r.suppressedDiagnostics]) {
      const text = excerptOf(d);
      if (text === void 0) continue;
      let byLine = lines.get(r.file);
      if (!byLine) lines.set(r.file, byLine = /* @__PURE__ */ new Map());
      byLine.set(d.line, text);
    }
  }
  return (file, line) => lines.get(file)?.get(line);
}

// src/action/action.ts
async function run(env) {
  const cwd = resolve10(process.cwd(), getInput("working-directory") || ".");
  if (!isDirectory3(cwd)) throw new UsageError(`working-directory ${getInput("working-directory")} is not a folder`);
  const paths = pathsInput(getInput("paths", { trimWhitespace: false }));
  const maxWarnings = parseMaxWarnings(getInput("max-warnings") || void 0, "max-warnings");
  const sarifFile = getInput("sarif-file");
  const onlyChanged = booleanInput("only-changed");
  const ignoreUnknown = booleanInput("ignore-unknown");
  const extra = extraReport(getInput("format"), getInput("output-file"));
  const errorOnUnmatched = getInput("error-on-unmatched") === "" || booleanInput("error-on-unmatched");
  const loaded2 = loadConfig(getInput("config") || void 0, cwd);
  const given = paths.length ? paths : ["."];
  const run2 = lintPaths(given, {
    loaded: loaded2,
    cwd,
    stdin: noStdin,
    // Named files are linted as if a walk had found them: one that is not a spec is skipped (as the CLI's --ignore-unknown).
    ignoreUnknown,
    // The log shows the stylish report, with source lines.
    excerpts: true,
    // Once the files are listed, before any is linted: no report may replace one of them or another spec.
    each: (listed) => {
      for (const target of [sarifFile, extra?.file]) if (target) checkReportTarget(target, listed, cwd, maxFileSize(loaded2.config));
      return void 0;
    }
  });
  const { inputs, named: named2 } = run2;
  let results = run2.results;
  const unmatched = nothingLinted({
    paths: given,
    inputs,
    named: named2,
    linted: results.length,
    ignoreUnknown,
    include: loaded2.config.include !== void 0,
    cwd
  });
  const changed = changedSet(cwd, env, onlyChanged);
  if (onlyChanged && changed) {
    const kept2 = results.filter((r) => changed.has(realPath(resolve10(cwd, r.file))));
    info(`only-changed: ${kept2.length} of ${results.length} linted file(s) changed since ${changed.since}.`);
    results = kept2;
  } else if (changed) {
    results = [...results.filter((r) => changed.has(realPath(resolve10(cwd, r.file)))), ...results.filter((r) => !changed.has(realPath(resolve10(cwd, r.file))))];
  }
  const ctx = formatContext(results, cwd, false);
  const outcome = verdict(results, maxWarnings);
  const report = format("stylish", results, { ...ctx, color: true });
  if (report) {
    startGroup(`clusterlint: ${outcome.errors} error(s), ${outcome.warnings} warning(s)`);
    info(report);
    endGroup();
  }
  for (const d of results.flatMap((r) => r.diagnostics)) {
    const a = annotationOf(d, ctx);
    if (a.kind === "error") error(a.message, a.properties);
    else warning(a.message, a.properties);
  }
  if (sarifFile) writeReport(sarifFile, FORMATS.sarif(results, ctx), cwd);
  if (extra) writeReport(extra.file, FORMATS[extra.format](results, ctx), cwd);
  setOutput("error-count", outcome.errors);
  setOutput("warning-count", outcome.warnings);
  setOutput("sarif-file", sarifFile);
  setOutput("output-file", extra?.file ?? "");
  await writeSummary(results, ctx, env, changed !== void 0 && !onlyChanged);
  if (unmatched && errorOnUnmatched) setFailed(`clusterlint: ${escapeText(unmatched)} (set error-on-unmatched: false to allow it)`);
  else if (unmatched) info(`clusterlint: ${escapeText(unmatched)}`);
  else if (outcome.failure) setFailed(`clusterlint: ${outcome.failure.message}`);
  else info(`clusterlint: ${results.length} file(s) linted, no errors, ${outcome.warnings} warning(s).`);
}
function booleanInput(name) {
  if (getInput(name) === "") return false;
  try {
    return getBooleanInput(name);
  } catch {
    throw new UsageError(`${name} must be true or false, not "${getInput(name)}"`);
  }
}
function noStdin() {
  throw new UsageError('"-" (standard input) cannot be linted in the Action; name files or folders in paths');
}
function pathsInput(text) {
  const lines = text.split(/\r?\n/);
  const list = lines.length > 1 ? lines.map((l) => l.trim()) : text.split(/\s+/);
  return list.filter(Boolean);
}
function extraReport(name, file) {
  if (!name && !file) return void 0;
  if (!name) throw new UsageError("output-file needs the format input too (json, sarif, \u2026)");
  if (!(name in FORMATS)) throw new UsageError(`unknown format "${name}"; use one of: ${Object.keys(FORMATS).join(", ")}`);
  if (!file) throw new UsageError(`format ${name} needs the output-file input: the file to write the report to`);
  return { format: name, file };
}
function isDirectory3(path) {
  try {
    return statSync5(path).isDirectory();
  } catch {
    return false;
  }
}
function changedSet(cwd, env, required) {
  const base = baseOf(env);
  if (!base) {
    if (required) info("only-changed: this event has no pull request or push base to compare with; reporting every file.");
    return void 0;
  }
  try {
    return Object.assign(changedFiles(cwd, base), { since: base.revision });
  } catch (e) {
    if (required) throw new UsageError(`only-changed: ${e.message} (a checkout with fetch-depth: 0 has every commit)`);
    info(`clusterlint: cannot list the changed files (${escapeText(e.message)}); annotations follow the files' order.`);
    return void 0;
  }
}
function baseOf(env) {
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const [field, sha] = event.pull_request?.base?.sha !== void 0 ? ["pull_request.base.sha", event.pull_request.base.sha] : ["merge_group.base_sha", event.merge_group?.base_sha];
  if (sha !== void 0 && sha !== null && sha !== "") return { revision: objectId(sha, field), fetch: objectId(sha, field) };
  if (env.GITHUB_BASE_REF) return { revision: `origin/${env.GITHUB_BASE_REF}`, fetch: env.GITHUB_BASE_REF };
  if (event.before === void 0 || event.before === null) return void 0;
  const before = objectId(event.before, "before");
  return /^0+$/.test(before) ? void 0 : { revision: before, fetch: before };
}
function objectId(value, field) {
  if (typeof value === "string" && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(value)) return value;
  throw new UsageError(`only-changed: the event's ${field} is not a commit id (40 or 64 hexadecimal digits)`);
}
function readEvent(path) {
  if (!path) return {};
  try {
    const data = JSON.parse(readFileSync(path, "utf8"));
    return typeof data === "object" && data !== null ? data : {};
  } catch {
    return {};
  }
}
function realPath(path) {
  try {
    return realpathSync3(path);
  } catch {
    return path;
  }
}
async function writeSummary(results, ctx, env, changedFirst) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  let existing = 0;
  try {
    existing = statSync5(file).size;
  } catch {
  }
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = env;
  const link = server && repository && sha ? (path, line) => `${server}/${repository}/blob/${sha}/${path.split("/").map(encodeURIComponent).join("/")}#L${line}` : void 0;
  const text = formatJobSummary(results, ctx, { budget: SUMMARY_LIMIT - existing, changedFirst, ...link ? { link } : {} });
  await summary.addRaw(text).write();
}
try {
  await run(process.env);
} catch (e) {
  if (e instanceof UsageError) setFailed(`clusterlint: ${escapeText(e.message)}`);
  else {
    const err = e;
    setFailed(`clusterlint: internal error: ${escapeText(err?.message ?? String(e))}`);
    debug(err?.stack ?? "");
  }
}
