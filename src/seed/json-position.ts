// JSON with positions: JSON.parse, and when it fails, the line and column of the first error.

type JsonResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/** JSON.parse, plus the line and column of a syntax error (JSON.parse does not always give one). */
export function parseJson(text: string): JsonResult {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const found = findSyntaxError(body) ?? { offset: 0, message: error instanceof Error ? error.message : String(error) };
    const before = body.slice(0, found.offset).split('\n');
    return { ok: false, line: before.length, column: before.at(-1)!.length + 1, message: found.message };
  }
}

/** A small recursive-descent JSON scanner whose only job is to say where the first error is. */
function findSyntaxError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  const fail = (expected: string): never => {
    const found = i < text.length ? `'${text[i]}'` : 'end of file';
    throw Object.assign(new Error(`expected ${expected}, found ${found}`), { offset: i });
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (char: string, expected: string) => (text[i] === char ? i++ : fail(expected));
  const string = () => {
    expect('"', 'a double-quoted string');
    for (;;) {
      if (i >= text.length) fail('a closing quote');
      const char = text[i]!;
      if (char === '"') return void i++;
      if (char < ' ') fail('a closing quote (control characters must be escaped)');
      if (char === '\\') {
        i++;
        if (text[i] === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) i += 5;
        else if (i < text.length && '"\\/bfnrt'.includes(text[i]!)) i++;
        else fail('a valid escape sequence');
      } else i++;
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text[i];
    if (char === '{') {
      i++;
      skipSpace();
      if (text[i] === '}') return void i++;
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail('a double-quoted property name');
        string();
        skipSpace();
        expect(':', "':' after the property name");
        value();
        skipSpace();
        if (text[i] === ',') i++;
        else return void expect('}', "',' or '}' after the property value");
      }
    }
    if (char === '[') {
      i++;
      skipSpace();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        skipSpace();
        if (text[i] === ',') i++;
        else return void expect(']', "',' or ']' after the array element");
      }
    }
    if (char === '"') return string();
    const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    number.lastIndex = i;
    if (number.test(text)) return void (i = number.lastIndex);
    for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, i)) return void (i += literal.length);
    fail('a value');
  };
  try {
    value();
    skipSpace();
    if (i < text.length) fail('end of file after the top-level value');
    return undefined;
  } catch (error) {
    return { offset: (error as { offset: number }).offset, message: (error as Error).message };
  }
}
