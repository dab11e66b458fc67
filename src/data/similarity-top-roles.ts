// The best `first` roles of a ranking, by score and then role id, kept in a bounded heap while every role is offered:
// a ranking over 100,000 roles keeps 10 instead of sorting them all.
import type { ScoredRole } from './similarity-rank.js';

/** The best `k` of the offered roles by score, then role id; best first. */
export class TopRoles {
  private readonly heap: ScoredRole[] = [];
  constructor(private readonly k: number) {}
  private static better = (a: ScoredRole, b: ScoredRole) => a.score > b.score || (a.score === b.score && a.roleId < b.roleId);

  offer(roleId: string, score: number): void {
    const heap = this.heap;
    if (heap.length < this.k) {
      heap.push({ roleId, score });
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!TopRoles.better(heap[parent], heap[i])) break;
        [heap[parent], heap[i]] = [heap[i], heap[parent]];
        i = parent;
      }
    } else if (this.k > 0 && (score > heap[0].score || (score === heap[0].score && roleId < heap[0].roleId))) {
      heap[0] = { roleId, score };
      for (let i = 0; ;) {
        const [left, right] = [2 * i + 1, 2 * i + 2];
        let worst = i;
        if (left < heap.length && TopRoles.better(heap[worst], heap[left])) worst = left;
        if (right < heap.length && TopRoles.better(heap[worst], heap[right])) worst = right;
        if (worst === i) break;
        [heap[worst], heap[i]] = [heap[i], heap[worst]];
        i = worst;
      }
    }
  }

  best(): ScoredRole[] {
    return [...this.heap].sort((a, b) => (TopRoles.better(a, b) ? -1 : TopRoles.better(b, a) ? 1 : 0));
  }
}
