// JSON text as the Java CLI writes it (Jackson's compact generator): the same as
// JSON.stringify for these objects, except that Jackson writes the \u escapes of control
// characters with upper-case hex digits ("\u001B", where JSON.stringify writes "\u001b").

/** One compact JSON line of a digest object, without the line end. */
export function toJsonLine(value) {
  return JSON.stringify(value).replace(/\\(\\|u00[0-9a-f]{2})/g,
    (escape, what) => (what === '\\' ? escape : escape.toUpperCase().replace('\\U', '\\u')));
}
