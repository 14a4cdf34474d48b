/**
 * @module lib/json-locations
 * Parses JSON strictly and maps a path inside the document back to its line and column, so that
 * an error about `papers.3.sections.1.kind` can say „Zeile 48“.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface Located {
  line: number;
  column: number;
}

export type StrictParse = { ok: true; value: unknown; locate(path: (string | number)[]): Located } | { ok: false; errors: (Located & { message: string })[] };

const syntaxMessages: Record<string, string> = {
  InvalidSymbol: 'ungültiges Zeichen',
  InvalidNumberFormat: 'ungültige Zahl',
  PropertyNameExpected: 'Feldname erwartet',
  ValueExpected: 'Wert erwartet',
  ColonExpected: 'Doppelpunkt erwartet',
  CommaExpected: 'Komma erwartet',
  CloseBraceExpected: 'schließende geschweifte Klammer erwartet',
  CloseBracketExpected: 'schließende eckige Klammer erwartet',
  EndOfFileExpected: 'Dateiende erwartet',
  InvalidCommentToken: 'Kommentare sind in JSON nicht erlaubt',
  UnexpectedEndOfComment: 'unerwartetes Ende eines Kommentars',
  UnexpectedEndOfString: 'Zeichenkette nicht abgeschlossen',
  UnexpectedEndOfNumber: 'Zahl nicht abgeschlossen',
  InvalidUnicode: 'ungültige Unicode-Escape-Sequenz',
  InvalidEscapeCharacter: 'ungültige Escape-Sequenz',
  InvalidCharacter: 'ungültiges Zeichen in Zeichenkette',
};

export function locateOffset(text: string, offset: number): Located {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseJsonStrict(text: string): StrictParse {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length) {
    return {
      ok: false,
      errors: errors.map((e) => {
        const code = printParseErrorCode(e.error);
        return { ...locateOffset(text, e.offset), message: syntaxMessages[code] ?? code };
      }),
    };
  }
  const tree = parseTree(text);
  return {
    ok: true,
    value,
    locate(path) {
      // walk up until a node exists: a missing field is reported at the object that lacks it
      for (let n = path.length; n >= 0; n--) {
        const node: Node | undefined = tree ? findNodeAtLocation(tree, path.slice(0, n)) : undefined;
        if (node) return locateOffset(text, node.parent?.type === 'property' && n > 0 ? node.parent.offset : node.offset);
      }
      return { line: 1, column: 1 };
    },
  };
}

/** By line and column, each problem once (two checks may both name a path). */
export function inDocumentOrder<T extends Located & { path: string; message: string }>(problems: readonly T[]): T[] {
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.path}\n${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
