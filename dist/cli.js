#!/usr/bin/env node
import { createRequire as __clusterlintRequire } from 'node:module';
const require = __clusterlintRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
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
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent2 = path[path.length - 1];
      if (identity.isCollection(parent2)) {
        parent2.items[key] = node;
      } else if (identity.isPair(parent2)) {
        if (key === "key")
          parent2.key = node;
        else
          parent2.value = node;
      } else if (identity.isDocument(parent2)) {
        parent2.contents = node;
      } else {
        const pt = identity.isAlias(parent2) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found2 = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found2 = node;
        }
        if (found2 && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found2);
          if (!data) {
            toJS.toJS(found2, null, ctx);
            data = anchors2.get(found2);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found2, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found2;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add2 = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add2(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add2(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens2, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found2 = null;
      let start = null;
      for (const token of tokens2) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found2 || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found2)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found2 = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens2[tokens2.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found: found2,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens2, forceDoc = false, endOffset = -1) {
        for (const token of tokens2)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent2 = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent2?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote2 = this.charAt(0);
        let end = this.buffer.indexOf(quote2, this.pos + 1);
        if (quote2 === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent2) {
      switch (parent2.type) {
        case "document":
          return parent2.start;
        case "block-map": {
          const it = parent2.items[parent2.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent2.items[parent2.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent2 = this.peek(2);
          if (parent2.type === "block-map" && (this.type === "map-value-ind" && parent2.indent === fc.indent || this.type === "newline" && !parent2.items[parent2.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent2.type !== "flow-collection") {
            const prev = getPrevProps(parent2);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent2) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent2);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent2);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens2 = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens2.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens2.push(token);
        }
        state.tokens = tokens2;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens2[idx].isPrefix = true;
              tokens2[idx].value = prefix;
            } else {
              tokens2[idx].value = value2;
            }
            depth(tokens2[idx]);
            state.maxDepth += tokens2[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens2[tokens2.length - 1].value = value;
          depth(tokens2[tokens2.length - 1]);
          state.maxDepth += tokens2[tokens2.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote2 === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote2 = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote2 = quote2 === 1 ? 0 : 1;
          continue;
        }
        if (quote2 === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens2 = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens: tokens2
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens2.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens2.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens2[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens2.length; i++) {
            tokens2[i].value = "";
            tokens2[i].output = "";
            delete tokens2[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens2.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens2.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens2.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens2.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// src/main.ts
import { readFileSync as readFileSync3 } from "node:fs";

// src/cli.ts
import { parseArgs } from "node:util";

// package.json
var package_default = {
  name: "clusterlint",
  version: "0.1.0",
  description: "Offline linter for Alibaba Cloud CreateCluster specs (Batch Compute and Container Service), with the API's own error codes, messages, statuses and exact positions.",
  type: "module",
  license: "MIT",
  bin: {
    clusterlint: "dist/cli.js"
  },
  exports: {
    ".": "./dist/cli.js",
    "./schemas/*": "./schemas/*",
    "./package.json": "./package.json"
  },
  files: [
    "dist/",
    "schemas/",
    "README.md"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit",
    test: "npm run build && npm run typecheck && vitest run",
    "lint:examples": "node dist/cli.js examples"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    ajv: "^8.20.0",
    "ajv-errors": "^3.0.0",
    "json-source-map": "^0.6.1",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "ajv-cli": "^5.0.0",
    "ajv-draft-04": "^1.0.0",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    picomatch: "^4.0.7",
    typescript: "~5.9.3",
    vitest: "^4.1.12",
    "vscode-json-languageservice": "^5.7.2",
    "vscode-languageserver-textdocument": "^1.0.16",
    "yaml-language-server": "~1.25.0"
  }
};

// src/core/config.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// src/generated/validators.js
var batchcompute = validate14;
var schema16 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://clusterlint.dev/schemas/batchcompute-cluster.schema.json", "title": "Batch Compute CreateCluster request body", "description": "The body of POST /clusters for Alibaba Cloud Batch Compute (CreateCluster), as checked by clusterlint.", "type": "object", "x-parameter": "HttpBody", "required": ["Name", "ImageId", "InstanceType", "Groups"], "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "The JSON Schema this spec follows; lets editors and clusterlint recognise the dialect.", "x-parameter": "$schema" }, "Name": { "description": "Cluster name: 1\u201364 characters from [a-zA-Z0-9_-], not starting with a digit. Errors: MissingName, InvalidName.", "type": "string", "x-parameter": "Name", "minLength": 1, "maxLength": 64, "pattern": "^[a-zA-Z_-][a-zA-Z0-9_-]*$", "x-hint": 'only letters, digits, "_" and "-" are allowed, and the first character must not be a digit' }, "Description": { "description": "Description of the cluster, at most 1024 characters. Error: InvalidDescription.", "type": "string", "x-parameter": "Description", "maxLength": 1024 }, "ImageId": { "description": "Image ID (for example m-2309yqb5n), 1\u2013256 characters. Errors: MissingImageId, InvalidImageId.", "type": "string", "x-parameter": "ImageId", "minLength": 1, "maxLength": 256 }, "InstanceType": { "description": "Instance type of the cluster's VMs: bcs.<family>.<size> or ecs.<family>.<size> (for example ecs.sn1.medium). Errors: MissingInstanceType, InvalidInstanceType.", "type": "string", "x-parameter": "InstanceType", "pattern": "^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$", "x-hint": "an instance type is bcs. or ecs., a family, a dot and a size, such as ecs.sn1.medium" }, "IdempotentToken": { "description": "The IdempotentToken query parameter, written in the spec: 1\u201364 letters, digits and underscores, unique among all requests. Errors: InvalidIdempotentToken, IdempotentTokenMismatch.", "type": "string", "x-parameter": "IdempotentToken", "minLength": 1, "maxLength": 64, "pattern": "^[A-Za-z0-9_]+$", "x-hint": 'only letters, digits and "_" are allowed' }, "UserData": { "description": "User-defined key-value pairs (at most 64), readable through the ECS metaserver. Errors: InvalidUserData, InvalidUserData.{key}, InvalidUserData.{key}.value.", "type": "object", "x-parameter": "UserData", "maxProperties": 64, "propertyNames": { "description": "A UserData key: 1\u2013128 characters.", "x-parameter": "UserData.{key}", "minLength": 1, "maxLength": 128 }, "additionalProperties": { "description": "A UserData value: a string of at most 1024 characters.", "type": "string", "x-parameter": "UserData.{key}.value", "maxLength": 1024 } }, "Groups": { "description": "Instance groups of the cluster, by group name (1\u201364 characters); at least one. Errors: MissingGroups, InvalidGroups, InvalidGroups.{key}, QuotaExhausted.MaxClusterGroupCount.", "type": "object", "x-parameter": "Groups", "minProperties": 1, "propertyNames": { "description": "A group name: 1\u201364 characters.", "x-parameter": "Groups.{key}", "minLength": 1, "maxLength": 64 }, "additionalProperties": { "$ref": "#/definitions/Group" } }, "Configs": { "description": "Cluster configuration: disks, mounts and networks. Error: InvalidConfigs.", "type": "object", "x-parameter": "Configs", "additionalProperties": false, "properties": { "Disks": { "description": "System and data disk of each VM.", "type": "object", "x-parameter": "Configs.Disks", "additionalProperties": false, "properties": { "SystemDisk": { "description": "The system disk.", "type": "object", "x-parameter": "Configs.Disks.SystemDisk", "additionalProperties": false, "properties": { "Type": { "description": 'System disk category. "" leaves the choice to the service; bcs.* instance types support only ephemeral (user guide).', "type": "string", "x-parameter": "Configs.Disks.SystemDisk.Type", "enum": ["", "cloud", "cloud_efficiency", "cloud_ssd", "ephemeral", "ephemeral_ssd"] }, "Size": { "description": "System disk size in GB: an integer from 40 to 500.", "type": "integer", "minimum": 40, "maximum": 500, "x-parameter": "Configs.Disks.SystemDisk.Size" } } }, "DataDisk": { "description": "The data disk; MountPoint is required when it is present.", "type": "object", "x-parameter": "Configs.Disks.DataDisk", "additionalProperties": false, "required": ["MountPoint"], "properties": { "Type": { "description": 'Data disk category. "" leaves the choice to the service; bcs.* instance types support only ephemeral (user guide).', "type": "string", "x-parameter": "Configs.Disks.DataDisk.Type", "enum": ["", "cloud", "cloud_efficiency", "cloud_ssd", "ephemeral", "ephemeral_ssd"] }, "Size": { "description": "Data disk size in GB: an integer from 5 to 2000 (5 to 1024 for ephemeral).", "type": "integer", "minimum": 5, "maximum": 2e3, "x-parameter": "Configs.Disks.DataDisk.Size" }, "MountPoint": { "description": "Where the data disk is mounted: an absolute path (/\u2026) on Linux or a drive (E:) on Windows.", "type": "string", "x-parameter": "Configs.Disks.DataDisk.MountPoint", "pattern": "^(/.*|[A-Za-z]:)$", "x-hint": "a mount point is an absolute path such as /data or a Windows drive such as E:" } }, "if": { "properties": { "Type": { "const": "ephemeral" } }, "required": ["Type"] }, "then": { "properties": { "Size": { "maximum": 1024, "x-parameter": "Configs.Disks.DataDisk.Size" } } } } } }, "Mounts": { "description": "OSS and NAS mounts of each VM.", "type": "object", "x-parameter": "Configs.Mounts", "additionalProperties": false, "properties": { "Entries": { "description": "Mount entries.", "type": "array", "x-parameter": "Configs.Mounts.Entries", "items": { "description": "One mount: Source, Destination and WriteSupport are required.", "type": "object", "x-parameter": "Configs.Mounts.Entries", "additionalProperties": false, "required": ["Source", "Destination", "WriteSupport"], "properties": { "Source": { "description": "What to mount: oss://bucket/path or nas://\u2026.", "type": "string", "x-parameter": "Configs.Mounts.Entries.Source", "pattern": "^(oss|nas)://.+", "x-hint": "a mount source starts with oss:// or nas://" }, "Destination": { "description": "Where to mount it: an absolute path (/\u2026) or a Windows drive path (E:\\\u2026).", "type": "string", "x-parameter": "Configs.Mounts.Entries.Destination", "pattern": "^(/.*|[A-Za-z]:([\\\\/].*)?)$", "x-hint": "a destination is an absolute path such as /home/admin/data or a Windows drive path such as E:\\data" }, "WriteSupport": { "description": "Whether the mount is writable.", "type": "boolean", "x-parameter": "Configs.Mounts.Entries.WriteSupport" } } } }, "Locale": { "description": "Character set of file names on the mount: GBK or UTF-8 (another value is a warning).", "type": "string", "x-parameter": "Configs.Mounts.Locale", "enum": ["GBK", "UTF-8"], "x-severity": { "format": "warning" } }, "Lock": { "description": "Whether file locking is enabled on mounts.", "type": "boolean", "x-parameter": "Configs.Mounts.Lock" }, "CacheSupport": { "description": "Whether mounts are cached.", "type": "boolean", "x-parameter": "Configs.Mounts.CacheSupport" }, "NAS": { "description": "NAS access settings.", "type": "object", "x-parameter": "Configs.Mounts.NAS", "additionalProperties": false, "properties": { "AccessGroup": { "description": "NAS access groups.", "type": "array", "x-parameter": "Configs.Mounts.NAS.AccessGroup", "items": { "type": "string", "x-parameter": "Configs.Mounts.NAS.AccessGroup", "description": "One entry of Configs.Mounts.NAS.AccessGroup." } }, "FileSystem": { "description": "NAS file systems.", "type": "array", "x-parameter": "Configs.Mounts.NAS.FileSystem", "items": { "type": "string", "x-parameter": "Configs.Mounts.NAS.FileSystem", "description": "One entry of Configs.Mounts.NAS.FileSystem." } } } }, "OSS": { "description": "OSS credentials for mounts. Prefer a RAM role to writing keys in the file.", "type": "object", "x-parameter": "Configs.Mounts.OSS", "additionalProperties": false, "properties": { "AccessKeyId": { "description": "AccessKey ID used to mount OSS.", "type": "string", "x-parameter": "Configs.Mounts.OSS.AccessKeyId" }, "AccessKeySecret": { "description": "AccessKey secret used to mount OSS. A non-empty value is reported as PlaintextSecret.", "type": "string", "x-parameter": "Configs.Mounts.OSS.AccessKeySecret", "x-secret": true }, "AccessSecurityToken": { "description": "STS security token used to mount OSS. A non-empty value is reported as PlaintextSecret.", "type": "string", "x-parameter": "Configs.Mounts.OSS.AccessSecurityToken", "x-secret": true }, "SecurityToken": { "description": "Alias of AccessSecurityToken. A non-empty value is reported as PlaintextSecret.", "type": "string", "x-parameter": "Configs.Mounts.OSS.SecurityToken", "x-secret": true } } } } }, "Networks": { "description": "Classic network or VPC settings (they exclude each other).", "type": "object", "x-parameter": "Configs.Networks", "additionalProperties": false, "properties": { "Classic": { "description": "Classic network access rules.", "type": "object", "x-parameter": "Configs.Networks.Classic", "additionalProperties": false, "properties": { "AllowIpAddress": { "description": "IP addresses allowed in.", "type": "array", "x-parameter": "Configs.Networks.Classic.AllowIpAddress", "items": { "type": "string", "x-parameter": "Configs.Networks.Classic.AllowIpAddress", "description": "One entry of Configs.Networks.Classic.AllowIpAddress." } }, "AllowIpAddressEgress": { "description": "IP addresses allowed out.", "type": "array", "x-parameter": "Configs.Networks.Classic.AllowIpAddressEgress", "items": { "type": "string", "x-parameter": "Configs.Networks.Classic.AllowIpAddressEgress", "description": "One entry of Configs.Networks.Classic.AllowIpAddressEgress." } }, "AllowSecurityGroup": { "description": "Security groups allowed in.", "type": "array", "x-parameter": "Configs.Networks.Classic.AllowSecurityGroup", "items": { "type": "string", "x-parameter": "Configs.Networks.Classic.AllowSecurityGroup", "description": "One entry of Configs.Networks.Classic.AllowSecurityGroup." } }, "AllowSecurityGroupEgress": { "description": "Security groups allowed out.", "type": "array", "x-parameter": "Configs.Networks.Classic.AllowSecurityGroupEgress", "items": { "type": "string", "x-parameter": "Configs.Networks.Classic.AllowSecurityGroupEgress", "description": "One entry of Configs.Networks.Classic.AllowSecurityGroupEgress." } } } }, "VPC": { "description": "VPC settings, and Express Connect to another network.", "type": "object", "x-parameter": "Configs.Networks.VPC", "additionalProperties": false, "properties": { "CidrBlock": { "description": "The VPC's IPv4 CIDR block, a network inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 with a mask of 12\u201324 (16\u201324 in 192.168.0.0/16). Error: InvalidCidrBlock.", "type": "string", "x-parameter": "CidrBlock" }, "VpcId": { "description": "An existing VPC to use: vpc- followed by lower-case letters and digits.", "type": "string", "x-parameter": "Configs.Networks.VPC.VpcId", "pattern": "^vpc-[a-z0-9]+$", "x-hint": "a VPC id is vpc- followed by lower-case letters and digits" }, "OppositeRouterId": { "description": "Express Connect: the router at the other end. Required with any Express Connect field.", "type": "string", "x-parameter": "Configs.Networks.VPC.OppositeRouterId" }, "OppositeAccessPointId": { "description": "Express Connect: the access point at the other end. Required with any Express Connect field.", "type": "string", "x-parameter": "Configs.Networks.VPC.OppositeAccessPointId" }, "OppositeRegionId": { "description": "Express Connect: the region of the other end. Required with any Express Connect field.", "type": "string", "x-parameter": "Configs.Networks.VPC.OppositeRegionId" }, "OppositeRouterType": { "description": "Express Connect: the type of the router at the other end, VRouter or VBR.", "type": "string", "x-parameter": "Configs.Networks.VPC.OppositeRouterType", "enum": ["", "VRouter", "VBR"] }, "OppositeInterfaceId": { "description": "Express Connect: the router interface at the other end.", "type": "string", "x-parameter": "Configs.Networks.VPC.OppositeInterfaceId" }, "ExpressConnectSpec": { "description": "Express Connect: the bandwidth specification.", "type": "string", "x-parameter": "Configs.Networks.VPC.ExpressConnectSpec" } } } } } } }, "Notification": { "description": "Where cluster events are sent (an MNS topic). Error: InvalidNotification.", "type": "object", "x-parameter": "Notification", "additionalProperties": false, "properties": { "Topic": { "description": "The MNS topic.", "type": "object", "x-parameter": "Notification.Topic", "additionalProperties": false, "properties": { "Name": { "description": "The MNS topic name.", "type": "string", "x-parameter": "Notification.Topic.Name" }, "Endpoint": { "description": "The MNS endpoint: an http:// or https:// URL.", "type": "string", "x-parameter": "Notification.Topic.Endpoint", "pattern": "^https?://", "x-hint": "an endpoint starts with http:// or https://" }, "Events": { "description": "Cluster events to notify: OnClusterDeleted, OnInstanceCreated, OnInstanceActive.", "type": "array", "x-parameter": "Notification.Topic.Events", "items": { "description": "A cluster event name.", "type": "string", "x-parameter": "Notification.Topic.Events", "enum": ["OnClusterDeleted", "OnInstanceCreated", "OnInstanceActive"], "x-enum-notes": [{ "pattern": "^On(Job|Task)[A-Z]|^OnInstance(Waiting|Running|Stopped|Finished|Failed)$", "note": "a job event (jobs set their own notifications in CreateJob)" }] } } } } } } }, "definitions": { "Group": { "description": "One instance group. Errors: InvalidGroups.{key} for a value that is not an object.", "type": "object", "x-parameter": "Groups.{key}", "additionalProperties": false, "required": ["DesiredVMCount", "ResourceType"], "properties": { "DesiredVMCount": { "description": "Number of VMs in the group: an integer from 1 to 65536 (and within the MaxClusterGroupDesiredVMCount quota). Errors: MissingDesiredVMCount, InvalidDesiredVMCount.", "type": "integer", "minimum": 1, "maximum": 65536, "x-parameter": "DesiredVMCount" }, "InstanceType": { "description": `Instance type of this group; "" means the cluster's InstanceType. Error: InvalidInstanceType.`, "type": "string", "x-parameter": "InstanceType", "pattern": "^$|^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$", "x-hint": `an instance type is bcs. or ecs., a family, a dot and a size, such as ecs.sn1.medium, or "" for the cluster's` }, "ResourceType": { "description": "How the VMs are paid for: OnDemand or Spot. Errors: MissingResourceType, InvalidResourceType.", "type": "string", "x-parameter": "ResourceType", "enum": ["OnDemand", "Spot"] }, "SpotStrategy": { "description": 'Spot bidding: "", SpotWithPriceLimit or SpotAsPriceGo. Only used when ResourceType is Spot.', "type": "string", "x-parameter": "SpotStrategy", "enum": ["", "SpotWithPriceLimit", "SpotAsPriceGo"] }, "SpotPriceLimit": { "description": "Highest hourly spot price, a number \u2265 0 with at most 3 decimals. Only used with SpotWithPriceLimit.", "type": "number", "minimum": 0, "multipleOf": 1e-3, "x-parameter": "SpotPriceLimit" } } } } };
var schema17 = { "description": "One instance group. Errors: InvalidGroups.{key} for a value that is not an object.", "type": "object", "x-parameter": "Groups.{key}", "additionalProperties": false, "required": ["DesiredVMCount", "ResourceType"], "properties": { "DesiredVMCount": { "description": "Number of VMs in the group: an integer from 1 to 65536 (and within the MaxClusterGroupDesiredVMCount quota). Errors: MissingDesiredVMCount, InvalidDesiredVMCount.", "type": "integer", "minimum": 1, "maximum": 65536, "x-parameter": "DesiredVMCount" }, "InstanceType": { "description": `Instance type of this group; "" means the cluster's InstanceType. Error: InvalidInstanceType.`, "type": "string", "x-parameter": "InstanceType", "pattern": "^$|^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$", "x-hint": `an instance type is bcs. or ecs., a family, a dot and a size, such as ecs.sn1.medium, or "" for the cluster's` }, "ResourceType": { "description": "How the VMs are paid for: OnDemand or Spot. Errors: MissingResourceType, InvalidResourceType.", "type": "string", "x-parameter": "ResourceType", "enum": ["OnDemand", "Spot"] }, "SpotStrategy": { "description": 'Spot bidding: "", SpotWithPriceLimit or SpotAsPriceGo. Only used when ResourceType is Spot.', "type": "string", "x-parameter": "SpotStrategy", "enum": ["", "SpotWithPriceLimit", "SpotAsPriceGo"] }, "SpotPriceLimit": { "description": "Highest hourly spot price, a number \u2265 0 with at most 3 decimals. Only used with SpotWithPriceLimit.", "type": "number", "minimum": 0, "multipleOf": 1e-3, "x-parameter": "SpotPriceLimit" } } };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^[a-zA-Z_-][a-zA-Z0-9_-]*$", "u");
var pattern1 = new RegExp("^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$", "u");
var pattern2 = new RegExp("^[A-Za-z0-9_]+$", "u");
var pattern3 = new RegExp("^$|^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$", "u");
var pattern4 = new RegExp("^(/.*|[A-Za-z]:)$", "u");
var pattern5 = new RegExp("^(oss|nas)://.+", "u");
var pattern6 = new RegExp("^(/.*|[A-Za-z]:([\\\\/].*)?)$", "u");
var pattern7 = new RegExp("^vpc-[a-z0-9]+$", "u");
var pattern8 = new RegExp("^https?://", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    if (data.InstanceType === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "InstanceType" }, message: "must have required property 'InstanceType'" };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.Groups === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Groups" }, message: "must have required property 'Groups'" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema16.properties, key0)) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      if (typeof data.$schema !== "string") {
        const err5 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Name !== void 0) {
      let data1 = data.Name;
      if (typeof data1 === "string") {
        if (func3(data1) > 64) {
          const err6 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (func3(data1) < 1) {
          const err7 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (!pattern0.test(data1)) {
          const err8 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/pattern", keyword: "pattern", params: { pattern: "^[a-zA-Z_-][a-zA-Z0-9_-]*$" }, message: 'must match pattern "^[a-zA-Z_-][a-zA-Z0-9_-]*$"' };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/Name", schemaPath: "#/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.Description !== void 0) {
      let data2 = data.Description;
      if (typeof data2 === "string") {
        if (func3(data2) > 1024) {
          const err10 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/Description", schemaPath: "#/properties/Description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.ImageId !== void 0) {
      let data3 = data.ImageId;
      if (typeof data3 === "string") {
        if (func3(data3) > 256) {
          const err12 = { instancePath: instancePath + "/ImageId", schemaPath: "#/properties/ImageId/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters" };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (func3(data3) < 1) {
          const err13 = { instancePath: instancePath + "/ImageId", schemaPath: "#/properties/ImageId/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/ImageId", schemaPath: "#/properties/ImageId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.InstanceType !== void 0) {
      let data4 = data.InstanceType;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err15 = { instancePath: instancePath + "/InstanceType", schemaPath: "#/properties/InstanceType/pattern", keyword: "pattern", params: { pattern: "^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$" }, message: 'must match pattern "^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$"' };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/InstanceType", schemaPath: "#/properties/InstanceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.IdempotentToken !== void 0) {
      let data5 = data.IdempotentToken;
      if (typeof data5 === "string") {
        if (func3(data5) > 64) {
          const err17 = { instancePath: instancePath + "/IdempotentToken", schemaPath: "#/properties/IdempotentToken/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (func3(data5) < 1) {
          const err18 = { instancePath: instancePath + "/IdempotentToken", schemaPath: "#/properties/IdempotentToken/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (!pattern2.test(data5)) {
          const err19 = { instancePath: instancePath + "/IdempotentToken", schemaPath: "#/properties/IdempotentToken/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_]+$" }, message: 'must match pattern "^[A-Za-z0-9_]+$"' };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/IdempotentToken", schemaPath: "#/properties/IdempotentToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.UserData !== void 0) {
      let data6 = data.UserData;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length > 64) {
          const err21 = { instancePath: instancePath + "/UserData", schemaPath: "#/properties/UserData/maxProperties", keyword: "maxProperties", params: { limit: 64 }, message: "must NOT have more than 64 properties" };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        for (const key1 in data6) {
          const _errs16 = errors;
          if (typeof key1 === "string") {
            if (func3(key1) > 128) {
              const err22 = { instancePath: instancePath + "/UserData", schemaPath: "#/properties/UserData/propertyNames/maxLength", keyword: "maxLength", params: { limit: 128 }, message: "must NOT have more than 128 characters", propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (func3(key1) < 1) {
              const err23 = { instancePath: instancePath + "/UserData", schemaPath: "#/properties/UserData/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          var valid1 = _errs16 === errors;
          if (!valid1) {
            const err24 = { instancePath: instancePath + "/UserData", schemaPath: "#/properties/UserData/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        for (const key2 in data6) {
          let data7 = data6[key2];
          if (typeof data7 === "string") {
            if (func3(data7) > 1024) {
              const err25 = { instancePath: instancePath + "/UserData/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/UserData/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          } else {
            const err26 = { instancePath: instancePath + "/UserData/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/UserData/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/UserData", schemaPath: "#/properties/UserData/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.Groups !== void 0) {
      let data8 = data.Groups;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        if (Object.keys(data8).length < 1) {
          const err28 = { instancePath: instancePath + "/Groups", schemaPath: "#/properties/Groups/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties" };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key3 in data8) {
          const _errs22 = errors;
          if (typeof key3 === "string") {
            if (func3(key3) > 64) {
              const err29 = { instancePath: instancePath + "/Groups", schemaPath: "#/properties/Groups/propertyNames/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (func3(key3) < 1) {
              const err30 = { instancePath: instancePath + "/Groups", schemaPath: "#/properties/Groups/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          var valid3 = _errs22 === errors;
          if (!valid3) {
            const err31 = { instancePath: instancePath + "/Groups", schemaPath: "#/properties/Groups/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid" };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        for (const key4 in data8) {
          let data9 = data8[key4];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.DesiredVMCount === void 0) {
              const err32 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Group/required", keyword: "required", params: { missingProperty: "DesiredVMCount" }, message: "must have required property 'DesiredVMCount'" };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data9.ResourceType === void 0) {
              const err33 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Group/required", keyword: "required", params: { missingProperty: "ResourceType" }, message: "must have required property 'ResourceType'" };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key5 in data9) {
              if (!(key5 === "DesiredVMCount" || key5 === "InstanceType" || key5 === "ResourceType" || key5 === "SpotStrategy" || key5 === "SpotPriceLimit")) {
                const err34 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Group/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data9.DesiredVMCount !== void 0) {
              let data10 = data9.DesiredVMCount;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
                const err35 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/DesiredVMCount", schemaPath: "#/definitions/Group/properties/DesiredVMCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 > 65536 || isNaN(data10)) {
                  const err36 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/DesiredVMCount", schemaPath: "#/definitions/Group/properties/DesiredVMCount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65536 }, message: "must be <= 65536" };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                if (data10 < 1 || isNaN(data10)) {
                  const err37 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/DesiredVMCount", schemaPath: "#/definitions/Group/properties/DesiredVMCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
              }
            }
            if (data9.InstanceType !== void 0) {
              let data11 = data9.InstanceType;
              if (typeof data11 === "string") {
                if (!pattern3.test(data11)) {
                  const err38 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/InstanceType", schemaPath: "#/definitions/Group/properties/InstanceType/pattern", keyword: "pattern", params: { pattern: "^$|^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$" }, message: 'must match pattern "^$|^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$"' };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              } else {
                const err39 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/InstanceType", schemaPath: "#/definitions/Group/properties/InstanceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
            }
            if (data9.ResourceType !== void 0) {
              let data12 = data9.ResourceType;
              if (typeof data12 !== "string") {
                const err40 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ResourceType", schemaPath: "#/definitions/Group/properties/ResourceType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (!(data12 === "OnDemand" || data12 === "Spot")) {
                const err41 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/ResourceType", schemaPath: "#/definitions/Group/properties/ResourceType/enum", keyword: "enum", params: { allowedValues: schema17.properties.ResourceType.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
            if (data9.SpotStrategy !== void 0) {
              let data13 = data9.SpotStrategy;
              if (typeof data13 !== "string") {
                const err42 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/SpotStrategy", schemaPath: "#/definitions/Group/properties/SpotStrategy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
              if (!(data13 === "" || data13 === "SpotWithPriceLimit" || data13 === "SpotAsPriceGo")) {
                const err43 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/SpotStrategy", schemaPath: "#/definitions/Group/properties/SpotStrategy/enum", keyword: "enum", params: { allowedValues: schema17.properties.SpotStrategy.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data9.SpotPriceLimit !== void 0) {
              let data14 = data9.SpotPriceLimit;
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 < 0 || isNaN(data14)) {
                  const err44 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/SpotPriceLimit", schemaPath: "#/definitions/Group/properties/SpotPriceLimit/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                let res0;
                if (res0 = data14 / 1e-3, Math.abs(Math.round(res0) - res0) > 1e-9) {
                  const err45 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/SpotPriceLimit", schemaPath: "#/definitions/Group/properties/SpotPriceLimit/multipleOf", keyword: "multipleOf", params: { multipleOf: 1e-3 }, message: "must be multiple of 0.001" };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1") + "/SpotPriceLimit", schemaPath: "#/definitions/Group/properties/SpotPriceLimit/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/Groups/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/Group/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/Groups", schemaPath: "#/properties/Groups/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.Configs !== void 0) {
      let data15 = data.Configs;
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key6 in data15) {
          if (!(key6 === "Disks" || key6 === "Mounts" || key6 === "Networks")) {
            const err49 = { instancePath: instancePath + "/Configs", schemaPath: "#/properties/Configs/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data15.Disks !== void 0) {
          let data16 = data15.Disks;
          if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
            for (const key7 in data16) {
              if (!(key7 === "SystemDisk" || key7 === "DataDisk")) {
                const err50 = { instancePath: instancePath + "/Configs/Disks", schemaPath: "#/properties/Configs/properties/Disks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data16.SystemDisk !== void 0) {
              let data17 = data16.SystemDisk;
              if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                for (const key8 in data17) {
                  if (!(key8 === "Type" || key8 === "Size")) {
                    const err51 = { instancePath: instancePath + "/Configs/Disks/SystemDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
                if (data17.Type !== void 0) {
                  let data18 = data17.Type;
                  if (typeof data18 !== "string") {
                    const err52 = { instancePath: instancePath + "/Configs/Disks/SystemDisk/Type", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                  if (!(data18 === "" || data18 === "cloud" || data18 === "cloud_efficiency" || data18 === "cloud_ssd" || data18 === "ephemeral" || data18 === "ephemeral_ssd")) {
                    const err53 = { instancePath: instancePath + "/Configs/Disks/SystemDisk/Type", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/properties/Type/enum", keyword: "enum", params: { allowedValues: schema16.properties.Configs.properties.Disks.properties.SystemDisk.properties.Type.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err53];
                    } else {
                      vErrors.push(err53);
                    }
                    errors++;
                  }
                }
                if (data17.Size !== void 0) {
                  let data19 = data17.Size;
                  if (!(typeof data19 == "number" && (!(data19 % 1) && !isNaN(data19)) && isFinite(data19))) {
                    const err54 = { instancePath: instancePath + "/Configs/Disks/SystemDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/properties/Size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                  if (typeof data19 == "number" && isFinite(data19)) {
                    if (data19 > 500 || isNaN(data19)) {
                      const err55 = { instancePath: instancePath + "/Configs/Disks/SystemDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/properties/Size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 500 }, message: "must be <= 500" };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                    if (data19 < 40 || isNaN(data19)) {
                      const err56 = { instancePath: instancePath + "/Configs/Disks/SystemDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/properties/Size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 40 }, message: "must be >= 40" };
                      if (vErrors === null) {
                        vErrors = [err56];
                      } else {
                        vErrors.push(err56);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err57 = { instancePath: instancePath + "/Configs/Disks/SystemDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/SystemDisk/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data16.DataDisk !== void 0) {
              let data20 = data16.DataDisk;
              const _errs53 = errors;
              let valid10 = true;
              const _errs54 = errors;
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                let missing0;
                if (data20.Type === void 0 && (missing0 = "Type")) {
                  const err58 = {};
                  if (vErrors === null) {
                    vErrors = [err58];
                  } else {
                    vErrors.push(err58);
                  }
                  errors++;
                } else {
                  if (data20.Type !== void 0) {
                    if ("ephemeral" !== data20.Type) {
                      const err59 = {};
                      if (vErrors === null) {
                        vErrors = [err59];
                      } else {
                        vErrors.push(err59);
                      }
                      errors++;
                    }
                  }
                }
              }
              var _valid0 = _errs54 === errors;
              errors = _errs53;
              if (vErrors !== null) {
                if (_errs53) {
                  vErrors.length = _errs53;
                } else {
                  vErrors = null;
                }
              }
              if (_valid0) {
                const _errs56 = errors;
                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                  if (data20.Size !== void 0) {
                    let data22 = data20.Size;
                    if (typeof data22 == "number" && isFinite(data22)) {
                      if (data22 > 1024 || isNaN(data22)) {
                        const err60 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/then/properties/Size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1024 }, message: "must be <= 1024" };
                        if (vErrors === null) {
                          vErrors = [err60];
                        } else {
                          vErrors.push(err60);
                        }
                        errors++;
                      }
                    }
                  }
                }
                var _valid0 = _errs56 === errors;
                valid10 = _valid0;
              }
              if (!valid10) {
                const err61 = { instancePath: instancePath + "/Configs/Disks/DataDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                if (data20.MountPoint === void 0) {
                  const err62 = { instancePath: instancePath + "/Configs/Disks/DataDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/required", keyword: "required", params: { missingProperty: "MountPoint" }, message: "must have required property 'MountPoint'" };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                for (const key9 in data20) {
                  if (!(key9 === "Type" || key9 === "Size" || key9 === "MountPoint")) {
                    const err63 = { instancePath: instancePath + "/Configs/Disks/DataDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err63];
                    } else {
                      vErrors.push(err63);
                    }
                    errors++;
                  }
                }
                if (data20.Type !== void 0) {
                  let data23 = data20.Type;
                  if (typeof data23 !== "string") {
                    const err64 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Type", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/Type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err64];
                    } else {
                      vErrors.push(err64);
                    }
                    errors++;
                  }
                  if (!(data23 === "" || data23 === "cloud" || data23 === "cloud_efficiency" || data23 === "cloud_ssd" || data23 === "ephemeral" || data23 === "ephemeral_ssd")) {
                    const err65 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Type", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/Type/enum", keyword: "enum", params: { allowedValues: schema16.properties.Configs.properties.Disks.properties.DataDisk.properties.Type.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err65];
                    } else {
                      vErrors.push(err65);
                    }
                    errors++;
                  }
                }
                if (data20.Size !== void 0) {
                  let data24 = data20.Size;
                  if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                    const err66 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/Size/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                  if (typeof data24 == "number" && isFinite(data24)) {
                    if (data24 > 2e3 || isNaN(data24)) {
                      const err67 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/Size/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e3 }, message: "must be <= 2000" };
                      if (vErrors === null) {
                        vErrors = [err67];
                      } else {
                        vErrors.push(err67);
                      }
                      errors++;
                    }
                    if (data24 < 5 || isNaN(data24)) {
                      const err68 = { instancePath: instancePath + "/Configs/Disks/DataDisk/Size", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/Size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5 }, message: "must be >= 5" };
                      if (vErrors === null) {
                        vErrors = [err68];
                      } else {
                        vErrors.push(err68);
                      }
                      errors++;
                    }
                  }
                }
                if (data20.MountPoint !== void 0) {
                  let data25 = data20.MountPoint;
                  if (typeof data25 === "string") {
                    if (!pattern4.test(data25)) {
                      const err69 = { instancePath: instancePath + "/Configs/Disks/DataDisk/MountPoint", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/MountPoint/pattern", keyword: "pattern", params: { pattern: "^(/.*|[A-Za-z]:)$" }, message: 'must match pattern "^(/.*|[A-Za-z]:)$"' };
                      if (vErrors === null) {
                        vErrors = [err69];
                      } else {
                        vErrors.push(err69);
                      }
                      errors++;
                    }
                  } else {
                    const err70 = { instancePath: instancePath + "/Configs/Disks/DataDisk/MountPoint", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/properties/MountPoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err70];
                    } else {
                      vErrors.push(err70);
                    }
                    errors++;
                  }
                }
              } else {
                const err71 = { instancePath: instancePath + "/Configs/Disks/DataDisk", schemaPath: "#/properties/Configs/properties/Disks/properties/DataDisk/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err71];
                } else {
                  vErrors.push(err71);
                }
                errors++;
              }
            }
          } else {
            const err72 = { instancePath: instancePath + "/Configs/Disks", schemaPath: "#/properties/Configs/properties/Disks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data15.Mounts !== void 0) {
          let data26 = data15.Mounts;
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            for (const key10 in data26) {
              if (!(key10 === "Entries" || key10 === "Locale" || key10 === "Lock" || key10 === "CacheSupport" || key10 === "NAS" || key10 === "OSS")) {
                const err73 = { instancePath: instancePath + "/Configs/Mounts", schemaPath: "#/properties/Configs/properties/Mounts/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data26.Entries !== void 0) {
              let data27 = data26.Entries;
              if (Array.isArray(data27)) {
                const len0 = data27.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data28 = data27[i0];
                  if (data28 && typeof data28 == "object" && !Array.isArray(data28)) {
                    if (data28.Source === void 0) {
                      const err74 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0, schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/required", keyword: "required", params: { missingProperty: "Source" }, message: "must have required property 'Source'" };
                      if (vErrors === null) {
                        vErrors = [err74];
                      } else {
                        vErrors.push(err74);
                      }
                      errors++;
                    }
                    if (data28.Destination === void 0) {
                      const err75 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0, schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/required", keyword: "required", params: { missingProperty: "Destination" }, message: "must have required property 'Destination'" };
                      if (vErrors === null) {
                        vErrors = [err75];
                      } else {
                        vErrors.push(err75);
                      }
                      errors++;
                    }
                    if (data28.WriteSupport === void 0) {
                      const err76 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0, schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/required", keyword: "required", params: { missingProperty: "WriteSupport" }, message: "must have required property 'WriteSupport'" };
                      if (vErrors === null) {
                        vErrors = [err76];
                      } else {
                        vErrors.push(err76);
                      }
                      errors++;
                    }
                    for (const key11 in data28) {
                      if (!(key11 === "Source" || key11 === "Destination" || key11 === "WriteSupport")) {
                        const err77 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0, schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                          vErrors = [err77];
                        } else {
                          vErrors.push(err77);
                        }
                        errors++;
                      }
                    }
                    if (data28.Source !== void 0) {
                      let data29 = data28.Source;
                      if (typeof data29 === "string") {
                        if (!pattern5.test(data29)) {
                          const err78 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0 + "/Source", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/properties/Source/pattern", keyword: "pattern", params: { pattern: "^(oss|nas)://.+" }, message: 'must match pattern "^(oss|nas)://.+"' };
                          if (vErrors === null) {
                            vErrors = [err78];
                          } else {
                            vErrors.push(err78);
                          }
                          errors++;
                        }
                      } else {
                        const err79 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0 + "/Source", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/properties/Source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err79];
                        } else {
                          vErrors.push(err79);
                        }
                        errors++;
                      }
                    }
                    if (data28.Destination !== void 0) {
                      let data30 = data28.Destination;
                      if (typeof data30 === "string") {
                        if (!pattern6.test(data30)) {
                          const err80 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0 + "/Destination", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/properties/Destination/pattern", keyword: "pattern", params: { pattern: "^(/.*|[A-Za-z]:([\\\\/].*)?)$" }, message: 'must match pattern "^(/.*|[A-Za-z]:([\\\\/].*)?)$"' };
                          if (vErrors === null) {
                            vErrors = [err80];
                          } else {
                            vErrors.push(err80);
                          }
                          errors++;
                        }
                      } else {
                        const err81 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0 + "/Destination", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/properties/Destination/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err81];
                        } else {
                          vErrors.push(err81);
                        }
                        errors++;
                      }
                    }
                    if (data28.WriteSupport !== void 0) {
                      if (typeof data28.WriteSupport !== "boolean") {
                        const err82 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0 + "/WriteSupport", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/properties/WriteSupport/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                          vErrors = [err82];
                        } else {
                          vErrors.push(err82);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err83 = { instancePath: instancePath + "/Configs/Mounts/Entries/" + i0, schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                      vErrors = [err83];
                    } else {
                      vErrors.push(err83);
                    }
                    errors++;
                  }
                }
              } else {
                const err84 = { instancePath: instancePath + "/Configs/Mounts/Entries", schemaPath: "#/properties/Configs/properties/Mounts/properties/Entries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            }
            if (data26.Locale !== void 0) {
              let data32 = data26.Locale;
              if (typeof data32 !== "string") {
                const err85 = { instancePath: instancePath + "/Configs/Mounts/Locale", schemaPath: "#/properties/Configs/properties/Mounts/properties/Locale/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (!(data32 === "GBK" || data32 === "UTF-8")) {
                const err86 = { instancePath: instancePath + "/Configs/Mounts/Locale", schemaPath: "#/properties/Configs/properties/Mounts/properties/Locale/enum", keyword: "enum", params: { allowedValues: schema16.properties.Configs.properties.Mounts.properties.Locale.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            }
            if (data26.Lock !== void 0) {
              if (typeof data26.Lock !== "boolean") {
                const err87 = { instancePath: instancePath + "/Configs/Mounts/Lock", schemaPath: "#/properties/Configs/properties/Mounts/properties/Lock/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err87];
                } else {
                  vErrors.push(err87);
                }
                errors++;
              }
            }
            if (data26.CacheSupport !== void 0) {
              if (typeof data26.CacheSupport !== "boolean") {
                const err88 = { instancePath: instancePath + "/Configs/Mounts/CacheSupport", schemaPath: "#/properties/Configs/properties/Mounts/properties/CacheSupport/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            }
            if (data26.NAS !== void 0) {
              let data35 = data26.NAS;
              if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                for (const key12 in data35) {
                  if (!(key12 === "AccessGroup" || key12 === "FileSystem")) {
                    const err89 = { instancePath: instancePath + "/Configs/Mounts/NAS", schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err89];
                    } else {
                      vErrors.push(err89);
                    }
                    errors++;
                  }
                }
                if (data35.AccessGroup !== void 0) {
                  let data36 = data35.AccessGroup;
                  if (Array.isArray(data36)) {
                    const len1 = data36.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      if (typeof data36[i1] !== "string") {
                        const err90 = { instancePath: instancePath + "/Configs/Mounts/NAS/AccessGroup/" + i1, schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/properties/AccessGroup/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err90];
                        } else {
                          vErrors.push(err90);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err91 = { instancePath: instancePath + "/Configs/Mounts/NAS/AccessGroup", schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/properties/AccessGroup/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err91];
                    } else {
                      vErrors.push(err91);
                    }
                    errors++;
                  }
                }
                if (data35.FileSystem !== void 0) {
                  let data38 = data35.FileSystem;
                  if (Array.isArray(data38)) {
                    const len2 = data38.length;
                    for (let i2 = 0; i2 < len2; i2++) {
                      if (typeof data38[i2] !== "string") {
                        const err92 = { instancePath: instancePath + "/Configs/Mounts/NAS/FileSystem/" + i2, schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/properties/FileSystem/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err92];
                        } else {
                          vErrors.push(err92);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err93 = { instancePath: instancePath + "/Configs/Mounts/NAS/FileSystem", schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/properties/FileSystem/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err93];
                    } else {
                      vErrors.push(err93);
                    }
                    errors++;
                  }
                }
              } else {
                const err94 = { instancePath: instancePath + "/Configs/Mounts/NAS", schemaPath: "#/properties/Configs/properties/Mounts/properties/NAS/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
            }
            if (data26.OSS !== void 0) {
              let data40 = data26.OSS;
              if (data40 && typeof data40 == "object" && !Array.isArray(data40)) {
                for (const key13 in data40) {
                  if (!(key13 === "AccessKeyId" || key13 === "AccessKeySecret" || key13 === "AccessSecurityToken" || key13 === "SecurityToken")) {
                    const err95 = { instancePath: instancePath + "/Configs/Mounts/OSS", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key13 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err95];
                    } else {
                      vErrors.push(err95);
                    }
                    errors++;
                  }
                }
                if (data40.AccessKeyId !== void 0) {
                  if (typeof data40.AccessKeyId !== "string") {
                    const err96 = { instancePath: instancePath + "/Configs/Mounts/OSS/AccessKeyId", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/properties/AccessKeyId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err96];
                    } else {
                      vErrors.push(err96);
                    }
                    errors++;
                  }
                }
                if (data40.AccessKeySecret !== void 0) {
                  if (typeof data40.AccessKeySecret !== "string") {
                    const err97 = { instancePath: instancePath + "/Configs/Mounts/OSS/AccessKeySecret", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/properties/AccessKeySecret/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err97];
                    } else {
                      vErrors.push(err97);
                    }
                    errors++;
                  }
                }
                if (data40.AccessSecurityToken !== void 0) {
                  if (typeof data40.AccessSecurityToken !== "string") {
                    const err98 = { instancePath: instancePath + "/Configs/Mounts/OSS/AccessSecurityToken", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/properties/AccessSecurityToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err98];
                    } else {
                      vErrors.push(err98);
                    }
                    errors++;
                  }
                }
                if (data40.SecurityToken !== void 0) {
                  if (typeof data40.SecurityToken !== "string") {
                    const err99 = { instancePath: instancePath + "/Configs/Mounts/OSS/SecurityToken", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/properties/SecurityToken/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err99];
                    } else {
                      vErrors.push(err99);
                    }
                    errors++;
                  }
                }
              } else {
                const err100 = { instancePath: instancePath + "/Configs/Mounts/OSS", schemaPath: "#/properties/Configs/properties/Mounts/properties/OSS/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
            }
          } else {
            const err101 = { instancePath: instancePath + "/Configs/Mounts", schemaPath: "#/properties/Configs/properties/Mounts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err101];
            } else {
              vErrors.push(err101);
            }
            errors++;
          }
        }
        if (data15.Networks !== void 0) {
          let data45 = data15.Networks;
          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
            for (const key14 in data45) {
              if (!(key14 === "Classic" || key14 === "VPC")) {
                const err102 = { instancePath: instancePath + "/Configs/Networks", schemaPath: "#/properties/Configs/properties/Networks/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key14 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err102];
                } else {
                  vErrors.push(err102);
                }
                errors++;
              }
            }
            if (data45.Classic !== void 0) {
              let data46 = data45.Classic;
              if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
                for (const key15 in data46) {
                  if (!(key15 === "AllowIpAddress" || key15 === "AllowIpAddressEgress" || key15 === "AllowSecurityGroup" || key15 === "AllowSecurityGroupEgress")) {
                    const err103 = { instancePath: instancePath + "/Configs/Networks/Classic", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key15 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err103];
                    } else {
                      vErrors.push(err103);
                    }
                    errors++;
                  }
                }
                if (data46.AllowIpAddress !== void 0) {
                  let data47 = data46.AllowIpAddress;
                  if (Array.isArray(data47)) {
                    const len3 = data47.length;
                    for (let i3 = 0; i3 < len3; i3++) {
                      if (typeof data47[i3] !== "string") {
                        const err104 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowIpAddress/" + i3, schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowIpAddress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err104];
                        } else {
                          vErrors.push(err104);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err105 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowIpAddress", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowIpAddress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err105];
                    } else {
                      vErrors.push(err105);
                    }
                    errors++;
                  }
                }
                if (data46.AllowIpAddressEgress !== void 0) {
                  let data49 = data46.AllowIpAddressEgress;
                  if (Array.isArray(data49)) {
                    const len4 = data49.length;
                    for (let i4 = 0; i4 < len4; i4++) {
                      if (typeof data49[i4] !== "string") {
                        const err106 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowIpAddressEgress/" + i4, schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowIpAddressEgress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err106];
                        } else {
                          vErrors.push(err106);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err107 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowIpAddressEgress", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowIpAddressEgress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err107];
                    } else {
                      vErrors.push(err107);
                    }
                    errors++;
                  }
                }
                if (data46.AllowSecurityGroup !== void 0) {
                  let data51 = data46.AllowSecurityGroup;
                  if (Array.isArray(data51)) {
                    const len5 = data51.length;
                    for (let i5 = 0; i5 < len5; i5++) {
                      if (typeof data51[i5] !== "string") {
                        const err108 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowSecurityGroup/" + i5, schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowSecurityGroup/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err108];
                        } else {
                          vErrors.push(err108);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err109 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowSecurityGroup", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowSecurityGroup/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err109];
                    } else {
                      vErrors.push(err109);
                    }
                    errors++;
                  }
                }
                if (data46.AllowSecurityGroupEgress !== void 0) {
                  let data53 = data46.AllowSecurityGroupEgress;
                  if (Array.isArray(data53)) {
                    const len6 = data53.length;
                    for (let i6 = 0; i6 < len6; i6++) {
                      if (typeof data53[i6] !== "string") {
                        const err110 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowSecurityGroupEgress/" + i6, schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowSecurityGroupEgress/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                          vErrors = [err110];
                        } else {
                          vErrors.push(err110);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err111 = { instancePath: instancePath + "/Configs/Networks/Classic/AllowSecurityGroupEgress", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/properties/AllowSecurityGroupEgress/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                      vErrors = [err111];
                    } else {
                      vErrors.push(err111);
                    }
                    errors++;
                  }
                }
              } else {
                const err112 = { instancePath: instancePath + "/Configs/Networks/Classic", schemaPath: "#/properties/Configs/properties/Networks/properties/Classic/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
            }
            if (data45.VPC !== void 0) {
              let data55 = data45.VPC;
              if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                for (const key16 in data55) {
                  if (!(key16 === "CidrBlock" || key16 === "VpcId" || key16 === "OppositeRouterId" || key16 === "OppositeAccessPointId" || key16 === "OppositeRegionId" || key16 === "OppositeRouterType" || key16 === "OppositeInterfaceId" || key16 === "ExpressConnectSpec")) {
                    const err113 = { instancePath: instancePath + "/Configs/Networks/VPC", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties" };
                    if (vErrors === null) {
                      vErrors = [err113];
                    } else {
                      vErrors.push(err113);
                    }
                    errors++;
                  }
                }
                if (data55.CidrBlock !== void 0) {
                  if (typeof data55.CidrBlock !== "string") {
                    const err114 = { instancePath: instancePath + "/Configs/Networks/VPC/CidrBlock", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/CidrBlock/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err114];
                    } else {
                      vErrors.push(err114);
                    }
                    errors++;
                  }
                }
                if (data55.VpcId !== void 0) {
                  let data57 = data55.VpcId;
                  if (typeof data57 === "string") {
                    if (!pattern7.test(data57)) {
                      const err115 = { instancePath: instancePath + "/Configs/Networks/VPC/VpcId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/VpcId/pattern", keyword: "pattern", params: { pattern: "^vpc-[a-z0-9]+$" }, message: 'must match pattern "^vpc-[a-z0-9]+$"' };
                      if (vErrors === null) {
                        vErrors = [err115];
                      } else {
                        vErrors.push(err115);
                      }
                      errors++;
                    }
                  } else {
                    const err116 = { instancePath: instancePath + "/Configs/Networks/VPC/VpcId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/VpcId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err116];
                    } else {
                      vErrors.push(err116);
                    }
                    errors++;
                  }
                }
                if (data55.OppositeRouterId !== void 0) {
                  if (typeof data55.OppositeRouterId !== "string") {
                    const err117 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeRouterId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeRouterId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err117];
                    } else {
                      vErrors.push(err117);
                    }
                    errors++;
                  }
                }
                if (data55.OppositeAccessPointId !== void 0) {
                  if (typeof data55.OppositeAccessPointId !== "string") {
                    const err118 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeAccessPointId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeAccessPointId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err118];
                    } else {
                      vErrors.push(err118);
                    }
                    errors++;
                  }
                }
                if (data55.OppositeRegionId !== void 0) {
                  if (typeof data55.OppositeRegionId !== "string") {
                    const err119 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeRegionId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeRegionId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err119];
                    } else {
                      vErrors.push(err119);
                    }
                    errors++;
                  }
                }
                if (data55.OppositeRouterType !== void 0) {
                  let data61 = data55.OppositeRouterType;
                  if (typeof data61 !== "string") {
                    const err120 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeRouterType", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeRouterType/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err120];
                    } else {
                      vErrors.push(err120);
                    }
                    errors++;
                  }
                  if (!(data61 === "" || data61 === "VRouter" || data61 === "VBR")) {
                    const err121 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeRouterType", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeRouterType/enum", keyword: "enum", params: { allowedValues: schema16.properties.Configs.properties.Networks.properties.VPC.properties.OppositeRouterType.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err121];
                    } else {
                      vErrors.push(err121);
                    }
                    errors++;
                  }
                }
                if (data55.OppositeInterfaceId !== void 0) {
                  if (typeof data55.OppositeInterfaceId !== "string") {
                    const err122 = { instancePath: instancePath + "/Configs/Networks/VPC/OppositeInterfaceId", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/OppositeInterfaceId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err122];
                    } else {
                      vErrors.push(err122);
                    }
                    errors++;
                  }
                }
                if (data55.ExpressConnectSpec !== void 0) {
                  if (typeof data55.ExpressConnectSpec !== "string") {
                    const err123 = { instancePath: instancePath + "/Configs/Networks/VPC/ExpressConnectSpec", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/properties/ExpressConnectSpec/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err123];
                    } else {
                      vErrors.push(err123);
                    }
                    errors++;
                  }
                }
              } else {
                const err124 = { instancePath: instancePath + "/Configs/Networks/VPC", schemaPath: "#/properties/Configs/properties/Networks/properties/VPC/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                  vErrors = [err124];
                } else {
                  vErrors.push(err124);
                }
                errors++;
              }
            }
          } else {
            const err125 = { instancePath: instancePath + "/Configs/Networks", schemaPath: "#/properties/Configs/properties/Networks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err125];
            } else {
              vErrors.push(err125);
            }
            errors++;
          }
        }
      } else {
        const err126 = { instancePath: instancePath + "/Configs", schemaPath: "#/properties/Configs/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err126];
        } else {
          vErrors.push(err126);
        }
        errors++;
      }
    }
    if (data.Notification !== void 0) {
      let data64 = data.Notification;
      if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
        for (const key17 in data64) {
          if (!(key17 === "Topic")) {
            const err127 = { instancePath: instancePath + "/Notification", schemaPath: "#/properties/Notification/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key17 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err127];
            } else {
              vErrors.push(err127);
            }
            errors++;
          }
        }
        if (data64.Topic !== void 0) {
          let data65 = data64.Topic;
          if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
            for (const key18 in data65) {
              if (!(key18 === "Name" || key18 === "Endpoint" || key18 === "Events")) {
                const err128 = { instancePath: instancePath + "/Notification/Topic", schemaPath: "#/properties/Notification/properties/Topic/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key18 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                  vErrors = [err128];
                } else {
                  vErrors.push(err128);
                }
                errors++;
              }
            }
            if (data65.Name !== void 0) {
              if (typeof data65.Name !== "string") {
                const err129 = { instancePath: instancePath + "/Notification/Topic/Name", schemaPath: "#/properties/Notification/properties/Topic/properties/Name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err129];
                } else {
                  vErrors.push(err129);
                }
                errors++;
              }
            }
            if (data65.Endpoint !== void 0) {
              let data67 = data65.Endpoint;
              if (typeof data67 === "string") {
                if (!pattern8.test(data67)) {
                  const err130 = { instancePath: instancePath + "/Notification/Topic/Endpoint", schemaPath: "#/properties/Notification/properties/Topic/properties/Endpoint/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"' };
                  if (vErrors === null) {
                    vErrors = [err130];
                  } else {
                    vErrors.push(err130);
                  }
                  errors++;
                }
              } else {
                const err131 = { instancePath: instancePath + "/Notification/Topic/Endpoint", schemaPath: "#/properties/Notification/properties/Topic/properties/Endpoint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                  vErrors = [err131];
                } else {
                  vErrors.push(err131);
                }
                errors++;
              }
            }
            if (data65.Events !== void 0) {
              let data68 = data65.Events;
              if (Array.isArray(data68)) {
                const len7 = data68.length;
                for (let i7 = 0; i7 < len7; i7++) {
                  let data69 = data68[i7];
                  if (typeof data69 !== "string") {
                    const err132 = { instancePath: instancePath + "/Notification/Topic/Events/" + i7, schemaPath: "#/properties/Notification/properties/Topic/properties/Events/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                      vErrors = [err132];
                    } else {
                      vErrors.push(err132);
                    }
                    errors++;
                  }
                  if (!(data69 === "OnClusterDeleted" || data69 === "OnInstanceCreated" || data69 === "OnInstanceActive")) {
                    const err133 = { instancePath: instancePath + "/Notification/Topic/Events/" + i7, schemaPath: "#/properties/Notification/properties/Topic/properties/Events/items/enum", keyword: "enum", params: { allowedValues: schema16.properties.Notification.properties.Topic.properties.Events.items.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                      vErrors = [err133];
                    } else {
                      vErrors.push(err133);
                    }
                    errors++;
                  }
                }
              } else {
                const err134 = { instancePath: instancePath + "/Notification/Topic/Events", schemaPath: "#/properties/Notification/properties/Topic/properties/Events/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                  vErrors = [err134];
                } else {
                  vErrors.push(err134);
                }
                errors++;
              }
            }
          } else {
            const err135 = { instancePath: instancePath + "/Notification/Topic", schemaPath: "#/properties/Notification/properties/Topic/type", keyword: "type", params: { type: "object" }, message: "must be object" };
            if (vErrors === null) {
              vErrors = [err135];
            } else {
              vErrors.push(err135);
            }
            errors++;
          }
        }
      } else {
        const err136 = { instancePath: instancePath + "/Notification", schemaPath: "#/properties/Notification/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err136];
        } else {
          vErrors.push(err136);
        }
        errors++;
      }
    }
  } else {
    const err137 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err137];
    } else {
      vErrors.push(err137);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var containerservice = validate15;
var schema18 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://clusterlint.dev/schemas/containerservice-cluster.schema.json", "title": "Container Service (swarm) CreateCluster request body", "description": "The body of POST /clusters for Alibaba Cloud Container Service (swarm clusters), as checked by clusterlint. The API documents no error codes: every finding uses the Missing{Parameter} / Invalid{Parameter} templates, with the parameter in PascalCase in the code and spelled as the API spells it (snake_case) in the message.", "type": "object", "x-parameter": "HttpBody", "required": ["name", "size", "instance_type", "network_mode", "subnet_cidr", "vpc_id", "vswitch_id", "password", "data_disk_category", "data_disk_size"], "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "The JSON Schema this spec follows; lets editors and clusterlint recognise the dialect.", "x-parameter": "$schema" }, "name": { "description": 'Cluster name: 1\u201363 characters; letters, digits, Chinese characters (U+4E00\u2013U+9FA5) and "-", not starting with "-". Errors: MissingName, InvalidName.', "type": "string", "minLength": 1, "maxLength": 63, "pattern": "^[A-Za-z0-9\\u4e00-\\u9fa5][A-Za-z0-9\\u4e00-\\u9fa5-]*$", "x-hint": 'only letters, digits, Chinese characters (U+4E00\u2013U+9FA5) and "-" are allowed, and the first character must not be "-"', "x-parameter": "name" }, "size": { "description": "Number of ECS nodes in the cluster: an integer of at least 1; more than 50 is a warning (the provider's tooling caps a swarm cluster there). Errors: MissingSize, InvalidSize.", "type": "integer", "minimum": 1, "x-parameter": "size" }, "instance_type": { "description": "ECS instance type of the nodes: ecs.<family>.<size> (for example ecs.n1.small); must be listed in the config's instanceTypes when that is set. Errors: MissingInstanceType, InvalidInstanceType.", "type": "string", "pattern": "^ecs\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$", "x-hint": "an instance type is ecs., a family, a dot and a size, such as ecs.n1.small", "x-parameter": "instance_type" }, "network_mode": { "description": "Network mode of the cluster; only vpc is supported. Errors: MissingNetworkMode, InvalidNetworkMode.", "type": "string", "enum": ["vpc"], "x-parameter": "network_mode" }, "subnet_cidr": { "description": "CIDR block for the containers: an IPv4 network address (no host bits set) inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. Errors: MissingSubnetCidr, InvalidSubnetCidr.", "type": "string", "x-parameter": "subnet_cidr" }, "vpc_id": { "description": "ID of the VPC: vpc- followed by lower-case letters and digits. Errors: MissingVpcId, InvalidVpcId.", "type": "string", "pattern": "^vpc-[a-z0-9]+$", "x-hint": 'a VPC ID is "vpc-" followed by lower-case letters and digits', "x-parameter": "vpc_id" }, "vswitch_id": { "description": "ID of a VSwitch of the VPC: vsw- followed by lower-case letters and digits. Errors: MissingVswitchId, InvalidVswitchId.", "type": "string", "pattern": "^vsw-[a-z0-9]+$", "x-hint": 'a VSwitch ID is "vsw-" followed by lower-case letters and digits', "x-parameter": "vswitch_id" }, "password": { "description": "Root password of the ECS nodes: 8\u201330 characters from letters, digits and ()`~!@#$%^&*-_+=|{}[]:;'\"<>,.?/, with at least three of upper case, lower case, digits and special characters. A secret: clusterlint warns when it is written in the file and never shows it. Errors: MissingPassword, InvalidPassword, PlaintextSecret.", "type": "string", "minLength": 8, "maxLength": 30, "pattern": "^[A-Za-z0-9()`~!@#$%^&*\\-_+=|{}\\[\\]:;'\"<>,.?/]*$", "x-hint": "only letters, digits and the special characters ()`~!@#$%^&*-_+=|{}[]:;'\"<>,.?/ are allowed", "x-secret": true, "x-parameter": "password" }, "region_id": { "description": "Region of the cluster, such as cn-hangzhou; an id that is not a known Alibaba Cloud region is a warning. Error: InvalidRegionId.", "type": "string", "x-parameter": "region_id" }, "data_disk_category": { "description": "Category of the nodes' data disk: cloud (basic disk), cloud_efficiency (ultra disk), cloud_ssd (standard SSD) or cloud_essd (enhanced SSD). Errors: MissingDataDiskCategory, InvalidDataDiskCategory.", "type": "string", "enum": ["cloud", "cloud_efficiency", "cloud_ssd", "cloud_essd"], "x-parameter": "data_disk_category" }, "data_disk_size": { "description": "Size of each node's data disk in GB: an integer, 5\u20132000 for cloud and 20\u201332768 for the other categories (5\u201332768 while the category is missing or unknown). Errors: MissingDataDiskSize, InvalidDataDiskSize.", "type": "integer", "x-parameter": "data_disk_size" }, "ecs_image_id": { "description": "ID of the system image of the nodes (Ubuntu or CentOS with a 3.18 or later kernel and no /etc/docker/key.json). Error: InvalidEcsImageId.", "type": "string", "x-parameter": "ecs_image_id" }, "io_optimized": { "description": "Whether the instances are I/O optimized: none or optimized (optimized is recommended with VPC). Error: InvalidIoOptimized.", "type": "string", "enum": ["none", "optimized"], "x-parameter": "io_optimized" }, "need_slb": { "description": 'Whether to create the default Server Load Balancer instance for the cluster (default true): a boolean, not "yes" or "true". Error: InvalidNeedSlb.', "type": "boolean", "x-parameter": "need_slb" }, "release_eip_flag": { "description": "Whether to release the Elastic IP after the cluster is configured (default false): a boolean. Error: InvalidReleaseEipFlag.", "type": "boolean", "x-parameter": "release_eip_flag" }, "rds_instances": { "description": "IDs of RDS instances whose whitelists get the IP addresses of the nodes. Error: InvalidRdsInstances.", "type": "array", "items": { "description": "The ID of one RDS instance.", "type": "string", "x-parameter": "rds_instances" }, "x-parameter": "rds_instances" } }, "allOf": [{ "description": "data_disk_size depends on data_disk_category (ECS disk limits): 5\u20132000 GB for cloud, 20\u201332768 GB for cloud_efficiency, cloud_ssd and cloud_essd, 5\u201332768 GB while the category is missing or unknown (that is reported on its own).", "if": { "properties": { "data_disk_category": { "description": "The category is cloud (basic disk).", "const": "cloud" } }, "required": ["data_disk_category"] }, "then": { "properties": { "data_disk_size": { "description": "A cloud (basic) disk takes 5 to 2000 GB.", "minimum": 5, "maximum": 2e3, "x-hint": "for a cloud disk", "x-parameter": "data_disk_size" } } }, "else": { "if": { "properties": { "data_disk_category": { "description": "The category is one of the SSD and ultra disk categories.", "enum": ["cloud_efficiency", "cloud_ssd", "cloud_essd"] } }, "required": ["data_disk_category"] }, "then": { "properties": { "data_disk_size": { "description": "A cloud_efficiency, cloud_ssd or cloud_essd disk takes 20 to 32768 GB.", "minimum": 20, "maximum": 32768, "x-hint": "for a cloud_efficiency, cloud_ssd or cloud_essd disk", "x-parameter": "data_disk_size" } } }, "else": { "properties": { "data_disk_size": { "description": "Without a known category, the widest range of any category: 5 to 32768 GB.", "minimum": 5, "maximum": 32768, "x-parameter": "data_disk_size" } } } } }] };
var pattern9 = new RegExp("^[A-Za-z0-9\\u4e00-\\u9fa5][A-Za-z0-9\\u4e00-\\u9fa5-]*$", "u");
var pattern10 = new RegExp("^ecs\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$", "u");
var pattern12 = new RegExp("^vsw-[a-z0-9]+$", "u");
var pattern13 = new RegExp("^[A-Za-z0-9()`~!@#$%^&*\\-_+=|{}\\[\\]:;'\"<>,.?/]*$", "u");
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
          if (!(data2 === "cloud_efficiency" || data2 === "cloud_ssd" || data2 === "cloud_essd")) {
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
      if (!func2.call(schema18.properties, key0)) {
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
        if (!pattern9.test(data6)) {
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
        if (data7 < 1 || isNaN(data7)) {
          const err29 = { instancePath: instancePath + "/size", schemaPath: "#/properties/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
        if (!pattern10.test(data8)) {
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
        const err33 = { instancePath: instancePath + "/network_mode", schemaPath: "#/properties/network_mode/enum", keyword: "enum", params: { allowedValues: schema18.properties.network_mode.enum }, message: "must be equal to one of the allowed values" };
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
        if (!pattern12.test(data12)) {
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
        if (!pattern13.test(data13)) {
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
      if (!(data15 === "cloud" || data15 === "cloud_efficiency" || data15 === "cloud_ssd" || data15 === "cloud_essd")) {
        const err45 = { instancePath: instancePath + "/data_disk_category", schemaPath: "#/properties/data_disk_category/enum", keyword: "enum", params: { allowedValues: schema18.properties.data_disk_category.enum }, message: "must be equal to one of the allowed values" };
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
      if (!(data18 === "none" || data18 === "optimized")) {
        const err49 = { instancePath: instancePath + "/io_optimized", schemaPath: "#/properties/io_optimized/enum", keyword: "enum", params: { allowedValues: schema18.properties.io_optimized.enum }, message: "must be equal to one of the allowed values" };
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
  validate15.errors = vErrors;
  return errors === 0;
}
var config = validate16;
var schema19 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://clusterlint.dev/schemas/clusterlint-config.schema.json", "title": "clusterlint configuration", "description": "Settings for clusterlint: which files to lint, per-file dialects and severities, and the account quotas the API enforces with 403 errors. Plain data only; never executed.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "description": "The JSON Schema of this file, for editors.", "type": "string" }, "include": { "description": "Globs (relative to this file's directory) of the files to lint when walking directories. Default: every *.json, *.yaml and *.yml file whose dialect can be decided.", "type": "array", "items": { "type": "string", "minLength": 1, "description": "A glob such as specs/**/*.yaml." } }, "exclude": { "description": "Globs (relative to this file's directory) of files and directories never linted when walking. node_modules and .git are always skipped.", "type": "array", "items": { "type": "string", "minLength": 1, "description": "A glob such as legacy/**." } }, "overrides": { "description": "Settings for the files that match globs; later entries win over earlier ones.", "type": "array", "items": { "description": "Files, and the dialect and severities that apply to them.", "type": "object", "additionalProperties": false, "required": ["files"], "properties": { "files": { "description": "Globs (relative to this file's directory) of the files this entry applies to.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "description": "A glob such as swarm/*.json." } }, "dialect": { "description": "Lint these files as this dialect, whatever their content.", "enum": ["batchcompute", "containerservice"] }, "severity": { "$ref": "#/definitions/severityMap" } } } }, "quotas": { "description": "Your account's quotas (none are published, so none are built in). Each ceiling turns into the API's 403 QuotaExhausted code.", "type": "object", "additionalProperties": false, "properties": { "MaxClusterCount": { "description": "How many Batch Compute clusters the specs of one run may create (QuotaExhausted.MaxClusterCount).", "type": "integer", "minimum": 0 }, "MaxClusterGroupCount": { "description": "How many groups one cluster may have (QuotaExhausted.MaxClusterGroupCount).", "type": "integer", "minimum": 0 }, "MaxClusterGroupDesiredVMCount": { "description": "How many VMs one group may ask for (QuotaExhausted.MaxClusterGroupDesiredVMCount).", "type": "integer", "minimum": 0 } } }, "forbiddenOppositeRouterTypes": { "description": "Express Connect router types your account may not use (QuotaExhausted.Configs.Networks.VPC.OppositeRouterType).", "type": "array", "items": { "description": "A router type.", "enum": ["VRouter", "VBR"] } }, "instanceTypes": { "description": "An allow-list of instance types; any other is InvalidInstanceType.", "type": "array", "items": { "description": "An instance type such as ecs.sn1.medium.", "type": "string", "pattern": "^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$" } }, "severity": { "$ref": "#/definitions/severityMap" } }, "definitions": { "severityMap": { "description": 'Severity by code: error, warning or off. A trailing * matches every code with that prefix ("Bcs*": "off").', "type": "object", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9._{}-]*\\*?$|^\\*$" }, "additionalProperties": { "description": "error, warning or off.", "enum": ["error", "warning", "off"] } } } };
var schema20 = { "description": 'Severity by code: error, warning or off. A trailing * matches every code with that prefix ("Bcs*": "off").', "type": "object", "propertyNames": { "pattern": "^[A-Za-z][A-Za-z0-9._{}-]*\\*?$|^\\*$" }, "additionalProperties": { "description": "error, warning or off.", "enum": ["error", "warning", "off"] } };
var pattern14 = new RegExp("^[A-Za-z][A-Za-z0-9._{}-]*\\*?$|^\\*$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "$schema" || key0 === "include" || key0 === "exclude" || key0 === "overrides" || key0 === "quotas" || key0 === "forbiddenOppositeRouterTypes" || key0 === "instanceTypes" || key0 === "severity")) {
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
                const err14 = { instancePath: instancePath + "/overrides/" + i2 + "/dialect", schemaPath: "#/properties/overrides/items/properties/dialect/enum", keyword: "enum", params: { allowedValues: schema19.properties.overrides.items.properties.dialect.enum }, message: "must be equal to one of the allowed values" };
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
                    if (!pattern14.test(key2)) {
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
                    const err17 = { instancePath: instancePath + "/overrides/" + i2 + "/severity/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severityMap/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema20.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
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
            const err29 = { instancePath: instancePath + "/forbiddenOppositeRouterTypes/" + i4, schemaPath: "#/properties/forbiddenOppositeRouterTypes/items/enum", keyword: "enum", params: { allowedValues: schema19.properties.forbiddenOppositeRouterTypes.items.enum }, message: "must be equal to one of the allowed values" };
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
            if (!pattern14.test(key5)) {
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
            const err36 = { instancePath: instancePath + "/severity/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severityMap/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema20.additionalProperties.enum }, message: "must be equal to one of the allowed values" };
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
  } else {
    const err38 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err38];
    } else {
      vErrors.push(err38);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}

// src/core/pointer.ts
function escapeToken(token) {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function child(pointer, token) {
  return `${pointer}/${typeof token === "number" ? token : escapeToken(token)}`;
}
function tokens(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function parent(pointer) {
  const cut = pointer.lastIndexOf("/");
  return cut <= 0 ? "" : pointer.slice(0, cut);
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function get(data, pointer) {
  let value = data;
  for (const token of tokens(pointer)) {
    if (Array.isArray(value)) {
      if (!/^(0|[1-9]\d*)$/.test(token)) return void 0;
      value = value[Number(token)];
    } else if (isObject(value)) {
      if (!Object.prototype.hasOwnProperty.call(value, token)) return void 0;
      value = value[token];
    } else return void 0;
  }
  return value;
}
function setOwn(target, key, value) {
  if (key === "__proto__") Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

// src/core/json.ts
function parseJson(text) {
  const fast = fastParse(text);
  if (fast) {
    let exact2;
    const locate2 = () => exact2 ??= parseJsonExact(text, true);
    return {
      index: 0,
      data: fast,
      floatIntegers: /* @__PURE__ */ new Set(),
      duplicates: [],
      loc: (pointer) => locate2().locs.get(pointer),
      start: rootStart(text)
    };
  }
  const exact = parseJsonExact(text, true);
  return {
    index: 0,
    data: exact.syntax ? void 0 : exact.data,
    ...exact.syntax ? { syntax: exact.syntax } : {},
    floatIntegers: exact.floatIntegers,
    duplicates: exact.duplicates,
    loc: (pointer) => exact.locs.get(pointer),
    start: rootStart(text)
  };
}
function looksLikeJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
function rootStart(text) {
  const m = /[^ \t\r\n]/.exec(text);
  const start = m ? m.index : text.length;
  return { start, end: Math.min(start + 1, text.length) };
}
var SCAN = /"[^"\\]*(?:\\.[^"\\]*)*"(\s*:)?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
function fastParse(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return void 0;
  }
  let keysInText = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const token = m[0];
    if (token.charCodeAt(0) === 34) {
      if (m[1] !== void 0) keysInText++;
    } else if (/[.eE]/.test(token) && Number.isInteger(Number(token))) return void 0;
  }
  return keysInText === countKeys(data) ? data : void 0;
}
function countKeys(root) {
  let count = 0;
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === "object" && item !== null) stack.push(item);
    } else {
      for (const key in v) {
        count++;
        const item = v[key];
        if (typeof item === "object" && item !== null) stack.push(item);
      }
    }
  }
  return count;
}
var Stop = class extends Error {
  constructor(problem) {
    super(problem.detail);
    this.problem = problem;
  }
  problem;
};
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
function found(text, i) {
  if (i >= text.length) return "the end of the file";
  const c = text.codePointAt(i);
  if (c === 0) return "a NUL byte";
  if (c < 32 || c === 127) return `control character U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
  return `'${String.fromCodePoint(c)}'`;
}
function parseJsonExact(text, withLocs) {
  const locs = /* @__PURE__ */ new Map();
  const duplicates = [];
  const floatIntegers = /* @__PURE__ */ new Set();
  const n = text.length;
  let i = 0;
  const fail = (at, detail, len = 1) => {
    const start = Math.min(at, n);
    throw new Stop({ span: { start, end: Math.min(start + len, n) }, detail });
  };
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
  };
  const readString = () => {
    const start = i;
    i++;
    let out = "";
    let chunk = i;
    while (true) {
      if (i >= n) fail(start, 'A string is not closed before the end of the file; add the closing ".', 1);
      const c = text.charCodeAt(i);
      if (c === 34) {
        out += text.slice(chunk, i);
        i++;
        return out;
      }
      if (c < 32) fail(i, `A string contains ${found(text, i)}; write it as an escape such as \\n or \\t.`);
      if (c === 92) {
        out += text.slice(chunk, i);
        const e = text.charCodeAt(i + 1);
        const simple = { 34: '"', 92: "\\", 47: "/", 98: "\b", 102: "\f", 110: "\n", 114: "\r", 116: "	" };
        if (simple[e] !== void 0) {
          out += simple[e];
          i += 2;
        } else if (e === 117 && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail(i, `Invalid escape sequence at ${found(text, i + 1)}; JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX.`, 2);
        chunk = i;
      } else i++;
    }
  };
  const stack = [];
  let root;
  let pointer = "";
  let keySpan;
  try {
    ws();
    if (i >= n) fail(i, "The file is empty; a request body must be a JSON object.");
    parseValue: while (true) {
      ws();
      const start = i;
      const c = text.charCodeAt(i);
      let value;
      if (c === 123 || c === 91) {
        const isArray = c === 91;
        const frame = { isArray, value: isArray ? [] : {}, pointer, start, keySpan };
        if (!isArray) frame.keys = /* @__PURE__ */ new Map();
        stack.push(frame);
        i++;
        ws();
        if (text.charCodeAt(i) === (isArray ? 93 : 125)) {
          i++;
          stack.pop();
          value = frame.value;
          if (withLocs) locs.set(pointer, { ...keySpan ? { key: keySpan } : {}, value: { start, end: i }, head: { start, end: start + 1 } });
        } else {
          if (isArray) {
            pointer = child(frame.pointer, 0);
            keySpan = void 0;
          } else readKey(frame);
          continue parseValue;
        }
      } else {
        if (c === 34) value = readString();
        else if (c === 116 && text.startsWith("true", i)) value = true, i += 4;
        else if (c === 102 && text.startsWith("false", i)) value = false, i += 5;
        else if (c === 110 && text.startsWith("null", i)) value = null, i += 4;
        else {
          NUMBER.lastIndex = i;
          const m = NUMBER.exec(text);
          if (!m) {
            if (i >= n) fail(i, "The file ends where a value was expected.");
            fail(i, `Expected a value (object, array, string, number, true, false or null), found ${found(text, i)}.`);
          }
          const token = m[0];
          i += token.length;
          const num = Number(token);
          if (Number.isInteger(num) && /[.eE]/.test(token)) floatIntegers.add(pointer);
          value = num;
        }
        if (withLocs) locs.set(pointer, { ...keySpan ? { key: keySpan } : {}, value: { start, end: i }, head: { start, end: i } });
      }
      while (true) {
        const top = stack[stack.length - 1];
        if (!top) {
          root = value;
          ws();
          if (i < n) fail(i, `Unexpected ${found(text, i)} after the end of the JSON value.`);
          break parseValue;
        }
        if (top.isArray) top.value.push(value);
        else setOwn(top.value, top.key, value);
        ws();
        const d = text.charCodeAt(i);
        if (d === 44) {
          i++;
          ws();
          if (top.isArray) {
            pointer = child(top.pointer, top.value.length);
            keySpan = void 0;
          } else readKey(top);
          continue parseValue;
        }
        if (d === (top.isArray ? 93 : 125)) {
          i++;
          stack.pop();
          value = top.value;
          if (withLocs)
            locs.set(top.pointer, {
              ...top.keySpan ? { key: top.keySpan } : {},
              value: { start: top.start, end: i },
              head: { start: top.start, end: top.start + 1 }
            });
          continue;
        }
        if (i >= n) fail(i, `The file ends inside ${top.isArray ? "an array" : "an object"}; a closing ${top.isArray ? "]" : "}"} is missing.`);
        fail(i, `Expected ',' or '${top.isArray ? "]" : "}"}' after ${top.isArray ? "an array element" : "a property value"}, found ${found(text, i)}.`);
      }
    }
  } catch (e) {
    if (e instanceof Stop) return { data: void 0, locs, duplicates, floatIntegers, syntax: e.problem };
    throw e;
  }
  return { data: root, locs, duplicates, floatIntegers };
  function readKey(frame) {
    if (text.charCodeAt(i) !== 34) {
      if (i >= n) fail(i, "The file ends inside an object; a closing } is missing.");
      fail(i, `Expected a property name in double quotes, found ${found(text, i)}.`);
    }
    const start = i;
    const key = readString();
    const span = { start, end: i };
    ws();
    if (text.charCodeAt(i) !== 58) fail(i, `Expected ':' after the property name, found ${found(text, i)}.`);
    i++;
    const earlier = frame.keys.get(key);
    pointer = child(frame.pointer, key);
    if (earlier) duplicates.push({ pointer, key: span, firstKey: earlier });
    frame.keys.set(key, span);
    frame.key = key;
    keySpan = span;
  }
}

// src/core/text.ts
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var lenientUtf8 = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
function decodeUtf8(bytes) {
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) start = 3;
  const body = start ? bytes.subarray(start) : bytes;
  try {
    return { ok: true, text: strictUtf8.decode(body) };
  } catch {
    const bad = firstInvalidByte(body);
    const text = lenientUtf8.decode(body.subarray(0, bad));
    const utf16 = bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255;
    const reason2 = utf16 ? "The file is encoded as UTF-16; save it as UTF-8." : `The file is not valid UTF-8: byte 0x${body[bad]?.toString(16).padStart(2, "0")} at byte offset ${bad + start} cannot start or continue a character; save the file as UTF-8.`;
    return { ok: false, text, offset: text.length, reason: reason2 };
  }
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
  lineStarts() {
    if (this.starts) return this.starts;
    const starts = [0];
    const t = this.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (t.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    return starts;
  }
  /** The 1-based line and column of an offset (clamped to the text). */
  position(offset) {
    const starts = this.lineStarts();
    const o = Math.max(0, Math.min(offset, this.text.length));
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

// src/core/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_ALIAS_EXPANSION = 1e4;
function parseYaml(text) {
  const docs = (0, import_yaml.parseAllDocuments)(text, { uniqueKeys: false, merge: true, prettyErrors: false, strict: false, stringKeys: false });
  const list = Array.isArray(docs) ? docs : [];
  if (list.length === 0) {
    return [{ index: 0, data: null, floatIntegers: /* @__PURE__ */ new Set(), duplicates: [], loc: () => void 0, start: { start: 0, end: Math.min(1, text.length) } }];
  }
  return list.map((doc, index) => toSpecDocument(doc, index, text));
}
function toSpecDocument(doc, index, text) {
  const contents = doc.contents;
  const start = contents ? headOf(contents, text) : firstContent(doc, text);
  const error = doc.errors[0];
  if (error) {
    const [a, b] = error.pos;
    return {
      index,
      data: void 0,
      syntax: { span: { start: a, end: Math.max(b, a) }, detail: cleanMessage(error.message) },
      floatIntegers: /* @__PURE__ */ new Set(),
      duplicates: [],
      loc: () => void 0,
      start
    };
  }
  const first = new Walker(doc, text, false);
  let data;
  try {
    data = contents ? first.value(contents, "", void 0) : null;
  } catch (e) {
    if (!(e instanceof AliasProblem)) throw e;
    return { index, data: void 0, syntax: { span: e.span, detail: e.message }, floatIntegers: /* @__PURE__ */ new Set(), duplicates: [], loc: () => void 0, start };
  }
  let locs;
  return {
    index,
    data,
    floatIntegers: first.floatIntegers,
    duplicates: first.duplicates,
    loc(pointer) {
      if (!locs) {
        const w = new Walker(doc, text, true);
        if (contents) w.value(contents, "", void 0);
        locs = w.locs;
      }
      return locs.get(pointer);
    },
    start
  };
}
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
  if ((0, import_yaml.isMap)(node) && !node.flow) {
    const key = node.items[0]?.key;
    if (key && key.range) return { start: key.range[0], end: key.range[1] };
  }
  if ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) return { start: a, end: Math.min(a + 1, text.length) };
  return { start: a, end: Math.max(a, b) };
}
var AliasProblem = class extends Error {
  constructor(message, span) {
    super(message);
    this.span = span;
  }
  span;
};
var Walker = class {
  constructor(doc, text, withLocs) {
    this.doc = doc;
    this.text = text;
    this.withLocs = withLocs;
  }
  doc;
  text;
  withLocs;
  locs = /* @__PURE__ */ new Map();
  duplicates = [];
  floatIntegers = /* @__PURE__ */ new Set();
  expanded = 0;
  active = /* @__PURE__ */ new Set();
  /** Converts the node at `pointer`; `key` is the span of the key it stands under. */
  value(node, pointer, key, viaAlias = false) {
    if (node === null) return null;
    if ((0, import_yaml.isAlias)(node)) {
      const target = node.resolve(this.doc);
      if (!target) throw new AliasProblem(`The alias *${node.source} refers to no anchor.`, spanOf(node));
      if (this.active.has(target)) throw new AliasProblem(`The alias *${node.source} refers to a node that contains it (an alias cycle).`, spanOf(node));
      return this.value(target, pointer, key, true);
    }
    if (viaAlias && ++this.expanded > MAX_ALIAS_EXPANSION) {
      throw new AliasProblem(
        `Aliases expand this document to more than ${MAX_ALIAS_EXPANSION} nodes; this looks like an alias bomb.`,
        spanOf(node)
      );
    }
    this.active.add(node);
    try {
      let result;
      if ((0, import_yaml.isMap)(node)) result = this.map(node.items, pointer, viaAlias);
      else if ((0, import_yaml.isSeq)(node)) {
        const out = [];
        node.items.forEach((item, i) => out.push(this.value(item, child(pointer, i), void 0, viaAlias)));
        result = out;
      } else if ((0, import_yaml.isScalar)(node)) {
        result = node.value;
        if (typeof result === "number" && Number.isInteger(result)) {
          const src = this.text.slice(node.range[0], node.range[1]);
          if (/^[-+]?(\d[\d_]*)?\.\d*|[eE]/.test(src) && !/^[-+]?0x/i.test(src)) this.floatIntegers.add(pointer);
        }
        if (typeof result === "bigint" || typeof result === "object" && result !== null) result = String(node.source ?? result);
      } else result = null;
      if (this.withLocs) this.record(node, pointer, key);
      return result;
    } finally {
      this.active.delete(node);
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
  map(items, pointer, viaAlias) {
    const out = {};
    for (const pair of items) {
      if (!(0, import_yaml.isPair)(pair) || !isMergeKey(pair.key)) continue;
      const source = pair.value;
      const maps = source && (0, import_yaml.isSeq)(source) ? source.items : [source];
      for (const m of maps) {
        const target = m && (0, import_yaml.isAlias)(m) ? m.resolve(this.doc) : m;
        if (!target || !(0, import_yaml.isMap)(target)) continue;
        const merged = this.value(m, pointer, void 0, true);
        for (const k of Object.keys(merged)) if (!Object.prototype.hasOwnProperty.call(out, k)) setOwn(out, k, merged[k]);
      }
    }
    const seen = /* @__PURE__ */ new Map();
    for (const pair of items) {
      if (!(0, import_yaml.isPair)(pair) || isMergeKey(pair.key)) continue;
      const keyNode = pair.key;
      const name = this.keyName(keyNode);
      const span = keyNode ? spanOf(keyNode) : pair.value ? spanOf(pair.value) : { start: 0, end: 0 };
      const at = child(pointer, name);
      const earlier = seen.get(name);
      if (earlier && !viaAlias) this.duplicates.push({ pointer: at, key: span, firstKey: earlier });
      seen.set(name, span);
      setOwn(out, name, this.value(pair.value, at, span, viaAlias));
    }
    return out;
  }
  keyName(node) {
    if (node === null) return "";
    if ((0, import_yaml.isScalar)(node)) return node.value === null ? "" : String(node.value);
    return this.text.slice(node.range[0], node.range[1]);
  }
};
function isMergeKey(node) {
  return (0, import_yaml.isScalar)(node) && node.type === "PLAIN" && (node.value === "<<" || node.source === "<<");
}
function spanOf(node) {
  const r = node.range;
  return r ? { start: r[0], end: r[1] } : { start: 0, end: 0 };
}

// src/core/parse.ts
function formatOf(path, text) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return looksLikeJson(text) ? "json" : "yaml";
}
var MODELINE = /^[ \t]*#[ \t]*yaml-language-server:[ \t]*\$schema=(\S+)/m;
function parseFile(path, bytes) {
  const decoded = decodeUtf8(bytes);
  const format2 = formatOf(path, decoded.text);
  const lines = new LineIndex(decoded.text);
  if (!decoded.ok) {
    const span = { start: decoded.offset, end: decoded.offset };
    return {
      format: format2,
      text: decoded.text,
      lines,
      documents: [{ index: 0, data: void 0, syntax: { span, detail: decoded.reason }, floatIntegers: /* @__PURE__ */ new Set(), duplicates: [], loc: () => void 0, start: span }]
    };
  }
  const text = decoded.text;
  if (format2 === "json") return { format: format2, text, lines, documents: [parseJson(text)] };
  const modeline = MODELINE.exec(text)?.[1];
  return { format: format2, text, lines, documents: parseYaml(text), ...modeline ? { modelineSchema: modeline } : {} };
}

// src/core/config.ts
var UsageError = class extends Error {
};
var CONFIG_NAMES = ["clusterlint.config.json", "clusterlint.config.yaml", "clusterlint.config.yml"];
function findConfig(start) {
  let dir = resolve(start);
  while (true) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const up = dirname(dir);
    if (up === dir) return void 0;
    dir = up;
  }
}
function loadConfig(explicit, cwd) {
  const path = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (!path) return { path: void 0, baseDir: cwd, config: {} };
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UsageError(`cannot read config ${explicit ?? path}: ${reason(e)}`);
  }
  const shown = explicit ?? (relative(cwd, path) || path);
  const spec = parseFile(path, bytes);
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
    const pointer = extra !== void 0 ? `${e.instancePath}/${extra.replace(/~/g, "~0").replace(/\//g, "~1")}` : e.instancePath;
    const loc = doc.loc(pointer);
    const offset = loc ? (extra !== void 0 ? loc.key ?? loc.value : loc.value).start : doc.start.start;
    const what = pointer === "" ? "the config" : pointer.slice(1).split("/").join(".");
    const message = extra !== void 0 && params.additionalProperty !== void 0 ? `unknown setting "${extra}"` : `${what} ${e.message}`;
    throw new UsageError(`invalid config ${at(offset)}: ${message}.`);
  }
  return { path, baseDir: dirname(path), config: data };
}
function reason(e) {
  const err = e;
  const known = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "is a directory",
    ENOTDIR: "not a directory",
    ELOOP: "too many symbolic links",
    EMFILE: "too many open files",
    EEXIST: "a file of that name exists"
  };
  return (err.code && known[err.code]) ?? err.message ?? String(e);
}

// src/core/files.ts
import { mkdirSync, readdirSync, readFileSync as readFileSync2, realpathSync, statSync, writeFileSync } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";

// src/core/severity.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { relative as relative2, resolve as resolve2, sep } from "node:path";
var matchers = /* @__PURE__ */ new Map();
function matchesGlobs(file, globs, baseDir) {
  const rel = relative2(baseDir, resolve2(file)).split(sep).join("/");
  return globs.some((g) => {
    let m = matchers.get(g);
    if (!m) {
      m = (0, import_picomatch.default)(g, { dot: true, matchBase: !g.includes("/") });
      matchers.set(g, m);
    }
    return m(rel);
  });
}
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
  return (options.config.overrides ?? []).filter((o) => matchesGlobs(file, o.files, options.baseDir));
}
function severityFor(code, fallback, file, options) {
  let result = settingFor(options.config.severity, code) ?? fallback;
  for (const o of overridesFor(file, options)) result = settingFor(o.severity, code) ?? result;
  return result;
}
function dialectOverride(file, options) {
  let result;
  for (const o of overridesFor(file, options)) result = o.dialect ?? result;
  return result;
}

// src/core/files.ts
var ALWAYS_SKIPPED = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var SPEC_EXTENSIONS = /\.(json|ya?ml)$/i;
function displayPath(path) {
  const p = path.split("\\").join("/");
  return p.startsWith("./") && p.length > 2 ? p.slice(2) : p;
}
function collectInputs(paths, config2, baseDir, stdin, stdinName) {
  const inputs = [];
  const seen = /* @__PURE__ */ new Set();
  for (const path of paths) {
    if (path === "-") {
      inputs.push({ file: displayPath(stdinName), bytes: stdin(), explicit: true });
      continue;
    }
    let stat;
    try {
      stat = statSync(path);
    } catch (e) {
      throw new UsageError(`cannot read ${path}: ${reason(e)}`);
    }
    if (stat.isDirectory()) walk(path, config2, baseDir, inputs, seen, /* @__PURE__ */ new Set());
    else add(path, true, inputs, seen);
  }
  return inputs;
}
function add(path, explicit, inputs, seen) {
  const file = displayPath(path);
  if (seen.has(file)) return;
  seen.add(file);
  let bytes;
  try {
    bytes = readFileSync2(path);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${reason(e)}`);
  }
  inputs.push({ file, bytes, explicit });
}
function walk(dir, config2, baseDir, inputs, seen, visited) {
  let real;
  let entries;
  try {
    real = realpathSync(dir);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`cannot read directory ${displayPath(dir)}: ${reason(e)}`);
  }
  if (visited.has(real)) return;
  visited.add(real);
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    if (ALWAYS_SKIPPED.has(entry.name)) continue;
    const path = dir === "." ? entry.name : join2(dir, entry.name);
    if (config2.exclude && matchesGlobs(path, config2.exclude, baseDir)) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = statSync(path);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue;
      }
    }
    if (isDir) walk(path, config2, baseDir, inputs, seen, visited);
    else if (isFile && wanted(path, config2, baseDir)) add(path, false, inputs, seen);
  }
}
function wanted(path, config2, baseDir) {
  if (config2.include) return matchesGlobs(path, config2.include, baseDir);
  return SPEC_EXTENSIONS.test(path);
}
function writeReport(path, text) {
  const folder = dirname2(path);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (e) {
    throw new UsageError(`cannot create the folder ${displayPath(folder)} for ${displayPath(path)}: ${reason(e)}`);
  }
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`cannot write ${displayPath(path)}: ${reason(e)}`);
  }
}

// src/catalogue.ts
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
  { code: "InvalidImageId", message: "Specified parameter ImageId is not valid. Its type must be string.", status: 400, kind: "type" },
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
    kind: "bounds"
  },
  {
    code: "InvalidCidrBlock",
    message: "Specified parameter CidrBlock is not valid. Configs.Networks.VPC.CidrBlock is not valid.",
    status: 400
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
  { code: "MissingInstanceType", message: "InstanceType is mandatory for this action.", status: 400, kind: "missing" },
  { code: "InvalidInstanceType", message: "Specified parameter InstanceType is not valid.", status: 400 },
  { code: "MissingResourceType", message: "ResourceType is mandatory for this action.", status: 400, kind: "missing" },
  { code: "InvalidResourceType", message: "Specified parameter ResourceType is not valid.", status: 400 },
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
    summary: "The YAML file does not parse (or is not UTF-8)."
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
    message: "The parameter is not defined for this action and would be ignored.",
    severity: "warning",
    summary: "A key the dialect does not define."
  },
  {
    code: "PlaintextSecret",
    message: "A secret is written in plain text in the spec file.",
    severity: "warning",
    summary: "A non-empty secret (OSS key secret or token, root password) is committed in the file."
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
  const rows = rowsFor(pattern);
  const row = rows.find((r) => r.kind === kind) ?? rows.find((r) => r.kind === void 0);
  if (row) return { code: fill(pattern, vars), message: fill(row.message, vars), status: row.status, origin: "api" };
  return template("invalid", codeParam, vars, messageParam);
}
function missing(codeParam, vars = {}, messageParam = codeParam) {
  const pattern = `Missing${codeParam}`;
  const row = rowsFor(pattern)[0];
  if (row) return { code: fill(pattern, vars), message: fill(row.message, vars), status: row.status, origin: "api" };
  return template("missing", codeParam, vars, messageParam);
}
function apiRow(code, vars = {}) {
  const row = rowsFor(code)[0];
  if (!row) throw new Error(`not an API row: ${code}`);
  return { code: fill(code, vars), message: fill(row.message, vars), status: row.status, origin: "api" };
}
function lint(code) {
  return { code, message: lintCode(code).message, status: null, origin: "lint" };
}
function template(which, codeParam, vars = {}, messageParam = codeParam) {
  const t = TEMPLATES[which];
  return {
    code: fill(fill(t.code, { Parameter: codeParam }), vars),
    message: fill(fill(t.message, { Parameter: messageParam }), vars),
    status: t.status,
    origin: "template"
  };
}
var keyedRows = [...rowsByCode.keys()].filter((code) => code.includes("{key}")).sort((a, b) => b.length - a.length).map((code) => ({ code, pattern: keyPattern(code) }));
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
    for (const { code: pattern, pattern: re } of keyedRows) {
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

// src/diagnostic.ts
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
  return { file, errorCount, warningCount, diagnostics };
}

// src/core/run.ts
import { createHash } from "node:crypto";

// src/rule-api.ts
function defineRule(rule) {
  return rule;
}
function isPresent(value) {
  if (value === void 0 || value === null || value === "") return false;
  if (Array.isArray(value)) return value.length > 0;
  return true;
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
    const uses = [];
    if (isBcs(data.InstanceType)) uses.push("/InstanceType");
    if (isObject(data.Groups)) {
      for (const [name, group] of Object.entries(data.Groups)) {
        if (isObject(group) && isBcs(group.InstanceType)) uses.push(child(child("/Groups", name), "InstanceType"));
      }
    }
    if (uses.length === 0) return;
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
var CIDR = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\/(0|[1-9]\d?)$/;
function parseCidr(text) {
  const m = CIDR.exec(text);
  if (!m) return void 0;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return void 0;
  return { address: (octets[0] << 24 | octets[1] << 16 | octets[2] << 8 | octets[3]) >>> 0, prefix };
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
    return { severity: "error", detail: `${text} has host bits set; the network address is ${formatAddress(network)}/${c.prefix}.` };
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
    if (problem) report.invalid(POINTER, "format", problem);
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
  docs: "A swarm cluster has at most 50 nodes; more is a warning (SPEC \xA75, the provider tooling limit).",
  codes: ["InvalidSize"],
  check({ data, report }) {
    const size = data.size;
    if (typeof size !== "number" || !Number.isInteger(size) || size <= MAX_NODES) return;
    report.invalid("/size", "bounds", {
      severity: "warning",
      detail: `size is ${size}; the provider's tooling creates at most ${MAX_NODES} nodes in one swarm cluster.`
    });
  }
});

// rules/disk-types.ts
var SYSTEM = "/Configs/Disks/SystemDisk/Type";
var DATA = "/Configs/Disks/DataDisk/Type";
var disk_types_default = defineRule({
  id: "disk-types",
  dialect: "batchcompute",
  docs: "DataDisk.Type must equal SystemDisk.Type when both are non-empty (SPEC \xA74, Batch Compute disks).",
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
  docs: "Each key appears once per object; the parser records every repeat, reported at the later key.",
  codes: ["DuplicateKey"],
  check({ document, report, lineOf }) {
    for (const d of document.duplicates) {
      const name = d.pointer.slice(d.pointer.lastIndexOf("/") + 1).replace(/~1/g, "/").replace(/~0/g, "~");
      report.lint("DuplicateKey", d.pointer, { target: "key", detail: `"${name}" is already defined on line ${lineOf(d.firstKey.start)}; keep only one.` });
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
  check({ summaries, report, lineOf }) {
    const first = /* @__PURE__ */ new Map();
    for (const s of summaries) {
      if (s.dialect !== "batchcompute" || s.idempotentToken === void 0) continue;
      const earlier = first.get(s.idempotentToken);
      if (!earlier) {
        first.set(s.idempotentToken, s);
        continue;
      }
      if (earlier.bodyHash === s.bodyHash) continue;
      report(s).api("IdempotentTokenMismatch", "/IdempotentToken", {
        detail: `Also used by ${earlier.file}:${lineOf(earlier, "/IdempotentToken")} with a different body.`
      });
    }
  }
});

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
  docs: "Instance types come from the config allow-list `instanceTypes`, when it is set.",
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

// rules/integer-literal.ts
var integer_literal_default = defineRule({
  id: "integer-literal",
  dialect: "any",
  docs: "Integer parameters are written without a fraction or exponent (type check of the parameter).",
  codes: ["InvalidDesiredVMCount"],
  check({ document, data, report, schema }) {
    for (const pointer of document.floatIntegers) {
      if (schema(pointer)?.type !== "integer") continue;
      const value = get(data, pointer);
      report.invalid(pointer, "type", { detail: `The value is written with a fraction or exponent; write it as the integer ${String(value)}.` });
    }
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
  docs: "The root password mixes at least three of upper case, lower case, digits and special characters (SPEC \xA75, ECS password rule).",
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

// schemas/batchcompute-cluster.schema.json
var batchcompute_cluster_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://clusterlint.dev/schemas/batchcompute-cluster.schema.json",
  title: "Batch Compute CreateCluster request body",
  description: "The body of POST /clusters for Alibaba Cloud Batch Compute (CreateCluster), as checked by clusterlint.",
  type: "object",
  "x-parameter": "HttpBody",
  required: [
    "Name",
    "ImageId",
    "InstanceType",
    "Groups"
  ],
  additionalProperties: false,
  properties: {
    $schema: {
      type: "string",
      description: "The JSON Schema this spec follows; lets editors and clusterlint recognise the dialect.",
      "x-parameter": "$schema"
    },
    Name: {
      description: "Cluster name: 1\u201364 characters from [a-zA-Z0-9_-], not starting with a digit. Errors: MissingName, InvalidName.",
      type: "string",
      "x-parameter": "Name",
      minLength: 1,
      maxLength: 64,
      pattern: "^[a-zA-Z_-][a-zA-Z0-9_-]*$",
      "x-hint": 'only letters, digits, "_" and "-" are allowed, and the first character must not be a digit'
    },
    Description: {
      description: "Description of the cluster, at most 1024 characters. Error: InvalidDescription.",
      type: "string",
      "x-parameter": "Description",
      maxLength: 1024
    },
    ImageId: {
      description: "Image ID (for example m-2309yqb5n), 1\u2013256 characters. Errors: MissingImageId, InvalidImageId.",
      type: "string",
      "x-parameter": "ImageId",
      minLength: 1,
      maxLength: 256
    },
    InstanceType: {
      description: "Instance type of the cluster's VMs: bcs.<family>.<size> or ecs.<family>.<size> (for example ecs.sn1.medium). Errors: MissingInstanceType, InvalidInstanceType.",
      type: "string",
      "x-parameter": "InstanceType",
      pattern: "^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$",
      "x-hint": "an instance type is bcs. or ecs., a family, a dot and a size, such as ecs.sn1.medium"
    },
    IdempotentToken: {
      description: "The IdempotentToken query parameter, written in the spec: 1\u201364 letters, digits and underscores, unique among all requests. Errors: InvalidIdempotentToken, IdempotentTokenMismatch.",
      type: "string",
      "x-parameter": "IdempotentToken",
      minLength: 1,
      maxLength: 64,
      pattern: "^[A-Za-z0-9_]+$",
      "x-hint": 'only letters, digits and "_" are allowed'
    },
    UserData: {
      description: "User-defined key-value pairs (at most 64), readable through the ECS metaserver. Errors: InvalidUserData, InvalidUserData.{key}, InvalidUserData.{key}.value.",
      type: "object",
      "x-parameter": "UserData",
      maxProperties: 64,
      propertyNames: {
        description: "A UserData key: 1\u2013128 characters.",
        "x-parameter": "UserData.{key}",
        minLength: 1,
        maxLength: 128
      },
      additionalProperties: {
        description: "A UserData value: a string of at most 1024 characters.",
        type: "string",
        "x-parameter": "UserData.{key}.value",
        maxLength: 1024
      }
    },
    Groups: {
      description: "Instance groups of the cluster, by group name (1\u201364 characters); at least one. Errors: MissingGroups, InvalidGroups, InvalidGroups.{key}, QuotaExhausted.MaxClusterGroupCount.",
      type: "object",
      "x-parameter": "Groups",
      minProperties: 1,
      propertyNames: {
        description: "A group name: 1\u201364 characters.",
        "x-parameter": "Groups.{key}",
        minLength: 1,
        maxLength: 64
      },
      additionalProperties: {
        $ref: "#/definitions/Group"
      }
    },
    Configs: {
      description: "Cluster configuration: disks, mounts and networks. Error: InvalidConfigs.",
      type: "object",
      "x-parameter": "Configs",
      additionalProperties: false,
      properties: {
        Disks: {
          description: "System and data disk of each VM.",
          type: "object",
          "x-parameter": "Configs.Disks",
          additionalProperties: false,
          properties: {
            SystemDisk: {
              description: "The system disk.",
              type: "object",
              "x-parameter": "Configs.Disks.SystemDisk",
              additionalProperties: false,
              properties: {
                Type: {
                  description: 'System disk category. "" leaves the choice to the service; bcs.* instance types support only ephemeral (user guide).',
                  type: "string",
                  "x-parameter": "Configs.Disks.SystemDisk.Type",
                  enum: [
                    "",
                    "cloud",
                    "cloud_efficiency",
                    "cloud_ssd",
                    "ephemeral",
                    "ephemeral_ssd"
                  ]
                },
                Size: {
                  description: "System disk size in GB: an integer from 40 to 500.",
                  type: "integer",
                  minimum: 40,
                  maximum: 500,
                  "x-parameter": "Configs.Disks.SystemDisk.Size"
                }
              }
            },
            DataDisk: {
              description: "The data disk; MountPoint is required when it is present.",
              type: "object",
              "x-parameter": "Configs.Disks.DataDisk",
              additionalProperties: false,
              required: [
                "MountPoint"
              ],
              properties: {
                Type: {
                  description: 'Data disk category. "" leaves the choice to the service; bcs.* instance types support only ephemeral (user guide).',
                  type: "string",
                  "x-parameter": "Configs.Disks.DataDisk.Type",
                  enum: [
                    "",
                    "cloud",
                    "cloud_efficiency",
                    "cloud_ssd",
                    "ephemeral",
                    "ephemeral_ssd"
                  ]
                },
                Size: {
                  description: "Data disk size in GB: an integer from 5 to 2000 (5 to 1024 for ephemeral).",
                  type: "integer",
                  minimum: 5,
                  maximum: 2e3,
                  "x-parameter": "Configs.Disks.DataDisk.Size"
                },
                MountPoint: {
                  description: "Where the data disk is mounted: an absolute path (/\u2026) on Linux or a drive (E:) on Windows.",
                  type: "string",
                  "x-parameter": "Configs.Disks.DataDisk.MountPoint",
                  pattern: "^(/.*|[A-Za-z]:)$",
                  "x-hint": "a mount point is an absolute path such as /data or a Windows drive such as E:"
                }
              },
              if: {
                properties: {
                  Type: {
                    const: "ephemeral"
                  }
                },
                required: [
                  "Type"
                ]
              },
              then: {
                properties: {
                  Size: {
                    maximum: 1024,
                    "x-parameter": "Configs.Disks.DataDisk.Size"
                  }
                }
              }
            }
          }
        },
        Mounts: {
          description: "OSS and NAS mounts of each VM.",
          type: "object",
          "x-parameter": "Configs.Mounts",
          additionalProperties: false,
          properties: {
            Entries: {
              description: "Mount entries.",
              type: "array",
              "x-parameter": "Configs.Mounts.Entries",
              items: {
                description: "One mount: Source, Destination and WriteSupport are required.",
                type: "object",
                "x-parameter": "Configs.Mounts.Entries",
                additionalProperties: false,
                required: [
                  "Source",
                  "Destination",
                  "WriteSupport"
                ],
                properties: {
                  Source: {
                    description: "What to mount: oss://bucket/path or nas://\u2026.",
                    type: "string",
                    "x-parameter": "Configs.Mounts.Entries.Source",
                    pattern: "^(oss|nas)://.+",
                    "x-hint": "a mount source starts with oss:// or nas://"
                  },
                  Destination: {
                    description: "Where to mount it: an absolute path (/\u2026) or a Windows drive path (E:\\\u2026).",
                    type: "string",
                    "x-parameter": "Configs.Mounts.Entries.Destination",
                    pattern: "^(/.*|[A-Za-z]:([\\\\/].*)?)$",
                    "x-hint": "a destination is an absolute path such as /home/admin/data or a Windows drive path such as E:\\data"
                  },
                  WriteSupport: {
                    description: "Whether the mount is writable.",
                    type: "boolean",
                    "x-parameter": "Configs.Mounts.Entries.WriteSupport"
                  }
                }
              }
            },
            Locale: {
              description: "Character set of file names on the mount: GBK or UTF-8 (another value is a warning).",
              type: "string",
              "x-parameter": "Configs.Mounts.Locale",
              enum: [
                "GBK",
                "UTF-8"
              ],
              "x-severity": {
                format: "warning"
              }
            },
            Lock: {
              description: "Whether file locking is enabled on mounts.",
              type: "boolean",
              "x-parameter": "Configs.Mounts.Lock"
            },
            CacheSupport: {
              description: "Whether mounts are cached.",
              type: "boolean",
              "x-parameter": "Configs.Mounts.CacheSupport"
            },
            NAS: {
              description: "NAS access settings.",
              type: "object",
              "x-parameter": "Configs.Mounts.NAS",
              additionalProperties: false,
              properties: {
                AccessGroup: {
                  description: "NAS access groups.",
                  type: "array",
                  "x-parameter": "Configs.Mounts.NAS.AccessGroup",
                  items: {
                    type: "string",
                    "x-parameter": "Configs.Mounts.NAS.AccessGroup",
                    description: "One entry of Configs.Mounts.NAS.AccessGroup."
                  }
                },
                FileSystem: {
                  description: "NAS file systems.",
                  type: "array",
                  "x-parameter": "Configs.Mounts.NAS.FileSystem",
                  items: {
                    type: "string",
                    "x-parameter": "Configs.Mounts.NAS.FileSystem",
                    description: "One entry of Configs.Mounts.NAS.FileSystem."
                  }
                }
              }
            },
            OSS: {
              description: "OSS credentials for mounts. Prefer a RAM role to writing keys in the file.",
              type: "object",
              "x-parameter": "Configs.Mounts.OSS",
              additionalProperties: false,
              properties: {
                AccessKeyId: {
                  description: "AccessKey ID used to mount OSS.",
                  type: "string",
                  "x-parameter": "Configs.Mounts.OSS.AccessKeyId"
                },
                AccessKeySecret: {
                  description: "AccessKey secret used to mount OSS. A non-empty value is reported as PlaintextSecret.",
                  type: "string",
                  "x-parameter": "Configs.Mounts.OSS.AccessKeySecret",
                  "x-secret": true
                },
                AccessSecurityToken: {
                  description: "STS security token used to mount OSS. A non-empty value is reported as PlaintextSecret.",
                  type: "string",
                  "x-parameter": "Configs.Mounts.OSS.AccessSecurityToken",
                  "x-secret": true
                },
                SecurityToken: {
                  description: "Alias of AccessSecurityToken. A non-empty value is reported as PlaintextSecret.",
                  type: "string",
                  "x-parameter": "Configs.Mounts.OSS.SecurityToken",
                  "x-secret": true
                }
              }
            }
          }
        },
        Networks: {
          description: "Classic network or VPC settings (they exclude each other).",
          type: "object",
          "x-parameter": "Configs.Networks",
          additionalProperties: false,
          properties: {
            Classic: {
              description: "Classic network access rules.",
              type: "object",
              "x-parameter": "Configs.Networks.Classic",
              additionalProperties: false,
              properties: {
                AllowIpAddress: {
                  description: "IP addresses allowed in.",
                  type: "array",
                  "x-parameter": "Configs.Networks.Classic.AllowIpAddress",
                  items: {
                    type: "string",
                    "x-parameter": "Configs.Networks.Classic.AllowIpAddress",
                    description: "One entry of Configs.Networks.Classic.AllowIpAddress."
                  }
                },
                AllowIpAddressEgress: {
                  description: "IP addresses allowed out.",
                  type: "array",
                  "x-parameter": "Configs.Networks.Classic.AllowIpAddressEgress",
                  items: {
                    type: "string",
                    "x-parameter": "Configs.Networks.Classic.AllowIpAddressEgress",
                    description: "One entry of Configs.Networks.Classic.AllowIpAddressEgress."
                  }
                },
                AllowSecurityGroup: {
                  description: "Security groups allowed in.",
                  type: "array",
                  "x-parameter": "Configs.Networks.Classic.AllowSecurityGroup",
                  items: {
                    type: "string",
                    "x-parameter": "Configs.Networks.Classic.AllowSecurityGroup",
                    description: "One entry of Configs.Networks.Classic.AllowSecurityGroup."
                  }
                },
                AllowSecurityGroupEgress: {
                  description: "Security groups allowed out.",
                  type: "array",
                  "x-parameter": "Configs.Networks.Classic.AllowSecurityGroupEgress",
                  items: {
                    type: "string",
                    "x-parameter": "Configs.Networks.Classic.AllowSecurityGroupEgress",
                    description: "One entry of Configs.Networks.Classic.AllowSecurityGroupEgress."
                  }
                }
              }
            },
            VPC: {
              description: "VPC settings, and Express Connect to another network.",
              type: "object",
              "x-parameter": "Configs.Networks.VPC",
              additionalProperties: false,
              properties: {
                CidrBlock: {
                  description: "The VPC's IPv4 CIDR block, a network inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 with a mask of 12\u201324 (16\u201324 in 192.168.0.0/16). Error: InvalidCidrBlock.",
                  type: "string",
                  "x-parameter": "CidrBlock"
                },
                VpcId: {
                  description: "An existing VPC to use: vpc- followed by lower-case letters and digits.",
                  type: "string",
                  "x-parameter": "Configs.Networks.VPC.VpcId",
                  pattern: "^vpc-[a-z0-9]+$",
                  "x-hint": "a VPC id is vpc- followed by lower-case letters and digits"
                },
                OppositeRouterId: {
                  description: "Express Connect: the router at the other end. Required with any Express Connect field.",
                  type: "string",
                  "x-parameter": "Configs.Networks.VPC.OppositeRouterId"
                },
                OppositeAccessPointId: {
                  description: "Express Connect: the access point at the other end. Required with any Express Connect field.",
                  type: "string",
                  "x-parameter": "Configs.Networks.VPC.OppositeAccessPointId"
                },
                OppositeRegionId: {
                  description: "Express Connect: the region of the other end. Required with any Express Connect field.",
                  type: "string",
                  "x-parameter": "Configs.Networks.VPC.OppositeRegionId"
                },
                OppositeRouterType: {
                  description: "Express Connect: the type of the router at the other end, VRouter or VBR.",
                  type: "string",
                  "x-parameter": "Configs.Networks.VPC.OppositeRouterType",
                  enum: [
                    "",
                    "VRouter",
                    "VBR"
                  ]
                },
                OppositeInterfaceId: {
                  description: "Express Connect: the router interface at the other end.",
                  type: "string",
                  "x-parameter": "Configs.Networks.VPC.OppositeInterfaceId"
                },
                ExpressConnectSpec: {
                  description: "Express Connect: the bandwidth specification.",
                  type: "string",
                  "x-parameter": "Configs.Networks.VPC.ExpressConnectSpec"
                }
              }
            }
          }
        }
      }
    },
    Notification: {
      description: "Where cluster events are sent (an MNS topic). Error: InvalidNotification.",
      type: "object",
      "x-parameter": "Notification",
      additionalProperties: false,
      properties: {
        Topic: {
          description: "The MNS topic.",
          type: "object",
          "x-parameter": "Notification.Topic",
          additionalProperties: false,
          properties: {
            Name: {
              description: "The MNS topic name.",
              type: "string",
              "x-parameter": "Notification.Topic.Name"
            },
            Endpoint: {
              description: "The MNS endpoint: an http:// or https:// URL.",
              type: "string",
              "x-parameter": "Notification.Topic.Endpoint",
              pattern: "^https?://",
              "x-hint": "an endpoint starts with http:// or https://"
            },
            Events: {
              description: "Cluster events to notify: OnClusterDeleted, OnInstanceCreated, OnInstanceActive.",
              type: "array",
              "x-parameter": "Notification.Topic.Events",
              items: {
                description: "A cluster event name.",
                type: "string",
                "x-parameter": "Notification.Topic.Events",
                enum: [
                  "OnClusterDeleted",
                  "OnInstanceCreated",
                  "OnInstanceActive"
                ],
                "x-enum-notes": [
                  {
                    pattern: "^On(Job|Task)[A-Z]|^OnInstance(Waiting|Running|Stopped|Finished|Failed)$",
                    note: "a job event (jobs set their own notifications in CreateJob)"
                  }
                ]
              }
            }
          }
        }
      }
    }
  },
  definitions: {
    Group: {
      description: "One instance group. Errors: InvalidGroups.{key} for a value that is not an object.",
      type: "object",
      "x-parameter": "Groups.{key}",
      additionalProperties: false,
      required: [
        "DesiredVMCount",
        "ResourceType"
      ],
      properties: {
        DesiredVMCount: {
          description: "Number of VMs in the group: an integer from 1 to 65536 (and within the MaxClusterGroupDesiredVMCount quota). Errors: MissingDesiredVMCount, InvalidDesiredVMCount.",
          type: "integer",
          minimum: 1,
          maximum: 65536,
          "x-parameter": "DesiredVMCount"
        },
        InstanceType: {
          description: `Instance type of this group; "" means the cluster's InstanceType. Error: InvalidInstanceType.`,
          type: "string",
          "x-parameter": "InstanceType",
          pattern: "^$|^(bcs|ecs)\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$",
          "x-hint": `an instance type is bcs. or ecs., a family, a dot and a size, such as ecs.sn1.medium, or "" for the cluster's`
        },
        ResourceType: {
          description: "How the VMs are paid for: OnDemand or Spot. Errors: MissingResourceType, InvalidResourceType.",
          type: "string",
          "x-parameter": "ResourceType",
          enum: [
            "OnDemand",
            "Spot"
          ]
        },
        SpotStrategy: {
          description: 'Spot bidding: "", SpotWithPriceLimit or SpotAsPriceGo. Only used when ResourceType is Spot.',
          type: "string",
          "x-parameter": "SpotStrategy",
          enum: [
            "",
            "SpotWithPriceLimit",
            "SpotAsPriceGo"
          ]
        },
        SpotPriceLimit: {
          description: "Highest hourly spot price, a number \u2265 0 with at most 3 decimals. Only used with SpotWithPriceLimit.",
          type: "number",
          minimum: 0,
          multipleOf: 1e-3,
          "x-parameter": "SpotPriceLimit"
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
  description: "The body of POST /clusters for Alibaba Cloud Container Service (swarm clusters), as checked by clusterlint. The API documents no error codes: every finding uses the Missing{Parameter} / Invalid{Parameter} templates, with the parameter in PascalCase in the code and spelled as the API spells it (snake_case) in the message.",
  type: "object",
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
      type: "string",
      description: "The JSON Schema this spec follows; lets editors and clusterlint recognise the dialect.",
      "x-parameter": "$schema"
    },
    name: {
      description: 'Cluster name: 1\u201363 characters; letters, digits, Chinese characters (U+4E00\u2013U+9FA5) and "-", not starting with "-". Errors: MissingName, InvalidName.',
      type: "string",
      minLength: 1,
      maxLength: 63,
      pattern: "^[A-Za-z0-9\\u4e00-\\u9fa5][A-Za-z0-9\\u4e00-\\u9fa5-]*$",
      "x-hint": 'only letters, digits, Chinese characters (U+4E00\u2013U+9FA5) and "-" are allowed, and the first character must not be "-"',
      "x-parameter": "name"
    },
    size: {
      description: "Number of ECS nodes in the cluster: an integer of at least 1; more than 50 is a warning (the provider's tooling caps a swarm cluster there). Errors: MissingSize, InvalidSize.",
      type: "integer",
      minimum: 1,
      "x-parameter": "size"
    },
    instance_type: {
      description: "ECS instance type of the nodes: ecs.<family>.<size> (for example ecs.n1.small); must be listed in the config's instanceTypes when that is set. Errors: MissingInstanceType, InvalidInstanceType.",
      type: "string",
      pattern: "^ecs\\.[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+$",
      "x-hint": "an instance type is ecs., a family, a dot and a size, such as ecs.n1.small",
      "x-parameter": "instance_type"
    },
    network_mode: {
      description: "Network mode of the cluster; only vpc is supported. Errors: MissingNetworkMode, InvalidNetworkMode.",
      type: "string",
      enum: [
        "vpc"
      ],
      "x-parameter": "network_mode"
    },
    subnet_cidr: {
      description: "CIDR block for the containers: an IPv4 network address (no host bits set) inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. Errors: MissingSubnetCidr, InvalidSubnetCidr.",
      type: "string",
      "x-parameter": "subnet_cidr"
    },
    vpc_id: {
      description: "ID of the VPC: vpc- followed by lower-case letters and digits. Errors: MissingVpcId, InvalidVpcId.",
      type: "string",
      pattern: "^vpc-[a-z0-9]+$",
      "x-hint": 'a VPC ID is "vpc-" followed by lower-case letters and digits',
      "x-parameter": "vpc_id"
    },
    vswitch_id: {
      description: "ID of a VSwitch of the VPC: vsw- followed by lower-case letters and digits. Errors: MissingVswitchId, InvalidVswitchId.",
      type: "string",
      pattern: "^vsw-[a-z0-9]+$",
      "x-hint": 'a VSwitch ID is "vsw-" followed by lower-case letters and digits',
      "x-parameter": "vswitch_id"
    },
    password: {
      description: "Root password of the ECS nodes: 8\u201330 characters from letters, digits and ()`~!@#$%^&*-_+=|{}[]:;'\"<>,.?/, with at least three of upper case, lower case, digits and special characters. A secret: clusterlint warns when it is written in the file and never shows it. Errors: MissingPassword, InvalidPassword, PlaintextSecret.",
      type: "string",
      minLength: 8,
      maxLength: 30,
      pattern: "^[A-Za-z0-9()`~!@#$%^&*\\-_+=|{}\\[\\]:;'\"<>,.?/]*$",
      "x-hint": "only letters, digits and the special characters ()`~!@#$%^&*-_+=|{}[]:;'\"<>,.?/ are allowed",
      "x-secret": true,
      "x-parameter": "password"
    },
    region_id: {
      description: "Region of the cluster, such as cn-hangzhou; an id that is not a known Alibaba Cloud region is a warning. Error: InvalidRegionId.",
      type: "string",
      "x-parameter": "region_id"
    },
    data_disk_category: {
      description: "Category of the nodes' data disk: cloud (basic disk), cloud_efficiency (ultra disk), cloud_ssd (standard SSD) or cloud_essd (enhanced SSD). Errors: MissingDataDiskCategory, InvalidDataDiskCategory.",
      type: "string",
      enum: [
        "cloud",
        "cloud_efficiency",
        "cloud_ssd",
        "cloud_essd"
      ],
      "x-parameter": "data_disk_category"
    },
    data_disk_size: {
      description: "Size of each node's data disk in GB: an integer, 5\u20132000 for cloud and 20\u201332768 for the other categories (5\u201332768 while the category is missing or unknown). Errors: MissingDataDiskSize, InvalidDataDiskSize.",
      type: "integer",
      "x-parameter": "data_disk_size"
    },
    ecs_image_id: {
      description: "ID of the system image of the nodes (Ubuntu or CentOS with a 3.18 or later kernel and no /etc/docker/key.json). Error: InvalidEcsImageId.",
      type: "string",
      "x-parameter": "ecs_image_id"
    },
    io_optimized: {
      description: "Whether the instances are I/O optimized: none or optimized (optimized is recommended with VPC). Error: InvalidIoOptimized.",
      type: "string",
      enum: [
        "none",
        "optimized"
      ],
      "x-parameter": "io_optimized"
    },
    need_slb: {
      description: 'Whether to create the default Server Load Balancer instance for the cluster (default true): a boolean, not "yes" or "true". Error: InvalidNeedSlb.',
      type: "boolean",
      "x-parameter": "need_slb"
    },
    release_eip_flag: {
      description: "Whether to release the Elastic IP after the cluster is configured (default false): a boolean. Error: InvalidReleaseEipFlag.",
      type: "boolean",
      "x-parameter": "release_eip_flag"
    },
    rds_instances: {
      description: "IDs of RDS instances whose whitelists get the IP addresses of the nodes. Error: InvalidRdsInstances.",
      type: "array",
      items: {
        description: "The ID of one RDS instance.",
        type: "string",
        "x-parameter": "rds_instances"
      },
      "x-parameter": "rds_instances"
    }
  },
  allOf: [
    {
      description: "data_disk_size depends on data_disk_category (ECS disk limits): 5\u20132000 GB for cloud, 20\u201332768 GB for cloud_efficiency, cloud_ssd and cloud_essd, 5\u201332768 GB while the category is missing or unknown (that is reported on its own).",
      if: {
        properties: {
          data_disk_category: {
            description: "The category is cloud (basic disk).",
            const: "cloud"
          }
        },
        required: [
          "data_disk_category"
        ]
      },
      then: {
        properties: {
          data_disk_size: {
            description: "A cloud (basic) disk takes 5 to 2000 GB.",
            minimum: 5,
            maximum: 2e3,
            "x-hint": "for a cloud disk",
            "x-parameter": "data_disk_size"
          }
        }
      },
      else: {
        if: {
          properties: {
            data_disk_category: {
              description: "The category is one of the SSD and ultra disk categories.",
              enum: [
                "cloud_efficiency",
                "cloud_ssd",
                "cloud_essd"
              ]
            }
          },
          required: [
            "data_disk_category"
          ]
        },
        then: {
          properties: {
            data_disk_size: {
              description: "A cloud_efficiency, cloud_ssd or cloud_essd disk takes 20 to 32768 GB.",
              minimum: 20,
              maximum: 32768,
              "x-hint": "for a cloud_efficiency, cloud_ssd or cloud_essd disk",
              "x-parameter": "data_disk_size"
            }
          }
        },
        else: {
          properties: {
            data_disk_size: {
              description: "Without a known category, the widest range of any category: 5 to 32768 GB.",
              minimum: 5,
              maximum: 32768,
              "x-parameter": "data_disk_size"
            }
          }
        }
      }
    }
  ]
};

// src/core/dialect.ts
var DIALECTS = {
  batchcompute: {
    name: "batchcompute",
    schemaFile: "batchcompute-cluster.schema.json",
    schema: batchcompute_cluster_schema_default,
    validate: batchcompute,
    keys: ["Name", "Description", "ImageId", "InstanceType", "Groups", "UserData", "Notification", "Configs", "IdempotentToken"],
    codeName: (p) => p,
    errorTable: true
  },
  containerservice: {
    name: "containerservice",
    schemaFile: "containerservice-cluster.schema.json",
    schema: containerservice_cluster_schema_default,
    validate: containerservice,
    keys: [
      "name",
      "size",
      "instance_type",
      "network_mode",
      "subnet_cidr",
      "vpc_id",
      "vswitch_id",
      "password",
      "region_id",
      "data_disk_category",
      "data_disk_size",
      "ecs_image_id",
      "io_optimized",
      "need_slb",
      "release_eip_flag",
      "rds_instances"
    ],
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
  const all = Object.values(DIALECTS);
  for (const d of all) {
    const own = keys.filter((k) => d.keys.includes(k)).length;
    const foreign = keys.some((k) => !d.keys.includes(k) && all.some((o) => o !== d && o.keys.includes(k)));
    if (own >= 2 && !foreign) return d;
  }
  return void 0;
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
    const next = node.properties?.[token] ?? node.items ?? (typeof node.additionalProperties === "object" ? node.additionalProperties : void 0);
    node = next;
  }
  return node ? deref(dialect.schema, node) : void 0;
}
function schemaAtPath(dialect, schemaPath) {
  let node = dialect.schema;
  for (const raw of schemaPath.replace(/^#\/?/, "").split("/")) {
    if (raw === "") continue;
    const token = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof node !== "object" || node === null) return void 0;
    node = node[token];
  }
  return node;
}

// src/core/secrets.ts
var pointerCache = /* @__PURE__ */ new WeakMap();
function secretPointers(root) {
  const known = pointerCache.get(root);
  if (known) return known;
  const found2 = [];
  const walk2 = (node, at) => {
    if (node["x-secret"]) found2.push(at);
    if (isObject(node.properties)) for (const [k, v] of Object.entries(node.properties)) walk2(v, child(at, k));
  };
  walk2(root, "");
  pointerCache.set(root, found2);
  return found2;
}
function allSecretPointers() {
  return [...new Set(Object.values(DIALECTS).flatMap((d) => secretPointers(d.schema)))];
}
function redactSecrets(file, bytes) {
  const spec = parseFile(file, bytes);
  const pointers = allSecretPointers();
  const names = new Set(pointers.map((p) => tokens(p).pop()));
  const text = spec.documents.some((d) => d.syntax) ? new TextDecoder().decode(bytes) : spec.text;
  const masked = [];
  let byLine = false;
  for (const doc of spec.documents) {
    if (doc.syntax) {
      byLine = true;
      continue;
    }
    for (const pointer of pointers) {
      if (get(doc.data, pointer) === void 0) continue;
      const loc = doc.loc(pointer);
      if (loc) masked.push(withoutQuotes(text, loc.value));
    }
    for (const d of doc.duplicates) if (names.has(tokens(d.pointer).pop())) masked.push(restOfLine(text, d.firstKey.end));
  }
  if (byLine) masked.push(...secretLines(text, names));
  return mask2(text, masked);
}
function withoutQuotes(text, span) {
  const first = text[span.start];
  if (span.end - span.start >= 2 && (first === '"' || first === "'") && text[span.end - 1] === first) return { start: span.start + 1, end: span.end - 1 };
  return span;
}
function restOfLine(text, from) {
  const m = /[\r\n]/.exec(text.slice(from));
  return { start: from, end: m ? from + m.index : text.length };
}
function secretLines(text, names) {
  const spans = [];
  const key = new RegExp(`(["']?)(${[...names].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\1[ \\t]*:`, "g");
  for (let m = key.exec(text); m; m = key.exec(text)) spans.push(restOfLine(text, m.index + m[0].length));
  return spans;
}
function mask2(text, spans) {
  if (spans.length === 0) return text;
  const units = text.split("");
  for (const s of spans) {
    for (let i = s.start; i < s.end && i < units.length; i++) if (!/[\s]/.test(units[i])) units[i] = "*";
  }
  return units.join("");
}

// rules/plaintext-secret.ts
var plaintext_secret_default = defineRule({
  id: "plaintext-secret",
  dialect: "any",
  docs: "Secrets should come from a secret store, not the spec file; the value is never echoed.",
  codes: ["PlaintextSecret"],
  check({ data, report, schema }) {
    const root = schema("");
    for (const pointer of root ? secretPointers(root) : []) {
      const value = get(data, pointer);
      if (typeof value === "string" && value !== "") {
        report.lint("PlaintextSecret", pointer, { detail: `Do not commit the value of ${pointer.slice(1).split("/").join(".")}; inject it from a secret store at deploy time.` });
      }
    }
  }
});

// rules/quotas.ts
var quotas_default = defineRule({
  id: "quotas",
  dialect: "batchcompute",
  docs: "Groups, VMs per group and router types stay within the quotas set in the config (403 QuotaExhausted rows).",
  codes: ["QuotaExhausted.MaxClusterGroupCount", "QuotaExhausted.MaxClusterGroupDesiredVMCount", "QuotaExhausted.Configs.Networks.VPC.OppositeRouterType"],
  check({ data, config: config2, report }) {
    const quotas = config2.quotas ?? {};
    const groups = data.Groups;
    if (isObject(groups)) {
      const count = Object.keys(groups).length;
      const maxGroups = quotas.MaxClusterGroupCount;
      if (maxGroups !== void 0 && count > maxGroups) {
        report.api("QuotaExhausted.MaxClusterGroupCount", "/Groups", {
          value: maxGroups,
          target: "container",
          detail: `The cluster has ${count} groups; the quota allows ${maxGroups}.`
        });
      }
      const maxVms = quotas.MaxClusterGroupDesiredVMCount;
      if (maxVms !== void 0) {
        for (const [name, group] of Object.entries(groups)) {
          const count2 = isObject(group) ? group.DesiredVMCount : void 0;
          if (typeof count2 === "number" && Number.isInteger(count2) && count2 > maxVms) {
            report.api("QuotaExhausted.MaxClusterGroupDesiredVMCount", child(child("/Groups", name), "DesiredVMCount"), {
              value: maxVms,
              detail: `Group "${name}" asks for ${count2} VMs; the quota allows ${maxVms}.`
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

// src/core/schema.ts
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
function checkSchema(dialect, data, sink) {
  if (dialect.validate(data)) return;
  const rule = schemaRuleId(dialect);
  for (const wrapped of dialect.validate.errors ?? []) {
    const originals = wrapped.keyword === "errorMessage" ? wrapped.params.errors : [wrapped];
    for (const e of originals) mapError(dialect, data, e, rule, sink);
  }
}
function mapError(dialect, data, e, rule, sink) {
  if (e.propertyName !== void 0) return;
  const pointer = e.instancePath;
  const keywordAt = e.schemaPath.lastIndexOf("/");
  const node = schemaAtPath(dialect, e.schemaPath.slice(0, keywordAt));
  switch (e.keyword) {
    case "if":
      return;
    case "required": {
      const name = e.params.missingProperty;
      const at = child(pointer, name);
      sink.missing(rule, at, pointer === "" ? {} : { detail: `Add ${name} to ${label(data, pointer)}.` });
      return;
    }
    case "additionalProperties": {
      const name = e.params.additionalProperty;
      const known = Object.keys(node?.properties ?? {}).filter((k) => k !== "$schema");
      const near = closest(name, known);
      const where = pointer === "" ? "the request body" : label(data, pointer);
      sink.reporter(rule).lint("UnknownParameter", child(pointer, name), {
        target: "key",
        detail: near ? `Did you mean "${near}"?` : `"${name}" is not a parameter of ${where}; the API ignores it.`
      });
      return;
    }
    case "propertyNames": {
      const name = e.params.propertyName;
      const names = schemaAtPath(dialect, e.schemaPath);
      const at = child(pointer, name);
      const n = [...name].length;
      const detail = n === 0 ? `An empty key is not allowed in ${label(data, pointer)}; keys have ${names?.minLength ?? 1}\u2013${names?.maxLength} characters.` : `The key "${name}" has ${n} characters; at most ${names?.maxLength} are allowed.`;
      sink.invalid(rule, at, "bounds", { target: "key", detail }, names?.["x-parameter"]);
      return;
    }
  }
  const kind = KEYWORD_KIND[e.keyword];
  if (!kind || !node) throw new Error(`unmapped schema error ${e.keyword} at ${e.schemaPath}`);
  const value = get(data, pointer);
  const container = e.keyword.endsWith("Properties") || e.keyword.endsWith("Items");
  const severity = node["x-severity"]?.[kind];
  sink.invalid(rule, pointer, kind, {
    target: container ? "container" : "value",
    detail: describe(e, node, value, label(data, pointer), dialect, pointer),
    ...severity ? { severity } : {}
  });
}
function label(data, pointer) {
  let out = "";
  let value = data;
  for (const t of tokens(pointer)) {
    out += Array.isArray(value) ? `[${t}]` : out === "" ? t : `.${t}`;
    value = get(value, `/${t.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  }
  return out || "The request body";
}
function quote(value, secret = false) {
  if (secret) return "the value";
  if (typeof value === "string") {
    const chars = [...value];
    const shown = chars.length > 60 ? `${chars.slice(0, 57).join("")}\u2026` : value;
    return JSON.stringify(shown);
  }
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  return String(value);
}
var TYPE_NAMES = {
  string: "a string",
  integer: "an integer",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "an array"
};
function typeOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "number") return Number.isInteger(value) ? "a number" : "a number with a fraction";
  if (typeof value === "string") return "a string";
  if (typeof value === "boolean") return "a boolean";
  return "an object";
}
function describe(e, node, value, name, dialect, pointer) {
  const secret = node["x-secret"] === true || schemaAt(dialect, tokens(pointer))?.["x-secret"] === true;
  const p = e.params;
  switch (e.keyword) {
    case "type": {
      const expected = String(p.type).split(",").map((t) => TYPE_NAMES[t] ?? t).join(" or ");
      const shown = secret || typeof value === "object" ? "" : ` (${quote(value)})`;
      const hint = p.type === "boolean" && typeof value === "string" ? booleanHint(value) : "";
      return `${name} is ${typeOf(value)}${shown}; it must be ${expected}.${hint}`;
    }
    case "minLength":
    case "maxLength": {
      const n = typeof value === "string" ? [...value].length : 0;
      if (n === 0) return `${name} is empty; at least ${p.limit} character${p.limit === 1 ? " is" : "s are"} required.`;
      return `${name} has ${n} characters; at ${e.keyword === "maxLength" ? "most" : "least"} ${p.limit} ${p.limit === 1 ? "is" : "are"} allowed.`;
    }
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum": {
      const edge = e.keyword.includes("inimum") ? "smallest" : "largest";
      const when = node["x-hint"] ? ` ${node["x-hint"]}` : "";
      return `${name} is ${quote(value, secret)}; the ${edge} allowed value is ${p.limit}${when}.`;
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
      return Number.isInteger(decimals) && 10 ** -decimals === step ? `${name} is ${quote(value, secret)}; at most ${decimals} decimals are allowed.` : `${name} is ${quote(value, secret)}; it must be a multiple of ${step}.`;
    }
    case "enum":
    case "const": {
      const allowed = (e.keyword === "enum" ? p.allowedValues : [p.allowedValue]).map((v) => JSON.stringify(v));
      const note = typeof value === "string" && !secret ? node["x-enum-notes"]?.find((n) => new RegExp(n.pattern).test(value)) : void 0;
      if (note) return `${name} is ${quote(value)}, ${note.note}; allowed values are ${allowed.join(", ")}.`;
      const near = typeof value === "string" && !secret ? closest(value, allowedStrings(p)) : void 0;
      const hint = near ? ` Did you mean "${near}"?` : "";
      return `${name} is ${quote(value, secret)}; allowed values are ${allowed.join(", ")}.${hint}`;
    }
    default: {
      const hint = node["x-hint"];
      return `${name} ${secret ? "is not in the expected format" : `${quote(value)} is not valid`}${hint ? `: ${hint}` : ""}.`;
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
function allowedStrings(p) {
  const list = p.allowedValues ?? [p.allowedValue];
  return list.filter((v) => typeof v === "string" && v !== "");
}
function closest(name, known) {
  const lower = name.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = k.toLowerCase() === lower ? 0 : distance(lower, k.toLowerCase());
    if (d < bestDistance) best = k, bestDistance = d;
  }
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  return best !== void 0 && bestDistance <= limit ? best : void 0;
}
function distance(a, b) {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0].push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i].push(v);
    }
  }
  return rows[a.length][b.length];
}

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
  docs: "region_id is a known Alibaba Cloud region id (SPEC \xA75; list in rules/lib/regions.ts with its sources).",
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
var spot_settings_default = defineRule({
  id: "spot-settings",
  dialect: "batchcompute",
  docs: "SpotStrategy / SpotPriceLimit are ignored unless ResourceType is Spot; SpotWithPriceLimit needs a SpotPriceLimit.",
  codes: ["SpotSettingIgnored", "SpotPriceLimitMissing"],
  check({ data, report }) {
    const groups = data.Groups;
    if (!isObject(groups)) return;
    for (const [name, group] of Object.entries(groups)) {
      if (!isObject(group)) continue;
      const at = child("/Groups", name);
      const strategy = group.SpotStrategy;
      const limit = group.SpotPriceLimit;
      if (group.ResourceType !== "Spot") {
        const why = `ResourceType is ${typeof group.ResourceType === "string" ? `"${group.ResourceType}"` : "not set"}, so the API ignores this spot setting.`;
        if (typeof strategy === "string" && strategy !== "") report.lint("SpotSettingIgnored", child(at, "SpotStrategy"), { detail: why });
        if (typeof limit === "number" && limit !== 0) report.lint("SpotSettingIgnored", child(at, "SpotPriceLimit"), { detail: why });
      }
      if (strategy === "SpotWithPriceLimit" && (limit === void 0 || limit === 0)) {
        report.lint("SpotPriceLimitMissing", child(at, "SpotStrategy"), { detail: `Set SpotPriceLimit in group "${name}" to the highest hourly price to pay.` });
      }
    }
  }
});

// rules/subnet-cidr.ts
var subnet_cidr_default = defineRule({
  id: "subnet-cidr",
  dialect: "containerservice",
  docs: "subnet_cidr is a private IPv4 network address (SPEC \xA75, Container Service CreateCluster).",
  codes: ["InvalidSubnetCidr"],
  check({ data, report }) {
    const value = data.subnet_cidr;
    if (typeof value !== "string") return;
    const problem = checkPrivateNetwork(value);
    if (problem) report.invalid("/subnet_cidr", "format", { detail: problem.detail });
  }
});

// rules/index.ts
var RULES = [
  duplicate_key_default,
  integer_literal_default,
  plaintext_secret_default,
  cidr_block_default,
  disk_types_default,
  express_connect_default,
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

// src/core/report.ts
var FindingSink = class {
  constructor(dialect) {
    this.dialect = dialect;
  }
  dialect;
  findings = [];
  /** A reporter bound to one rule (or schema) id. */
  reporter(rule) {
    return {
      missing: (pointer, o) => this.missing(rule, pointer, o),
      invalid: (pointer, kind, o) => this.invalid(rule, pointer, kind, o),
      api: (code, pointer, o) => {
        const entry = apiRow(code, o?.value === void 0 ? {} : { value: o.value });
        const kind = code.startsWith("QuotaExhausted.") ? "quota" : void 0;
        this.push({
          ...entry,
          rule,
          pointer,
          severity: o?.severity ?? "error",
          target: o?.target ?? "value",
          ...o?.detail ? { detail: o.detail } : {},
          ...kind ? { parameter: `${pointer}#${this.schemaParameter(pointer)}`, rank: CHECK_RANK.quota } : {}
        });
      },
      lint: (code, pointer, o) => {
        this.push({ ...lint(code), rule, pointer, severity: o?.severity ?? lintCode(code).severity, target: o?.target ?? "value", ...o?.detail ? { detail: o.detail } : {} });
      }
    };
  }
  /** Adds a finding as it is (syntax, body and dialect findings have no schema parameter). */
  push(finding) {
    this.findings.push(finding);
  }
  /** `Missing{Parameter}` for the schema parameter at `pointer`. */
  missing(rule, pointer, o) {
    const { codeParam, messageParam, vars } = this.parameter(pointer);
    this.push({
      ...this.dialect.errorTable ? missing(codeParam, vars, messageParam) : template("missing", codeParam, vars, messageParam),
      rule,
      pointer,
      severity: o?.severity ?? "error",
      target: "container",
      ...o?.detail ? { detail: o.detail } : {},
      parameter: `${pointer}#${codeParam}`,
      rank: CHECK_RANK.missing
    });
  }
  /** `Invalid{Parameter}` for one kind of check at `pointer`; `schemaParameter` overrides the schema's name (map keys). */
  invalid(rule, pointer, kind, o, schemaParameter) {
    const { codeParam, messageParam, vars } = this.parameter(pointer, schemaParameter);
    const target = o?.target ?? "value";
    this.push({
      ...this.dialect.errorTable ? invalid(codeParam, kind, vars, messageParam) : template("invalid", codeParam, vars, messageParam),
      rule,
      pointer,
      severity: o?.severity ?? "error",
      target,
      ...o?.detail ? { detail: o.detail } : {},
      parameter: `${pointer}#${codeParam}`,
      rank: CHECK_RANK[kind]
    });
  }
  /** The code spelling of the schema parameter at a pointer, if the schema names one. */
  schemaParameter(pointer) {
    const p = this.dialect && schemaAt(this.dialect, tokens(pointer))?.["x-parameter"];
    return p && this.dialect ? this.dialect.codeName(p) : "value";
  }
  /** The parameter names (code and message spelling) and `{key}` for a pointer, from the schema. */
  parameter(pointer, explicit) {
    if (!this.dialect) throw new Error("a parameter needs a dialect");
    const path = tokens(pointer);
    const messageParam = explicit ?? schemaAt(this.dialect, path)?.["x-parameter"];
    if (!messageParam) throw new Error(`the schema names no parameter at ${pointer || "/"}`);
    const at = messageParam.split(".").indexOf("{key}");
    const vars = at >= 0 && path[at] !== void 0 ? { key: path[at] } : {};
    return { codeParam: this.dialect.codeName(messageParam), messageParam, vars };
  }
};
function firstPerParameter(findings) {
  const best = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.parameter === void 0) continue;
    const seen = best.get(f.parameter);
    if (!seen || (f.rank ?? 0) < (seen.rank ?? 0)) best.set(f.parameter, f);
  }
  return findings.filter((f) => f.parameter === void 0 || best.get(f.parameter) === f);
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
function toDiagnostic(f, file, doc, lines) {
  const r = lines.range(locate(doc, f));
  return {
    code: f.code,
    message: f.message,
    ...f.detail ? { detail: f.detail } : {},
    status: f.status,
    origin: f.origin,
    severity: f.severity,
    rule: f.rule,
    file,
    document: doc.index,
    pointer: f.pointer,
    line: r.line,
    column: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn
  };
}

// src/core/run.ts
function lintFile(input, options) {
  const spec = parseFile(input.file, input.bytes);
  const forced = options.dialect ?? dialectOverride(input.file, options);
  const diagnostics = [];
  const summaries = [];
  let linted = false;
  for (const doc of spec.documents) {
    const sink = new FindingSink(void 0);
    const outcome = lintDocument(spec, doc, input, forced, options, sink, summaries);
    if (outcome === "skipped") continue;
    linted = true;
    for (const f of firstPerParameter(outcome.findings)) {
      const severity = severityFor(f.code, f.severity, input.file, options);
      if (severity === "off") continue;
      diagnostics.push(toDiagnostic({ ...f, severity }, input.file, doc, spec.lines));
    }
  }
  return {
    result: linted ? fileResult(input.file, sortDiagnostics(diagnostics)) : void 0,
    summaries,
    place: (finding, index) => toDiagnostic(finding, input.file, spec.documents[index], spec.lines),
    lineOf: (index, pointer) => {
      const doc = spec.documents[index];
      return spec.lines.position((doc.loc(pointer) ?? { value: doc.start }).value.start).line;
    }
  };
}
function lintDocument(spec, doc, input, forced, options, sink, summaries) {
  if (doc.syntax) {
    if (!input.explicit && !forced && !sniffDialect(spec.text)) return "skipped";
    const code = spec.format === "json" ? "InvalidJsonFormat" : "InvalidYamlFormat";
    const entry = code === "InvalidJsonFormat" ? apiRow(code) : lint(code);
    sink.push({ ...entry, severity: "error", rule: `${spec.format}-syntax`, pointer: "", target: "value", span: doc.syntax.span, detail: doc.syntax.detail });
    return sink;
  }
  const data = doc.data;
  if (!isObject(data)) {
    if (!input.explicit && !forced) return "skipped";
    const what = data === null || data === void 0 ? "empty" : Array.isArray(data) ? "an array" : `a ${typeof data}`;
    sink.push({ ...apiRow("InvalidHttpBody"), severity: "error", rule: "http-body", pointer: "", target: "container", detail: `The document is ${what}; a request body must be an object.` });
    return sink;
  }
  const dialect = decideDialect(data, forced, spec.modelineSchema);
  if (!dialect) {
    if (!input.explicit) return "skipped";
    sink.push({
      ...lint("UnknownDialect"),
      severity: lintCode("UnknownDialect").severity,
      rule: "dialect",
      pointer: "",
      target: "container",
      detail: "Name the dialect with --dialect, a config override, or a $schema reference to one of the clusterlint schemas."
    });
    return sink;
  }
  const typed = new FindingSink(dialect);
  checkSchema(dialect, data, typed);
  const context = {
    dialect: dialect.name,
    document: doc,
    data,
    config: options.config,
    schema: (pointer) => schemaAt(dialect, tokens(pointer)),
    lineOf: (offset) => spec.lines.position(offset).line
  };
  for (const rule of RULES) {
    if (rule.dialect !== "any" && rule.dialect !== dialect.name) continue;
    rule.check({ ...context, report: typed.reporter(rule.id) });
  }
  summaries.push(summarize(input.file, doc.index, dialect, data));
  return typed;
}
function sniffDialect(text) {
  const schema = /[\w.-]+\.schema\.json/.exec(text);
  if (schema) {
    const d = dialectOfSchemaRef(schema[0]);
    if (d) return d;
  }
  const keys = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/^[ \t{,]*["']?([A-Za-z_]+)["']?[ \t]*:/gm)) keys.add(m[1]);
  return dialectByShape([...keys]);
}
function summarize(file, document, dialect, data) {
  const token = data.IdempotentToken;
  if (typeof token !== "string") return { file, document, dialect: dialect.name };
  return { file, document, dialect: dialect.name, idempotentToken: token, bodyHash: hashBody(data) };
}
function hashBody(data) {
  const canonical = (value) => {
    if (Array.isArray(value)) return value.map(canonical);
    if (!isObject(value)) return value;
    const out = {};
    for (const k of Object.keys(value).sort()) {
      if (value === data && (k === "IdempotentToken" || k === "$schema")) continue;
      out[k] = canonical(value[k]);
    }
    return out;
  };
  let text;
  try {
    text = JSON.stringify(canonical(data));
  } catch {
    text = String(Object.keys(data).sort().join("\0"));
  }
  return createHash("sha256").update(text).digest("hex");
}
function lintAll(inputs, options) {
  const sorted = [...inputs].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  const outcomes = sorted.map((input) => lintFile(input, options));
  const byFile = new Map(outcomes.map((o, i) => [sorted[i].file, o]));
  const summaries = outcomes.flatMap((o) => o.summaries);
  const sinks = /* @__PURE__ */ new Map();
  for (const rule of CROSS_FILE_RULES) {
    rule.check({
      summaries,
      config: options.config,
      report: (summary) => {
        let sink = sinks.get(summary);
        if (!sink) sinks.set(summary, sink = new FindingSink(DIALECTS[summary.dialect]));
        return sink.reporter(rule.id);
      },
      lineOf: (summary, pointer) => byFile.get(summary.file).lineOf(summary.document, pointer)
    });
  }
  const extra = /* @__PURE__ */ new Map();
  for (const [summary, sink] of sinks) {
    for (const finding of sink.findings) {
      const severity = severityFor(finding.code, finding.severity, summary.file, options);
      if (severity === "off") continue;
      const d = byFile.get(summary.file).place({ ...finding, severity }, summary.document);
      extra.set(summary.file, [...extra.get(summary.file) ?? [], d]);
    }
  }
  const results = [];
  for (const o of outcomes) {
    if (!o.result) continue;
    const added = extra.get(o.result.file);
    results.push(added ? fileResult(o.result.file, sortDiagnostics([...o.result.diagnostics, ...added])) : o.result);
  }
  return results;
}

// src/core/verdict.ts
function verdict(results, maxWarnings) {
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (errors > 0) return { errors, warnings, failure: { cause: "errors", message: `${errors} error${errors === 1 ? "" : "s"} found.` } };
  if (maxWarnings >= 0 && warnings > maxWarnings) {
    return { errors, warnings, failure: { cause: "warnings", message: `too many warnings (${warnings}); the maximum is ${maxWarnings}.` } };
  }
  return { errors, warnings };
}
function parseMaxWarnings(value, name) {
  if (value === void 0) return -1;
  if (!/^\d+$/.test(value)) throw new UsageError(`${name} takes a whole number, not "${value}"`);
  return Number(value);
}

// src/core/git.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname3, join as join3, resolve as resolve3 } from "node:path";
function repositoryRoot(cwd) {
  const start = resolve3(cwd);
  for (let dir = start; ; dir = dirname3(dir)) {
    if (existsSync2(join3(dir, ".git"))) return dir;
    if (dirname3(dir) === dir) return start;
  }
}

// src/formatters/paths.ts
import { isAbsolute, relative as relative3, resolve as resolve4, sep as sep2 } from "node:path";
function repositoryPath(file, ctx) {
  const rel = relative3(ctx.root, resolve4(ctx.cwd, file)).split(sep2).join("/");
  if (rel === "" || rel === ".." || rel.startsWith("../") || isAbsolute(rel)) return void 0;
  return rel;
}

// src/formatters/github.ts
function annotationOf(d, ctx) {
  const oneLine = d.line === d.endLine;
  return {
    kind: d.severity,
    message: d.detail ? `${d.message}
${d.detail}` : d.message,
    properties: {
      title: d.code,
      file: repositoryPath(d.file, ctx) ?? d.file,
      startLine: d.line,
      endLine: d.endLine,
      ...oneLine ? { startColumn: d.column, endColumn: d.endColumn } : {}
    }
  };
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithub(results, ctx) {
  let out = "";
  for (const r of results) {
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
      const list = props.filter(([, v]) => v !== void 0).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
      out += `::${a.kind} ${list.join(",")}::${escapeData(a.message)}
`;
    }
  }
  return out;
}

// src/formatters/json.ts
function formatJson(results) {
  return `${JSON.stringify(results, null, 2)}
`;
}

// src/formatters/sarif.ts
import { createHash as createHash2 } from "node:crypto";
import { pathToFileURL } from "node:url";
import { resolve as resolve5 } from "node:path";
var REPOSITORY_URL = "https://github.com/clusterlint/clusterlint";
var FINGERPRINT_KEY = "clusterlint/v1";
var SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
function formatSarif(results, ctx) {
  const diagnostics = results.flatMap((r) => r.diagnostics);
  const firstOfCode = /* @__PURE__ */ new Map();
  for (const d of diagnostics) if (!firstOfCode.has(d.code)) firstOfCode.set(d.code, d);
  const ruleIndex = new Map([...firstOfCode.keys()].map((code, i) => [code, i]));
  const errorCodes = new Set(diagnostics.filter((d) => d.severity === "error").map((d) => d.code));
  const seen = /* @__PURE__ */ new Map();
  const sarifResults = diagnostics.map((d) => {
    const path = repositoryPath(d.file, ctx);
    const identity = JSON.stringify([d.code, d.pointer, path ?? d.file, d.document]);
    const ordinal = seen.get(identity) ?? 0;
    seen.set(identity, ordinal + 1);
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code),
      level: d.severity,
      message: { text: d.detail ? `${d.message} ${d.detail}` : d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: path === void 0 ? { uri: pathToFileURL(resolve5(ctx.cwd, d.file)).href } : { uri: encodePath(path), uriBaseId: "%SRCROOT%" },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
          }
        }
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: sha256(`${identity}#${ordinal}`) },
      properties: { pointer: d.pointer, document: d.document, status: d.status, origin: d.origin }
    };
  });
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
        results: sarifResults
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function ruleOf(d, level) {
  const entry = catalogueEntry(d.code, d.origin, d.message);
  const { short, full } = describe2(entry, d);
  const helpUri = `${REPOSITORY_URL}#${catalogueAnchor(d.origin === "template" ? d.code : entry.code)}`;
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
function sha256(text) {
  return createHash2("sha256").update(text).digest("hex");
}

// src/formatters/stylish.ts
var CODES = { red: 31, yellow: 33, dim: 2, bold: 1, underline: 4, cyan: 36 };
function formatStylish(results, options) {
  const paint = (style, text) => options.color ? `\x1B[${CODES[style]}m${text}\x1B[0m` : text;
  const out = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    if (r.diagnostics.length === 0) continue;
    errors += r.errorCount;
    warnings += r.warningCount;
    out.push(paint("underline", r.file));
    const lines = splitLines(options.source(r.file));
    const multiDoc = r.diagnostics.some((d) => d.document > 0);
    for (const d of r.diagnostics) {
      const where = `${d.line}:${d.column}`;
      const sev = d.severity === "error" ? paint("red", "error  ") : paint("yellow", "warning");
      const doc = multiDoc ? paint("dim", ` [document ${d.document}]`) : "";
      out.push(`  ${paint("dim", where.padEnd(7))} ${sev}  ${clean(d.message)}  ${paint("dim", d.code)}${doc}`);
      if (d.detail) out.push(`  ${" ".repeat(7)}          ${paint("cyan", clean(d.detail))}`);
      const text = lines?.[d.line - 1];
      if (text !== void 0) out.push(...excerpt(text, d.column, d.line === d.endLine ? d.endColumn : text.length + 1, paint));
    }
    out.push("");
  }
  const total = errors + warnings;
  if (total === 0) return "";
  const summary = `\u2716 ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
  out.push(paint(errors ? "red" : "yellow", paint("bold", summary)), "");
  return out.join("\n");
}
function splitLines(text) {
  return text === void 0 ? void 0 : text.split(/\r\n|\r|\n/);
}
function clean(text) {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function excerpt(line, column, endColumn, paint) {
  const max = 160;
  let start = 0;
  if (column > max - 20) start = column - 40;
  const shown = clean(line.slice(start, start + max).replace(/\t/g, " "));
  const prefix = start > 0 ? "\u2026" : "";
  const width = Math.max(1, Math.min(endColumn, start + max + 1) - column);
  const pad = " ".repeat(column - 1 - start + prefix.length);
  return [`          ${paint("dim", "\u2502")} ${prefix}${shown}`, `          ${paint("dim", "\u2502")} ${pad}${paint("red", "^".repeat(width))}`];
}

// src/formatters/index.ts
var FORMATS = {
  stylish: (results, ctx) => formatStylish(results, ctx),
  json: (results) => formatJson(results),
  sarif: (results, ctx) => formatSarif(results, ctx),
  github: (results, ctx) => formatGithub(results, ctx)
};
function format(name, results, ctx) {
  return FORMATS[name](results, ctx);
}
function formatContext(inputs, cwd, color) {
  const sources = new Map(inputs.map((i) => [i.file, i.bytes]));
  return {
    color,
    cwd,
    root: repositoryRoot(cwd),
    // Source lines are shown with every secret value masked (SPEC §3: a secret never appears in any output).
    source: (file) => {
      const bytes = sources.get(file);
      return bytes ? redactSecrets(file, bytes) : void 0;
    }
  };
}

// src/cli.ts
var HELP = `Usage: clusterlint [options] [paths...]

Checks Alibaba Cloud CreateCluster specs (Batch Compute, Container Service) offline and reports
every problem with the API's own error code, message and HTTP status. Paths default to ".";
"-" reads standard input.

Options:
  --format NAME           ${Object.keys(FORMATS).join(" | ")} (default: stylish)
  --output-file FILE      write the report to FILE instead of standard output
  --config FILE           use this config instead of the nearest clusterlint.config.{json,yaml,yml}
  --dialect NAME          batchcompute | containerservice: lint every file as this dialect
  --stdin-filename NAME   the name to report for "-" (default: <stdin>)
  --max-warnings N        exit 1 when there are more than N warnings
  --ignore-unknown        skip named files that are not specs, as a directory walk does
                          (for pre-commit and lint-staged, which name every JSON/YAML file)
  --quiet                 report errors only
  --color, --no-color     force colour, or plain text (also when NO_COLOR is set);
                          by default colour is used on a terminal only
  --print-config FILE     print the settings that apply to FILE and exit
  --version               print the version and exit
  --help                  print this help and exit

Exit status: 0 no errors, 1 errors (or too many warnings), 2 usage error or failure.
`;
function runCli(argv, io) {
  try {
    return main(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`clusterlint: ${e.message}
`);
      return 2;
    }
    const err = e;
    io.stderr(`clusterlint: internal error: ${err?.message ?? String(e)}${io.env.DEBUG ? "" : " (set DEBUG=1 for details)"}
`);
    if (io.env.DEBUG) io.stderr(`${err?.stack ?? ""}
`);
    return 2;
  }
}
function main(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        "output-file": { type: "string", short: "o" },
        config: { type: "string", short: "c" },
        dialect: { type: "string" },
        "stdin-filename": { type: "string" },
        "max-warnings": { type: "string" },
        "ignore-unknown": { type: "boolean" },
        quiet: { type: "boolean", short: "q" },
        "no-color": { type: "boolean" },
        color: { type: "boolean" },
        "print-config": { type: "string" },
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
  if (v.help) return io.stdout(HELP), 0;
  if (v.version) return io.stdout(`${package_default.version}
`), 0;
  const formatName = v.format ?? "stylish";
  if (!(formatName in FORMATS)) throw new UsageError(`unknown format "${v.format}"; use one of: ${Object.keys(FORMATS).join(", ")}`);
  const dialect = v.dialect;
  if (dialect !== void 0 && dialect !== "batchcompute" && dialect !== "containerservice") {
    throw new UsageError(`unknown dialect "${v.dialect}"; use batchcompute or containerservice`);
  }
  const maxWarnings = parseMaxWarnings(v["max-warnings"], "--max-warnings");
  const loaded = loadConfig(v.config, io.cwd);
  const options = { config: loaded.config, baseDir: loaded.baseDir, ...dialect ? { dialect } : {} };
  if (v["print-config"] !== void 0) {
    io.stdout(`${JSON.stringify(printConfig(v["print-config"], loaded.path, options), null, 2)}
`);
    return 0;
  }
  const paths = parsed.positionals.length ? parsed.positionals : ["."];
  let inputs = collectInputs(paths, loaded.config, loaded.baseDir, io.stdin, v["stdin-filename"] ?? "<stdin>");
  if (v["ignore-unknown"]) inputs = inputs.map((i) => ({ ...i, explicit: false }));
  let results = lintAll(inputs, options);
  if (v.quiet) {
    results = results.map((r) => ({ ...r, warningCount: 0, diagnostics: r.diagnostics.filter((d) => d.severity === "error") }));
  }
  const color = !v["no-color"] && !io.env.NO_COLOR && (v.color === true || io.isTTY) && !v["output-file"];
  const output = format(formatName, results, formatContext(inputs, io.cwd, color));
  if (v["output-file"]) writeReport(v["output-file"], output);
  else if (output) io.stdout(output);
  const { failure } = verdict(results, maxWarnings);
  if (failure?.cause === "warnings") io.stderr(`clusterlint: ${failure.message}
`);
  return failure ? 1 : 0;
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
    severity
  };
}

// src/main.ts
process.stdout.on("error", (e) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
});
process.exitCode = runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  stdin: () => readFileSync3(0),
  isTTY: process.stdout.isTTY === true
});
