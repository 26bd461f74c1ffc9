import type { FontKey } from './fonts';
import type { Writer } from './writer';

/** One paragraph of a cell: a bold name, a lettered guide ("a." hangs), an italic note. */
export interface Para {
  text: string;
  font?: FontKey;
  /** Printed before the first line; the following lines hang under the text. */
  prefix?: string;
}

export interface CellSpec {
  paras: Para[];
  align?: 'left' | 'center';
  fill?: string;
  /** Columns this cell covers (rows without a sub-table only). */
  colSpan?: number;
  size?: number;
}

/**
 * A row. Without `sub`, `cells` cover the columns left to right. With `sub`, `cells` cover every column outside
 * `from…to` (in order) and span the whole row, while the columns `from…to` hold stacked sub-rows: one RHK with
 * its several IKI, each IKI one sub-row.
 */
export interface RowSpec {
  cells: CellSpec[];
  sub?: { from: number; to: number; rows: CellSpec[][] };
  /** A section title ("A. UTAMA") that must not end a page. */
  keepWithNext?: boolean;
}

export interface TableSpec {
  /** Column widths in points; scaled to the writer's content width when they add up differently. */
  columns: number[];
  header: RowSpec[];
  rows: RowSpec[];
  size: number;
  padding?: number;
  /** Left edge; the content box's by default. */
  x?: number;
}

interface Line {
  text: string;
  font: FontKey;
  /** Offset from the box's text start (the hanging indent after a prefix). */
  dx: number;
  /** Printed at the box's text start on this line ("a.", "1."). */
  prefix?: string;
}

interface Box {
  x: number;
  w: number;
  lines: Line[];
  size: number;
  align: 'left' | 'center';
  fill?: string;
}

interface SubRow {
  boxes: Box[];
  height: number;
}

interface MeasuredRow {
  boxes: Box[];
  sub: SubRow[] | null;
  subX: number;
  subW: number;
  height: number;
  keepWithNext: boolean;
}

export const HEADER_FILL = '#e7e7e7';

export function text(value: string, font?: FontKey): CellSpec {
  return { paras: [{ text: value, ...(font ? { font } : {}) }] };
}

export function centered(value: string, font?: FontKey): CellSpec {
  return { ...text(value, font), align: 'center' };
}

export function headerCell(value: string, colSpan?: number): CellSpec {
  return {
    paras: [{ text: value, font: 'bold' }],
    align: 'center',
    fill: HEADER_FILL,
    ...(colSpan ? { colSpan } : {}),
  };
}

/**
 * Draws a bordered table at the writer's cursor. Cells wrap inside their width; a row that does not fit the
 * rest of the page moves to the next page when it fits a whole page, otherwise it is split between two lines
 * (each cell keeps what fits, the rest continues in the same column); the header rows are repeated on every
 * page the table reaches.
 */
export function drawTable(w: Writer, spec: TableSpec): void {
  const pad = spec.padding ?? 3;
  const x0 = spec.x ?? w.left;
  const total = spec.columns.reduce((a, b) => a + b, 0);
  const scale = spec.x === undefined ? w.width / total : 1;
  const widths = spec.columns.map((c) => c * scale);
  const edges = [x0];
  for (const width of widths) edges.push(edges.at(-1)! + width);

  const measureCell = (cell: CellSpec, x: number, width: number): Box => {
    const size = cell.size ?? spec.size;
    const lines: Line[] = [];
    const inner = width - 2 * pad;
    for (const para of cell.paras) {
      const font = para.font ?? 'regular';
      const indent = para.prefix ? w.measure.width(`${para.prefix} `, font, size) : 0;
      const wrapped = w.measure.wrap(para.text, font, size, inner - indent);
      wrapped.forEach((t, i) => {
        lines.push({ text: t, font, dx: indent, ...(i === 0 && para.prefix ? { prefix: para.prefix } : {}) });
      });
    }
    return {
      x,
      w: width,
      lines,
      size,
      align: cell.align ?? 'left',
      ...(cell.fill ? { fill: cell.fill } : {}),
    };
  };

  const boxHeight = (b: Box) => Math.max(1, b.lines.length) * w.lineHeight(b.size) + 2 * pad;

  const measureCells = (cells: CellSpec[], columns: number[]): Box[] => {
    const boxes: Box[] = [];
    let c = 0;
    for (const cell of cells) {
      const span = cell.colSpan ?? 1;
      const col = columns[c]!;
      const lastCol = columns[c + span - 1]!;
      boxes.push(measureCell(cell, edges[col]!, edges[lastCol + 1]! - edges[col]!));
      c += span;
    }
    return boxes;
  };

  const fitHeight = (row: MeasuredRow) => {
    const own = Math.max(0, ...row.boxes.map(boxHeight));
    const subs = row.sub ? row.sub.reduce((s, r) => s + r.height, 0) : 0;
    row.height = Math.max(own, subs);
    return row;
  };

  const measureRow = (row: RowSpec): MeasuredRow => {
    const all = widths.map((_, i) => i);
    if (!row.sub) {
      return fitHeight({
        boxes: measureCells(row.cells, all),
        sub: null,
        subX: 0,
        subW: 0,
        height: 0,
        keepWithNext: row.keepWithNext ?? false,
      });
    }
    const { from, to } = row.sub;
    const outer = all.filter((i) => i < from || i >= to);
    const inner = all.filter((i) => i >= from && i < to);
    const sub = row.sub.rows.map((cells) => {
      const boxes = measureCells(cells, inner);
      return { boxes, height: Math.max(...boxes.map(boxHeight)) };
    });
    return fitHeight({
      boxes: measureCells(row.cells, outer),
      sub,
      subX: edges[from]!,
      subW: edges[to]! - edges[from]!,
      height: 0,
      keepWithNext: row.keepWithNext ?? false,
    });
  };

  /** Cuts a row so its first part fits `room`; null when not even one line fits. */
  const split = (row: MeasuredRow, room: number): [MeasuredRow, MeasuredRow] | null => {
    const cutBox = (b: Box, space: number): [Box, Box] => {
      const n = Math.max(0, Math.floor((space - 2 * pad) / w.lineHeight(b.size) + 1e-6));
      return [
        { ...b, lines: b.lines.slice(0, n) },
        { ...b, lines: b.lines.slice(n) },
      ];
    };
    const outer = row.boxes.map((b) => cutBox(b, room));
    let headSub: SubRow[] | null = null;
    let tailSub: SubRow[] | null = null;
    if (row.sub) {
      headSub = [];
      tailSub = [];
      let used = 0;
      for (const s of row.sub) {
        if (tailSub.length === 0 && used + s.height <= room) {
          headSub.push(s);
          used += s.height;
          continue;
        }
        if (tailSub.length === 0 && room - used > 2 * pad) {
          const parts = s.boxes.map((b) => cutBox(b, room - used));
          if (parts.some(([head]) => head.lines.length > 0)) {
            headSub.push({ boxes: parts.map((p) => p[0]), height: room - used });
            tailSub.push({ boxes: parts.map((p) => p[1]), height: 0 });
            used = room;
            continue;
          }
        }
        tailSub.push(s);
      }
      for (const s of tailSub) s.height = Math.max(...s.boxes.map(boxHeight));
    }
    const headLines =
      outer.reduce((n, [h]) => n + h.lines.length, 0) +
      (headSub ?? []).reduce((n, s) => n + s.boxes.reduce((m, b) => m + b.lines.length, 0), 0);
    if (headLines === 0) return null;
    const base = { subX: row.subX, subW: row.subW, keepWithNext: false, height: 0 };
    const head = fitHeight({ ...base, boxes: outer.map((p) => p[0]), sub: headSub });
    const tail = fitHeight({ ...base, boxes: outer.map((p) => p[1]), sub: tailSub });
    return [head, tail];
  };

  const header = spec.header.map(measureRow);
  const headerHeight = header.reduce((s, r) => s + r.height, 0);
  const drawHeader = () => {
    for (const row of header) {
      drawRow(w, row, pad);
      w.y += row.height;
    }
  };
  const rows = spec.rows.map(measureRow);
  const minLines = (r: MeasuredRow) => Math.min(r.height, w.lineHeight(spec.size) * 2 + 2 * pad);

  // The header with the first row's first lines must fit, or the table starts on the next page.
  w.ensure(headerHeight + (rows[0] ? minLines(rows[0]) : 0));
  drawHeader();
  const breakPage = () => {
    w.newPage();
    drawHeader();
  };

  for (let i = 0; i < rows.length; i++) {
    let row = rows[i]!;
    const next = rows[i + 1];
    const needed = row.keepWithNext && next ? row.height + minLines(next) : row.height;
    if (needed <= w.remaining()) {
      drawRow(w, row, pad);
      w.y += row.height;
      continue;
    }
    // A row that fits a fresh page moves there whole, unless that would leave much of this page empty: then it
    // breaks between lines like a form typed in a word processor (with "allow row to break across pages").
    const fresh = w.pageRoom - headerHeight;
    const wasteful = w.remaining() > w.pageRoom * 0.3;
    if (row.keepWithNext || (row.height <= fresh && !wasteful)) {
      breakPage();
      drawRow(w, row, pad);
      w.y += row.height;
      continue;
    }
    // Split: fill this page, continue on the next ones.
    for (;;) {
      const parts = w.remaining() > 2 * pad ? split(row, w.remaining()) : null;
      if (parts) {
        drawRow(w, parts[0], pad);
        w.y += parts[0].height;
        row = parts[1];
      }
      breakPage();
      if (row.height <= w.remaining()) {
        drawRow(w, row, pad);
        w.y += row.height;
        break;
      }
    }
  }
}

interface Placed {
  box: Box;
  y: number;
  height: number;
}

/** Fills first, then text, then every border in one stroke (a fill would otherwise paint pending borders). */
function drawRow(w: Writer, row: MeasuredRow, pad: number): void {
  const doc = w.doc;
  const placed: Placed[] = row.boxes.map((box) => ({ box, y: w.y, height: row.height }));
  if (row.sub) {
    let y = w.y;
    row.sub.forEach((s, i) => {
      const height = i === row.sub!.length - 1 ? w.y + row.height - y : s.height;
      for (const box of s.boxes) placed.push({ box, y, height });
      y += height;
    });
  }
  let filled = false;
  for (const p of placed) {
    if (!p.box.fill) continue;
    doc.rect(p.box.x, p.y, p.box.w, p.height).fill(p.box.fill);
    filled = true;
  }
  if (filled) w.resetState();
  for (const { box, y } of placed) {
    const lh = w.lineHeight(box.size);
    let ly = y + pad;
    for (const line of box.lines) {
      const options = { font: line.font, size: box.size };
      if (line.prefix) w.line(line.prefix, box.x + pad, ly, options);
      if (box.align === 'center') w.lineCentered(line.text, box.x + pad, box.w - 2 * pad, ly, options);
      else w.line(line.text, box.x + pad + line.dx, ly, options);
      ly += lh;
    }
  }
  for (const p of placed) doc.rect(p.box.x, p.y, p.box.w, p.height);
  if (row.sub && row.sub.length === 0) doc.rect(row.subX, w.y, row.subW, row.height);
  doc.lineWidth(0.6).strokeColor('#000000').stroke();
}
