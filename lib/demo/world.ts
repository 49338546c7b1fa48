/**
 * The demo world on disk: `<level>`, `<level>_nether` and `<level>_the_end`
 * (the layout Paper and Spigot use, which backups must cope with), each with
 * a gzipped NBT `level.dat` (the previous one kept as `level.dat_old`) and
 * Anvil region files (`region/`, `DIM-1/region/`, `DIM1/region/`) holding a
 * chunk each; online players get `playerdata/`, `stats/` and
 * `advancements/` files. Every save rewrites them with fresh timestamps.
 *
 * @module
 */
import { join } from "node:path";
import { atomicWriteFile } from "../util/atomic_write.ts";
import type { DemoVersion } from "./jar.ts";
import {
  compress,
  encodeNbt,
  nbtByte,
  nbtCompound,
  nbtDouble,
  nbtInt,
  nbtLong,
  nbtString,
  type NbtValue,
} from "./nbt.ts";
import type { DemoPlayer } from "./players.ts";

/** The data version of 1.21.4, written into every NBT file. */
export const DATA_VERSION = 4189;

/** One dimension and where it is stored. */
export interface DemoDimension {
  /** The dimension's key, e.g. `minecraft:the_nether`. */
  key: string;
  /** The folder beside the server, e.g. `world_nether`. */
  folder: string;
  /** The storage name vanilla logs (`world`, `DIM-1`, `DIM1`); also the sub-folder of the last two. */
  storage: string;
  /** The region files written, e.g. `r.0.0`. */
  regions: string[];
}

/**
 * The three dimensions of a level.
 *
 * @param levelName The `level-name` property.
 * @returns Overworld, nether, end.
 */
export function dimensionsOf(levelName: string): DemoDimension[] {
  return [
    {
      key: "minecraft:overworld",
      folder: levelName,
      storage: levelName,
      regions: ["r.0.0", "r.-1.0", "r.0.-1", "r.-1.-1"],
    },
    {
      key: "minecraft:the_nether",
      folder: `${levelName}_nether`,
      storage: "DIM-1",
      regions: ["r.0.0"],
    },
    {
      key: "minecraft:the_end",
      folder: `${levelName}_the_end`,
      storage: "DIM1",
      regions: ["r.0.0"],
    },
  ];
}

/** Writes the demo world. */
export class DemoWorld {
  #directory: string;
  #levelName: string;
  #version: DemoVersion;
  #seed: bigint;
  #startedAt = Date.now();

  /**
   * @param directory The server's directory.
   * @param levelName The `level-name` property.
   * @param version The version written into `level.dat`.
   * @param seed The world seed.
   */
  constructor(directory: string, levelName: string, version: DemoVersion, seed: bigint) {
    this.#directory = directory;
    this.#levelName = levelName;
    this.#version = version;
    this.#seed = seed;
  }

  /** The dimensions, in the order vanilla saves them. */
  get dimensions(): DemoDimension[] {
    return dimensionsOf(this.#levelName);
  }

  /** @returns Whether the level already has a `level.dat`. */
  async exists(): Promise<boolean> {
    try {
      await Deno.stat(join(this.#directory, this.#levelName, "level.dat"));
      return true;
    } catch (error) {
      if (error instanceof Deno.errors.NotFound) return false;
      throw error;
    }
  }

  /** Writes `session.lock` (the snowman vanilla writes when it takes the level). */
  async lock(): Promise<void> {
    const dir = join(this.#directory, this.#levelName);
    await Deno.mkdir(dir, { recursive: true });
    await Deno.writeTextFile(join(dir, "session.lock"), "☃");
  }

  /**
   * Saves everything: level data, regions and the players' files.
   *
   * @param players The online players.
   */
  async save(players: readonly DemoPlayer[]): Promise<void> {
    const now = Date.now();
    for (const dim of this.dimensions) {
      const base = join(this.#directory, dim.folder);
      const regionDir = dim.folder === this.#levelName
        ? join(base, "region")
        : join(base, dim.storage, "region");
      await Deno.mkdir(regionDir, { recursive: true });
      await this.#writeLevelDat(base, now);
      for (const name of dim.regions) {
        await Deno.writeFile(
          join(regionDir, `${name}.mca`),
          await regionFile(name, now, this.#ticks(now)),
        );
      }
    }
    await this.#savePlayers(players);
  }

  #ticks(now: number): bigint {
    return BigInt(Math.floor((now - this.#startedAt) / 50));
  }

  /** Like vanilla: the old `level.dat` becomes `level.dat_old`, the new one lands atomically. */
  async #writeLevelDat(base: string, now: number): Promise<void> {
    const path = join(base, "level.dat");
    try {
      await Deno.copyFile(path, join(base, "level.dat_old"));
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
    const ticks = this.#ticks(now);
    const data = nbtCompound({
      DataVersion: nbtInt(DATA_VERSION),
      LevelName: nbtString(this.#levelName),
      version: nbtInt(19133),
      initialized: nbtByte(1),
      LastPlayed: nbtLong(BigInt(now)),
      Time: nbtLong(ticks),
      DayTime: nbtLong(ticks % 24000n),
      GameType: nbtInt(0),
      Difficulty: nbtByte(1),
      hardcore: nbtByte(0),
      SpawnX: nbtInt(0),
      SpawnY: nbtInt(64),
      SpawnZ: nbtInt(0),
      Version: nbtCompound({
        Id: nbtInt(DATA_VERSION),
        Name: nbtString(this.#version.name),
        Series: nbtString("main"),
        Snapshot: nbtByte(0),
      }),
      WorldGenSettings: nbtCompound({
        seed: nbtLong(this.#seed),
        generate_features: nbtByte(1),
        bonus_chest: nbtByte(0),
      }),
    });
    await atomicWriteFile(path, await compress(encodeNbt({ Data: data }), "gzip"));
  }

  async #savePlayers(players: readonly DemoPlayer[]): Promise<void> {
    const base = join(this.#directory, this.#levelName);
    for (const sub of ["playerdata", "stats", "advancements"]) {
      await Deno.mkdir(join(base, sub), { recursive: true });
    }
    for (const player of players) {
      const nbt: Record<string, NbtValue> = {
        DataVersion: nbtInt(DATA_VERSION),
        Dimension: nbtString("minecraft:overworld"),
        Health: nbtDouble(20),
        playerGameType: nbtInt(0),
        XpLevel: nbtInt(0),
      };
      await atomicWriteFile(
        join(base, "playerdata", `${player.uuid}.dat`),
        await compress(encodeNbt(nbt), "gzip"),
      );
      await Deno.writeTextFile(
        join(base, "stats", `${player.uuid}.json`),
        JSON.stringify({ stats: {}, DataVersion: DATA_VERSION }),
      );
      await Deno.writeTextFile(
        join(base, "advancements", `${player.uuid}.json`),
        JSON.stringify({ DataVersion: DATA_VERSION }, null, 2),
      );
    }
  }
}

/**
 * An Anvil region file with one chunk (the one nearest the origin): an
 * 8 KiB header (locations, then timestamps), then the chunk's sector:
 * big-endian length, compression type 2 (zlib), the chunk's NBT.
 */
async function regionFile(name: string, now: number, ticks: bigint): Promise<Uint8Array> {
  const [, rx, rz] = name.split(".").map(Number);
  const cx = rx < 0 ? -1 : 0;
  const cz = rz < 0 ? -1 : 0;
  const chunk = await compress(
    encodeNbt({
      DataVersion: nbtInt(DATA_VERSION),
      xPos: nbtInt(cx),
      zPos: nbtInt(cz),
      yPos: nbtInt(-4),
      Status: nbtString("minecraft:full"),
      LastUpdate: nbtLong(ticks),
      InhabitedTime: nbtLong(ticks),
    }),
    "deflate",
  );
  const sectors = Math.ceil((chunk.length + 5) / 4096);
  const out = new Uint8Array(8192 + sectors * 4096);
  const view = new DataView(out.buffer);
  const index = (cx & 31) + (cz & 31) * 32;
  view.setUint32(index * 4, (2 << 8) | sectors, false);
  view.setUint32(4096 + index * 4, Math.floor(now / 1000), false);
  view.setUint32(8192, chunk.length + 1, false);
  out[8196] = 2;
  out.set(chunk, 8197);
  return out;
}
