// Which resource refers to which, so a new reference is added only when it closes no cycle:
// Terraform refuses a configuration whose resources depend on each other in a loop ("Cycle: …").
// Declared (whole-value) references point from a child to its parent type and never loop; references
// found inside strings can point anywhere (a queue policy naming a topic whose policy names the queue).

export class ReferenceGraph<T> {
  private readonly edges = new Map<T, Set<T>>();

  add(from: T, to: T): void {
    let out = this.edges.get(from);
    if (out === undefined) {
      out = new Set();
      this.edges.set(from, out);
    }
    out.add(to);
  }

  /** True when `from` referring to `to` would close a loop: `to` already reaches `from` (or is it). */
  wouldCycle(from: T, to: T): boolean {
    if (from === to) return true;
    if (this.edges.get(from)?.has(to)) return false; // already there, so already known not to loop
    if (!this.edges.has(to)) return false; // refers to nothing (a bucket, a topic): the common case
    const seen = new Set<T>([to]);
    const stack = [to];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
      const next = this.edges.get(node);
      if (next === undefined) continue;
      for (const n of next) {
        if (n === from) return true;
        if (!seen.has(n)) {
          seen.add(n);
          stack.push(n);
        }
      }
    }
    return false;
  }
}
