/** 1 pt = 20 twips (twentieths of a point), the unit of most WordprocessingML lengths. */
export function twips(pt: number): number {
  return Math.round(pt * 20)
}

/** Font sizes in WordprocessingML are half-points. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2)
}

export function mmToPt(mm: number): number {
  return (mm * 72) / 25.4
}
