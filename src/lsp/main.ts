/**
 * `clusterlint-language-server` (and `clusterlint --lsp`): the language server over standard
 * input and output. `--stdio`, which clients such as VS Code's add, is the only transport.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { keepAlive, startServer } from './server.js';

const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
// Nothing but the protocol may reach standard output: a stray console.log would corrupt it.
console.log = console.error;
keepAlive((line) => connection.console.error(line));
startServer(connection);
