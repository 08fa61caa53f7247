// daily-papers-digest: read Daily Papers digests in JavaScript, with the parser generated from
// the project's ANTLR grammar. See README.md and index.d.ts.

export { parseDigest, parseDigestBytes, SCHEMA_VERSION } from './src/reader.mjs';
export { toJsonLine } from './src/json.mjs';
export { decodeUtf8 } from './src/utf8.mjs';
export { SEVERITIES } from './src/diagnostics.mjs';
export { parseTree, treeString } from './src/parse-tree.mjs';
