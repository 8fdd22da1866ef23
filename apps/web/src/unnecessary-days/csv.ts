export type Cell = string | number | null | undefined;

const quoted = (cell: Cell) => {
  const text = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * RFC 4180 CSV, with a byte-order mark so spreadsheet programs read å, ä and ö as UTF-8, and a
 * formula-looking text made inert so a care link's name cannot run as a formula when opened.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const inert = (cell: Cell) =>
    typeof cell === 'string' && /^[=+\-@]/.test(cell) && Number.isNaN(Number(cell)) ? `'${cell}` : cell;
  return `\ufeff${[header, ...rows].map((row) => row.map((c) => quoted(inert(c))).join(',')).join('\r\n')}\r\n`;
}

export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
