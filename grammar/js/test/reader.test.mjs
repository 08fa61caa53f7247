// parseDigest's result: the `parse --json` contract minus glosses, with Java's semantics for
// values, repeated header lines, positions, decoding and diagnostics.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeUtf8, parseDigest, parseDigestBytes, SEVERITIES, toJsonLine } from '../index.mjs';

const PAPER = [
  '## Daily Papers (2025-03-14)',
  '',
  '### [SparseKV: Pruning](https://arxiv.org/abs/2503.01234)',
  '',
  '![](https://cdn.example.org/t.png)',
  '',
  'Vote: 17',
  '',
  "Authors: Minji Kim, Daniel O'Neil, Minji Kim, +",
  '',
  '- ***What’s New***: 새로운 방법(new method)입니다.',
  '  이어지는 줄(continuation).',
  '- **Custom Label**: 다른 항목.',
  '- 그냥 항목.',
  '',
].join('\n');

test('a paper: the contract keys in order, values read as Java reads them, no glosses', () => {
  const digest = parseDigest(PAPER, { source: 'x.md' });
  assert.deepEqual(Object.keys(digest), ['schema', 'source', 'editions', 'blocks', 'unrecognisedLines', 'diagnostics']);
  assert.equal(digest.schema, 1);
  assert.equal(digest.source, 'x.md');
  const [edition] = digest.editions;
  assert.deepEqual(Object.keys(edition), ['date', 'heading', 'line', 'papers']);
  assert.equal(edition.date, '2025-03-14');
  assert.equal(edition.heading, 'Daily Papers (2025-03-14)');
  const [paper] = edition.papers;
  assert.deepEqual(Object.keys(paper), ['title', 'url', 'arxivId', 'media', 'votes', 'authors', 'sections', 'line']);
  assert.equal(paper.title, 'SparseKV: Pruning');
  assert.equal(paper.arxivId, '2503.01234');
  assert.deepEqual(paper.media, { type: 'image', url: 'https://cdn.example.org/t.png' });
  assert.equal(paper.votes, 17);
  assert.deepEqual(paper.authors, ['Minji Kim', "Daniel O'Neil"]);
  assert.equal(paper.line, 3);
  assert.deepEqual(paper.sections, [
    { kind: 'WHATS_NEW', label: 'What’s New', text: '새로운 방법(new method)입니다.\n  이어지는 줄(continuation).', line: 11 },
    { kind: 'OTHER', label: 'Custom Label', text: '다른 항목.', line: 13 },
    { kind: 'POINT', label: null, text: '그냥 항목.', line: 14 },
  ]);
  assert.deepEqual(digest.diagnostics.map((d) => [d.code, d.line, d.column]),
    [['DUPLICATE_AUTHOR', 9, 36], ['AUTHOR_PLACEHOLDER', 9, 47]]);
  assert.equal(digest.diagnostics[0].message, "author 'Minji Kim' listed again; only the first is kept");
  assert.equal(digest.diagnostics[0].severity, 'WARNING');
});

test('structure: stray lines, papers before any date, README blocks with raw paper headings', () => {
  const digest = parseDigest([
    'stray',
    '### [Early](https://arxiv.org/abs/2401.00001)',
    '- point',
    '# Daily Papers',
    '',
    'intro',
    '### [Not a paper](u)',
    '',
    '## Daily Papers (2024-02-30)',
    'between',
    '### [P](https://huggingface.co/papers/2402.00002v2)',
    'Vote: 3',
    'Vote: 4',
    '- a',
  ].join('\r\n'));
  assert.deepEqual(digest.unrecognisedLines, [
    { line: 1, column: 1, text: 'stray' },
    { line: 10, column: 1, text: 'between' },
    { line: 13, column: 1, text: 'Vote: 4' },
  ]);
  assert.equal(digest.editions.length, 2);
  assert.deepEqual([digest.editions[0].date, digest.editions[0].heading, digest.editions[0].line], [null, '', 2]);
  assert.deepEqual(digest.blocks, [{ heading: 'Daily Papers', level: 1, line: 4, markdown: 'intro\n### [Not a paper](u)' }]);
  assert.equal(digest.editions[1].date, null);
  assert.equal(digest.editions[1].papers[0].arxivId, '2402.00002v2');
  assert.equal(digest.editions[1].papers[0].votes, 3);
  assert.deepEqual(digest.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`), [
    '1:1 ERROR UNRECOGNISED_LINE',
    '2:1 WARNING PAPER_OUTSIDE_EDITION',
    '9:18 ERROR INVALID_DATE',
    '10:1 ERROR UNRECOGNISED_LINE',
    '13:1 ERROR UNRECOGNISED_LINE',
  ]);
  assert.equal(digest.diagnostics[2].message, "'2024-02-30' is not a calendar date");
  assert.equal(digest.diagnostics[4].message, 'a second vote line in this paper; the first one counts');
});

test('media: a video link joins its player line, even across blank lines; a second media line is reported', () => {
  const paper = (lines) => parseDigest(['## Daily Papers (2025-01-01)', '### [T](u)', ...lines].join('\n'));
  let digest = paper(['[Watch Video](https://v/x.mp4)', '<div><video src="https://v/x.mp4"></video></div>']);
  assert.deepEqual(digest.editions[0].papers[0].media, { type: 'video', url: 'https://v/x.mp4' });
  assert.deepEqual(digest.diagnostics, []);
  digest = paper(['[Watch Video](https://v/x.mp4)', '', '<video src=https://v/x.mp4>']);
  assert.deepEqual(digest.diagnostics, []);
  digest = paper(['[Watch Video](https://v/x.mp4)', "<video src='https://v/other.mp4'></video>"]);
  assert.deepEqual(digest.editions[0].papers[0].media, { type: 'video', url: 'https://v/x.mp4' });
  assert.deepEqual(digest.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`),
    ['4:13 WARNING VIDEO_URL_MISMATCH']);
  assert.equal(digest.diagnostics[0].message, "the player's URL differs from its video link's URL; the link's URL is kept");
  digest = paper(['[Watch Video]https://v/y.mp4', '![](https://i/y.png)']);
  assert.deepEqual(digest.editions[0].papers[0].media, { type: 'video', url: 'https://v/y.mp4' });
  assert.deepEqual(digest.diagnostics.map((d) => d.code), ['VIDEO_LINK_WITHOUT_PARENS', 'UNRECOGNISED_LINE']);
  assert.equal(digest.diagnostics[1].message, 'a second media line in this paper; the first one counts');
  digest = paper(['<video controls></video>']);
  assert.equal(digest.diagnostics[0].message, 'media line without a readable URL');
});

test('values: votes, Python author lists, labels and headings as in Java', () => {
  const digest = parseDigest([
    '## Daily Papers (2025-01-01)',
    '### [A [bracket] title](https://arxiv.org/pdf/2501.00001.pdf',
    'Vote: 99999999999',
    'Authors: [\'A\', "B\'C", \'D\\\'E\', \'\']',
    '- ***Technical Details*: 3.2**: broken',
    '### [No link]',
    'Vote: -',
    'Authors: [\'A\', B]',
  ].join('\n'));
  const [first, second] = digest.editions[0].papers;
  assert.equal(first.title, 'A [bracket] title');
  assert.equal(first.url, 'https://arxiv.org/pdf/2501.00001.pdf');
  assert.equal(first.arxivId, '2501.00001');
  assert.equal(first.votes, null);
  assert.deepEqual(first.authors, ['A', "B'C", "D'E"]);
  assert.deepEqual(first.sections[0], { kind: 'POINT', label: null, text: '***Technical Details*: 3.2**: broken', line: 5 });
  assert.deepEqual([second.title, second.url, second.votes], ['No link', '', null]);
  assert.deepEqual(second.authors, ['A', 'B']);
  assert.deepEqual(digest.diagnostics.map((d) => d.code), ['MALFORMED_PAPER_HEADING', 'INVALID_VOTE', 'EMPTY_AUTHOR',
    'MALFORMED_LABEL', 'MALFORMED_PAPER_HEADING', 'VOTE_PLACEHOLDER', 'MALFORMED_AUTHOR_LIST']);
  assert.equal(digest.diagnostics[1].message, "vote count should be a number or '-', not '99999999999'");
});

test('blank lines are spaces and tabs only: a line of U+3000 or a form feed is text', () => {
  const digest = parseDigest('## Daily Papers (2025-01-01)\n \t \n\u3000\n\f\n');
  assert.deepEqual(digest.unrecognisedLines.map((l) => [l.line, l.text]), [[3, '\u3000'], [4, '\f']]);
});

test('positions: columns count code points; a byte order mark is not a column; lone \\r ends a line', () => {
  const digest = parseDigest('\uFEFF## Daily Papers (x)\r𝛼𝛼 stray\rmore');
  assert.deepEqual(digest.diagnostics.map((d) => [d.line, d.column]), [[1, 1], [2, 1], [3, 1]]);
  const second = parseDigest('## Daily Papers (2025-01-01)\n### [T](u)\nVote: 1\nAuthors: 𝛼𝛼, 𝛼𝛼\n- x');
  assert.deepEqual(second.diagnostics.map((d) => [d.code, d.line, d.column]), [['DUPLICATE_AUTHOR', 4, 14]]);
});

test('UTF-8 as the JDK decodes it: one U+FFFD per malformed sequence, one diagnostic per run', () => {
  const bytes = (...parts) => Uint8Array.from(parts.flat());
  const ascii = (s) => [...s].map((c) => c.charCodeAt(0));
  // An encoded surrogate (ED A0 80) is one malformed sequence for the JDK (three for TextDecoder).
  assert.deepEqual(decodeUtf8(bytes(ascii('a'), [0xed, 0xa0, 0x80], ascii('b'))), { text: 'a\uFFFDb', replacements: [1] });
  assert.deepEqual(decodeUtf8(bytes([0xe3, 0x81], ascii('x'), [0xe3, 0x81])).replacements, [0, 2]);
  assert.equal(decodeUtf8(bytes([0xf0, 0x80, 0x80, 0x80])).text, '\uFFFD\uFFFD\uFFFD\uFFFD');
  assert.equal(decodeUtf8(bytes([0xc0, 0xaf])).text, '\uFFFD\uFFFD');
  assert.equal(decodeUtf8(bytes([0xf0, 0x9f, 0x98, 0x80])).text, '😀');
  const digest = parseDigestBytes(bytes([0xef, 0xbb, 0xbf], ascii('x'), [0xff, 0xfe], ascii('\ny'), [0x80]), { source: 's' });
  assert.deepEqual(digest.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`),
    ['1:1 UNRECOGNISED_LINE', '1:2 INVALID_UTF8', '2:1 UNRECOGNISED_LINE', '2:2 INVALID_UTF8']);
  assert.equal(digest.unrecognisedLines[0].text, 'x\uFFFD\uFFFD');
});

test('JSON lines as Jackson writes them: upper-case hex in \\u escapes', () => {
  assert.equal(toJsonLine({ text: 'a\u001b\\u001b\b"' }), '{"text":"a\\u001B\\\\u001b\\b\\""}');
  const line = toJsonLine(parseDigest('## Daily Papers (2025-01-01)\n### [T](u)\n- x', { source: 'a.md' }));
  assert.equal(line, '{"schema":1,"source":"a.md","editions":[{"date":"2025-01-01","heading":"Daily Papers (2025-01-01)",'
    + '"line":1,"papers":[{"title":"T","url":"u","arxivId":null,"media":null,"votes":null,"authors":[],'
    + '"sections":[{"kind":"POINT","label":null,"text":"x","line":3}],"line":2}]}],"blocks":[],'
    + '"unrecognisedLines":[],"diagnostics":[]}');
});

test("an image's alt text is reported, trimmed, and the image is still the media", () => {
  const paper = (lines) => parseDigest(['## Daily Papers (2025-01-01)', '### [T](u)', ...lines, '- a'].join('\n'));
  const found = (digest) => digest.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
  const digest = paper(['![ a diagram ](https://i/a.png)']);
  assert.deepEqual(digest.editions[0].papers[0].media, { type: 'image', url: 'https://i/a.png' });
  assert.deepEqual(found(digest), ['3:4 WARNING IMAGE_ALT_TEXT']);
  assert.equal(digest.diagnostics[0].message, "the image's alt text is not part of the model; it is ignored");
  assert.deepEqual(found(paper(['![](https://i/a.png)'])), []);
  assert.deepEqual(found(paper(['![ \t](https://i/a.png)'])), []);
});

test('video tag lines that are the media: text that is neither the tag nor its URL is a warning', () => {
  const paper = (lines) => parseDigest(['## Daily Papers (2025-01-01)', '### [T](u)', ...lines, '- a'].join('\n'));
  const found = (digest) => digest.diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.code}`);
  for (const tag of ["<video src='https://v/a.mp4'></video>", '<div><video src="https://v/a.mp4"></video></div>',
    '<video src=https://v/a.mp4>']) {
    let digest = paper([`${tag} (영상) `]);
    assert.deepEqual(digest.editions[0].papers[0].media, { type: 'video', url: 'https://v/a.mp4' });
    assert.deepEqual(found(digest), [`3:${tag.length + 2} WARNING VIDEO_TAG_EXTRA_TEXT`], tag);
    assert.equal(digest.diagnostics[0].message, 'text in the video tag line is neither the tag nor its URL; it is ignored');
    digest = paper([`${tag} \t`]);
    assert.deepEqual(digest.diagnostics, [], tag);
  }
  // markup before the src, and text after a '>' that is not the closing tags
  assert.deepEqual(found(paper(["<video <b>controls</b> src='https://v/a.mp4' autoplay></video>"])),
    ['3:8 WARNING VIDEO_TAG_EXTRA_TEXT']);
  assert.deepEqual(found(paper(["<video controls src='https://v/a.mp4'></div></video>"])),
    ['3:45 WARNING VIDEO_TAG_EXTRA_TEXT']);
  // a player line: text after its tag, or no URL at all (all of the line, from its first column)
  assert.deepEqual(found(paper(['[Watch Video](https://v/a.mp4)', '', "<video src='https://v/a.mp4'></video>x"])),
    ['5:38 WARNING VIDEO_TAG_EXTRA_TEXT']);
  const noSrc = paper(['[Watch Video](https://v/a.mp4)', '<video controls></video>  ']);
  assert.deepEqual(noSrc.editions[0].papers[0].media, { type: 'video', url: 'https://v/a.mp4' });
  assert.deepEqual(found(noSrc), ['4:1 WARNING VIDEO_TAG_EXTRA_TEXT']);
  // a video tag line that is not the media is an unrecognised line, not checked
  assert.deepEqual(found(paper(['![](https://i/a.png)', "<video src='https://v/a.mp4'> x"])),
    ['4:1 ERROR UNRECOGNISED_LINE']);
});

test('an input that is clearly not text: nothing but one NOT_TEXT error', () => {
  const expected = (sample, suspect, line = 1) => ({
    schema: 1, source: 'b.md', editions: [], blocks: [], unrecognisedLines: [],
    diagnostics: [{
      severity: 'ERROR', code: 'NOT_TEXT', line, column: 1,
      message: `input is not text: ${suspect} of its first ${sample} characters are control characters or invalid`
        + ' UTF-8; nothing of it was parsed',
    }],
  });
  // a UTF-16 file: a NUL in every other char (its byte order mark is two replacements)
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Hi\n\n### [T](u)\n', 'utf16le')]);
  assert.deepEqual(parseDigestBytes(utf16, { source: 'b.md' }), expected(36, 19));
  // binary bytes: invalid UTF-8 counts with the controls
  const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0xff, 0xfe, 0x0a, 0x00]);
  assert.deepEqual(parseDigestBytes(binary, { source: 'b.md' }).diagnostics[0].message,
    expected(16, 12).diagnostics[0].message);
  // the thresholds: at least one control, at least 8 suspects, at least a quarter of the sample
  assert.deepEqual(parseDigest('\u0001'.repeat(8) + 'x'.repeat(24), { source: 'b.md' }), expected(32, 8));
  const codes = (text) => parseDigest(text).diagnostics.map((d) => d.code);
  assert.ok(!codes('\u0001'.repeat(8) + 'x'.repeat(25)).includes('NOT_TEXT'));
  assert.ok(!codes('\u0001'.repeat(7)).includes('NOT_TEXT'));
  assert.ok(!codes('\uFFFD'.repeat(100)).includes('NOT_TEXT'), 'replacements alone: a wrong 8-bit encoding');
  assert.deepEqual(codes('\u0000' + '\uFFFD'.repeat(20)), ['NOT_TEXT']);
  assert.ok(!codes('\t\n\u000B\u000C\r'.repeat(20)).includes('NOT_TEXT'), 'tab, line and page breaks are text');
  // only the first 4096 chars are looked at; a byte order mark counts as one of them
  assert.deepEqual(codes('\u007F\u001F'.repeat(600) + '## Daily Papers (2025-01-01)\n'), ['NOT_TEXT']);
  assert.ok(!codes('# Hi\n'.repeat(1000) + '\u0000'.repeat(5000)).includes('NOT_TEXT'));
  assert.equal(parseDigest('\uFEFF' + '\u0001'.repeat(8)).diagnostics[0].message,
    expected(9, 8).diagnostics[0].message);
  // the diagnostic is at the start, whatever line the input ends on
  assert.deepEqual(parseDigest('\n\n' + '\u0000'.repeat(10), { source: 'b.md' }), expected(12, 10));
  // checkText: false reads it as text, as Java's stream does
  assert.deepEqual(parseDigestBytes(utf16, { checkText: false }).diagnostics.map((d) => d.code).slice(0, 2),
    ['INVALID_UTF8', 'UNRECOGNISED_LINE']);
});

test('every code has a severity, as in Java and index.d.ts; parseDigest wants a string', async () => {
  const { readFileSync } = await import('node:fs');
  const java = readFileSync(new URL('../../../src/main/java/io/github/dailypapers/digest/model/DiagnosticCode.java',
    import.meta.url), 'utf8');
  const javaSeverities = Object.fromEntries([...java.matchAll(/^ {4}([A-Z0-9_]+)\(Severity\.([A-Z]+)\)/gm)]
    .map((m) => [m[1], m[2]]));
  assert.deepEqual({ ...SEVERITIES }, javaSeverities);
  assert.deepEqual(Object.keys(SEVERITIES), Object.keys(javaSeverities), 'in the order of the Java enum');
  const declarations = readFileSync(new URL('../index.d.ts', import.meta.url), 'utf8');
  const union = declarations.slice(declarations.indexOf('export type DiagnosticCode'), declarations.indexOf(';',
    declarations.indexOf('export type DiagnosticCode')));
  assert.deepEqual([...union.matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1]), Object.keys(SEVERITIES));
  assert.throws(() => parseDigest(Buffer.from('x')), TypeError);
  assert.equal(parseDigest('').source, null);
});

test('index.d.ts declares exactly the exports of index.mjs', async () => {
  const { readFileSync } = await import('node:fs');
  const declarations = readFileSync(new URL('../index.d.ts', import.meta.url), 'utf8');
  const declared = [...declarations.matchAll(/^export (?:function|const) (\w+)/gm)].map((m) => m[1]).sort();
  const exported = Object.keys(await import('../index.mjs')).sort();
  assert.deepEqual(declared, exported);
});
