import assert from "node:assert/strict";
import { join } from "node:path";
import { withTmpDir } from "../../../tests/helpers/tmp.ts";
import {
  acceptEula,
  diagnoseStartFailure,
  isDiagnosticLine,
  javaAdvice,
  javaMajor,
} from "./start_diagnosis.ts";

const CLASS_LINE =
  "\tjava.lang.UnsupportedClassVersionError: net/minecraft/bundler/Main has been " +
  "compiled by a more recent version of the Java Runtime (class file version 65.0), this " +
  "version of the Java Runtime only recognizes class file versions up to 61.0";

Deno.test("diagnoseStartFailure() names the Java a server needs and the one that ran it", () => {
  assert.ok(isDiagnosticLine(CLASS_LINE));
  const diagnosis = diagnoseStartFailure([CLASS_LINE], "/srv/mc");
  assert.equal(diagnosis?.kind, "java");
  assert.match(diagnosis!.message, /needs Java 21 or newer/);
  assert.match(diagnosis!.message, /class file version 65\b/);
  assert.match(diagnosis!.message, /started with Java 17$/);
  assert.match(javaAdvice(21, 17), /the java on PATH is Java 17 \(java -version\)/);
  assert.match(javaAdvice(21, "absent"), /there is no java on PATH/);
});

Deno.test("diagnoseStartFailure() explains an unaccepted EULA and how to accept it", () => {
  const line = "\x1b[33m[12:00:00] [ServerMain/INFO]: You need to agree to the EULA in order to " +
    "run the server. Go to eula.txt for more info.\x1b[0m";
  assert.ok(isDiagnosticLine(line));
  const diagnosis = diagnoseStartFailure([line], "/srv/mc");
  assert.equal(diagnosis?.kind, "eula");
  assert.match(diagnosis!.message, /EULA is not accepted/);
  assert.match(diagnosis!.message, /https:\/\/aka\.ms\/MinecraftEULA/);
  assert.match(diagnosis!.message, /eula=true in \/srv\/mc\/eula\.txt/);
  assert.match(diagnosis!.message, /server\.acceptEula true/);
  assert.equal(diagnoseStartFailure(["[12:00:00] Done"], "/srv/mc"), null);
});

Deno.test("javaMajor() reads old and new version strings", () => {
  assert.equal(javaMajor('openjdk version "17.0.15" 2025-04-15'), 17);
  assert.equal(javaMajor('java version "1.8.0_392"'), 8);
  assert.equal(javaMajor('openjdk version "21" 2023-09-19'), 21);
  assert.equal(javaMajor("nonsense"), null);
});

Deno.test("acceptEula() sets eula=true, keeping vanilla's comment lines", async () => {
  await using dir = await withTmpDir();
  const path = join(dir.path, "eula.txt");
  await Deno.writeTextFile(
    path,
    "#By changing the setting below to TRUE...\n#Sat Dec 06\neula=false\n",
  );
  await acceptEula(dir.path);
  assert.equal(
    await Deno.readTextFile(path),
    "#By changing the setting below to TRUE...\n#Sat Dec 06\neula=true\n",
  );
  await Deno.remove(path);
  await acceptEula(dir.path);
  assert.match(await Deno.readTextFile(path), /^#.*\neula=true\n$/);
});
