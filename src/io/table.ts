/**
 * A table (表): columns with Chinese and English headers, and rows of cells — what the exporters
 * write and the result, rejection and summary tables are made of.
 *
 * @module
 */

/** One output column: a stable key (NDJSON field name) and its Chinese and English headers. */
export interface TableColumn {
  key: string;
  zh: string;
  en: string;
  /** Written to NDJSON only (e.g. the codes beside the labels): CSV and XLSX tables leave it out. */
  ndjsonOnly?: boolean;
}

/**
 * A cell: text, a number, a yes/no, a list, or empty. A list is a JSON array in NDJSON and its items
 * joined with "；" (", " … "; " in English tables) in CSV and XLSX; an empty list is an empty cell.
 */
export type TableCell = string | number | boolean | readonly string[] | null | undefined;

/** A row: values by column key (keys not in the column spec are not written). */
export type TableRow = Readonly<Record<string, TableCell>>;

