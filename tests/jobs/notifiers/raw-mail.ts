const ENCODED_WORD = /=\?[^?]+\?([BbQq])\?([^?]*)\?=/g;
/** Adjacent encoded words: the whitespace between them is not part of the text (RFC 2047 §6.2). */
const ENCODED_RUN = /=\?[^?]+\?[BbQq]\?[^?]*\?=(?:\s+=\?[^?]+\?[BbQq]\?[^?]*\?=)*/g;

const quotedPrintableBytes = (text: string): Buffer => {
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '=') {
      bytes.push(Number.parseInt(text.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(text.charCodeAt(index));
    }
  }
  return Buffer.from(bytes);
};

const decodeWords = (value: string): string =>
  value.replace(ENCODED_RUN, (run) =>
    Buffer.concat(
      [...run.matchAll(ENCODED_WORD)].map(([, encoding = '', text = '']) =>
        encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintableBytes(text.replaceAll('_', ' ')),
      ),
    ).toString('utf8'),
  );

const decodeBody = (body: string, transferEncoding: string | undefined): string => {
  switch (transferEncoding?.toLowerCase()) {
    case 'base64':
      return Buffer.from(body, 'base64').toString('utf8');
    case 'quoted-printable':
      return quotedPrintableBytes(body.replace(/=\r\n/g, '')).toString('utf8');
    default:
      return body;
  }
};

/** Just enough MIME to read a single-part text mail: decoded headers by lower-case name, and the text. */
export function readMail(raw: string): { headers: Map<string, string>; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of raw.slice(0, split).replace(/\r\n(?=[ \t])/g, '').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).trim().toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const text = decodeBody(raw.slice(split + 4), headers.get('content-transfer-encoding')).replace(/\r\n/g, '\n');
  return { headers, text };
}
