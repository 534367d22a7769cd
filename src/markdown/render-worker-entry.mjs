// Worker threads load the TypeScript worker through tsx's scoped API instead of
// inheriting `--import tsx`: the global hooks slow rendering in workers by ~40%.
import { tsImport } from "tsx/esm/api";

const worker = await tsImport("./render-worker.ts", import.meta.url);
export default worker.default;
