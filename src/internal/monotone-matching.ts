/**
 * A set of pairs (x, y) that never cross, answering whether one more fits in O(log n): two
 * Fenwick trees over x, of the largest y taken left of a point and the smallest right of it.
 */
export class MonotoneMatching {
  private readonly leftMax: Int32Array;
  private readonly rightMin: Int32Array;
  private readonly takenX: Uint8Array;
  private readonly takenY = new Set<number>();

  constructor(private readonly size: number) {
    this.leftMax = new Int32Array(size + 1).fill(-1);
    this.rightMin = new Int32Array(size + 1).fill(0x7fffffff);
    this.takenX = new Uint8Array(size);
  }

  /** Whether (x, y) shares no side with a pair taken and crosses none; `x` below `size`. */
  fits(x: number, y: number): boolean {
    if (this.takenX[x] === 1 || this.takenY.has(y)) return false;
    let left = -1;
    for (let node = x; node > 0; node -= node & -node) {
      left = Math.max(left, this.leftMax[node] as number);
    }
    let right = 0x7fffffff;
    for (let node = this.size - 1 - x; node > 0; node -= node & -node) {
      right = Math.min(right, this.rightMin[node] as number);
    }
    return left < y && y < right;
  }

  add(x: number, y: number): void {
    this.takenX[x] = 1;
    this.takenY.add(y);
    for (let node = x + 1; node <= this.size; node += node & -node) {
      this.leftMax[node] = Math.max(this.leftMax[node] as number, y);
    }
    // Mirrored index: x counts from the right, so a prefix of it is everything right of x.
    for (let node = this.size - x; node <= this.size; node += node & -node) {
      this.rightMin[node] = Math.min(this.rightMin[node] as number, y);
    }
  }
}
