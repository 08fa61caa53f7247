// Decodes UTF-8 bytes exactly as the Java library does (internal/Utf8Decoder: the JDK's UTF-8
// CharsetDecoder with each malformed sequence replaced by one U+FFFD), remembering where each
// replacement is so the reader can report it.
//
// Valid input takes TextDecoder's fast path. Invalid input is decoded here because the JDK and
// the WHATWG decoder (TextDecoder) disagree on how many bytes one replacement covers in a few
// cases (an encoded surrogate such as ED A0 80 is one malformed sequence for the JDK, three for
// WHATWG), and the count shows in the text and in every column after it.

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const isCont = (b) => (b & 0xc0) === 0x80;

/**
 * @param {Uint8Array} bytes
 * @returns {{text: string, replacements: number[]}} the text (a BOM kept as U+FEFF) and the
 *   UTF-16 indexes of the U+FFFD chars that replaced malformed bytes
 */
export function decodeUtf8(bytes) {
  try {
    return { text: strict.decode(bytes), replacements: [] };
  } catch {
    return decodeReplacing(bytes);
  }
}

function decodeReplacing(bytes) {
  const units = [];
  const replacements = [];
  let chunk = '';
  const n = bytes.length;
  let length = 0; // UTF-16 units so far
  const flush = () => {
    if (units.length > 0) {
      chunk += String.fromCharCode.apply(null, units);
      units.length = 0;
    }
  };
  const push = (u) => {
    units.push(u);
    length++;
    if (units.length >= 8192) {
      flush();
    }
  };
  const malformed = (count) => {
    replacements.push(length);
    push(0xfffd);
    return count;
  };
  let i = 0;
  while (i < n) {
    const b1 = bytes[i];
    const remaining = n - i;
    if (b1 < 0x80) {
      push(b1);
      i++;
    } else if ((b1 & 0xe0) === 0xc0 && (b1 & 0x1e) !== 0) {
      // 2 bytes: [C2..DF] [80..BF]
      if (remaining < 2) {
        i += malformed(remaining);
      } else if (!isCont(bytes[i + 1])) {
        i += malformed(1);
      } else {
        push(((b1 & 0x1f) << 6) | (bytes[i + 1] & 0x3f));
        i += 2;
      }
    } else if ((b1 & 0xf0) === 0xe0) {
      // 3 bytes
      const b2 = bytes[i + 1];
      if (remaining < 3) {
        const bad2 = remaining > 1 && ((b1 === 0xe0 && (b2 & 0xe0) === 0x80) || !isCont(b2));
        i += malformed(bad2 ? 1 : remaining);
        continue;
      }
      const b3 = bytes[i + 2];
      if ((b1 === 0xe0 && (b2 & 0xe0) === 0x80) || !isCont(b2) || !isCont(b3)) {
        i += malformed((b1 === 0xe0 && (b2 & 0xe0) === 0x80) || !isCont(b2) ? 1 : 2);
        continue;
      }
      const c = ((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
      if (c >= 0xd800 && c <= 0xdfff) {
        i += malformed(3);
      } else {
        push(c);
        i += 3;
      }
    } else if ((b1 & 0xf8) === 0xf0) {
      // 4 bytes
      const b2 = bytes[i + 1];
      const bad2 = (x) => b1 > 0xf4 || (b1 === 0xf0 && (x < 0x90 || x > 0xbf))
        || (b1 === 0xf4 && (x & 0xf0) !== 0x80) || !isCont(x);
      if (remaining < 4) {
        if (b1 > 0xf4 || (remaining > 1 && bad2(b2))) {
          i += malformed(1);
        } else if (remaining > 2 && !isCont(bytes[i + 2])) {
          i += malformed(2);
        } else {
          i += malformed(remaining);
        }
        continue;
      }
      const b3 = bytes[i + 2];
      const b4 = bytes[i + 3];
      const uc = ((b1 & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
      if (!isCont(b2) || !isCont(b3) || !isCont(b4) || uc < 0x10000 || uc > 0x10ffff) {
        i += malformed(bad2(b2) ? 1 : !isCont(b3) ? 2 : 3);
        continue;
      }
      push(0xd800 + ((uc - 0x10000) >> 10));
      push(0xdc00 + ((uc - 0x10000) & 0x3ff));
      i += 4;
    } else {
      i += malformed(1);
    }
  }
  flush();
  return { text: chunk, replacements };
}
