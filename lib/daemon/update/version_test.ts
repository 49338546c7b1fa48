import assert from "node:assert/strict";
import fc from "fast-check";
import { compareVersions, parseVersion } from "./version.ts";

Deno.test("compareVersions() orders releases, pre-releases, candidates and the 2026 scheme", () => {
  const ordered = [
    "1.8.9",
    "1.9",
    "1.14 Pre-Release 1",
    "1.14",
    "1.20.6",
    "1.21",
    "1.21.4",
    "1.21.5-pre1",
    "1.21.5-pre2",
    "1.21.5-rc1",
    "1.21.5",
    "1.21.9",
    "1.21.10",
    "26.1-snapshot-1",
    "26.1-snapshot-2",
    "26.1-pre-1",
    "26.1-rc-1",
    "26.1",
    "26.1.1",
    "26.2",
  ];
  for (let i = 0; i < ordered.length; i++) {
    for (let j = 0; j < ordered.length; j++) {
      assert.equal(
        compareVersions(ordered[i], ordered[j]),
        Math.sign(i - j),
        `${ordered[i]} vs ${ordered[j]}`,
      );
    }
  }
});

Deno.test("compareVersions() orders weekly snapshots and refuses to guess against releases", () => {
  assert.equal(compareVersions("25w14a", "25w03a"), 1);
  assert.equal(compareVersions("24w45b", "24w45a"), 1);
  assert.equal(compareVersions("24w01a", "23w51b"), 1);
  assert.equal(compareVersions("25w02a", "1.21.4"), null);
  assert.equal(compareVersions("3D Shareware v1.34", "1.14"), null);
  assert.equal(parseVersion("not a version"), null);
});

Deno.test("compareVersions() is antisymmetric on generated release ids", () => {
  const id = fc.tuple(
    fc.array(fc.nat(30), { minLength: 1, maxLength: 4 }),
    fc.option(fc.tuple(fc.constantFrom("-pre", "-rc", "-snapshot-", "-pre-", "-rc-"), fc.nat(9))),
  ).map(([nums, stage]) => nums.join(".") + (stage ? `${stage[0]}${stage[1]}` : ""));
  fc.assert(fc.property(id, id, (a, b) => {
    const ab = compareVersions(a, b);
    const ba = compareVersions(b, a);
    assert.notEqual(ab, null);
    assert.equal(ab, ba === null ? null : -ba || 0);
  }));
});
