// Where a key moves the active cell of the grid (WAI-ARIA APG data grid keys).
export interface Pos {
  row: number;
  col: number;
}

const PAGE = 10;

export function moveBy(key: string, ctrl: boolean, at: Pos, rows: number, cols: number): Pos | null {
  const clamp = (row: number, col: number): Pos => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'PageUp':
      return clamp(at.row - PAGE, at.col);
    case 'PageDown':
      return clamp(at.row + PAGE, at.col);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(at.row, cols - 1);
    default:
      return null;
  }
}
