/** A file the importer cannot read as a whole (malformed XML or JSON, an unknown encoding): nothing of it is written. */
export class FileError extends Error {
  override name = "FileError";
  /** 1-based line of the problem, when known. */
  readonly line: number | undefined;
  /** 1-based column of the problem, when known. */
  readonly column: number | undefined;

  /** `message` says what is wrong in an editor's words; `line` and `column` say where. */
  constructor(message: string, line?: number, column?: number) {
    super(message);
    this.line = line;
    this.column = column;
  }
}
