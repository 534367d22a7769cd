import { mkdir, open, readFile, rm } from "node:fs/promises";
import path from "node:path";

/**
 * Take the cache folder for one build: two builds writing one cache's site at
 * once would mix their files. A lock left by a process that no longer runs is
 * taken over. Returns the function that releases it.
 */
export async function acquireLock(cacheDir: string): Promise<() => Promise<void>> {
  const file = path.join(cacheDir, "build.lock");
  await mkdir(cacheDir, { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(file, "wx");
      await handle.write(String(process.pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
      const holder = Number(await readFile(file, "utf8").catch(() => ""));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new Error(`Another build (process ${holder}) is using the cache folder \`${cacheDir}\`; wait for it to finish, or give this build its own --cache-dir.`);
      }
      await rm(file, { force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
