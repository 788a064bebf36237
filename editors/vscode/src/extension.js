// The clusterlint extension: starts the language server bundled in the extension
// (server/language-server.js, the package's own dist/) over stdio for JSON and YAML files on disk.
// The server decides which files are specs (SPEC §1): others get nothing. Completion and schema
// checks come from the schemas this extension contributes (jsonValidation, yamlValidation), not
// from the server, so nothing is shown twice.
'use strict';
const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  const server = { module: context.asAbsolutePath('server/language-server.js'), transport: TransportKind.stdio };
  client = new LanguageClient('clusterlint', 'clusterlint', { run: server, debug: server }, {
    // Files changed on disk reach the server through the watchers it registers itself.
    documentSelector: ['json', 'jsonc', 'yaml'].map((language) => ({ scheme: 'file', language })),
  });
  context.subscriptions.push(client);
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
