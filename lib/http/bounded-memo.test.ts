import { describe, expect, it } from "vitest";
import { BoundedMemo } from "./bounded-memo";

describe("BoundedMemo", () => {
  it("makes each value once, and forgets the oldest past its limit", () => {
    const memo = new BoundedMemo<string, number>(2);
    let made = 0;
    const make = (n: number) => () => (made++, n);
    expect(memo.get("a", make(1))).toBe(1);
    expect(memo.get("a", make(9))).toBe(1);
    expect(made).toBe(1);
    memo.get("b", make(2));
    memo.get("c", make(3));
    expect(memo.size).toBe(2);
    expect(memo.get("a", make(4))).toBe(4);
    expect(made).toBe(4);
  });

  it("keeps no value whose key is longer than it allows", () => {
    const memo = new BoundedMemo<string, number>(10, 8);
    memo.get("x".repeat(9), () => 1);
    expect(memo.size).toBe(0);
    expect(memo.get("x".repeat(9), () => 2)).toBe(2);
  });
});
