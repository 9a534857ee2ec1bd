/** Types of bench/stages.mjs (the bench's stage grouping), for the tests. */
export declare const STAGES: readonly string[];
export declare const MODULE_STAGES: readonly [string, RegExp][];
export declare function stageOfModule(module: string): string | undefined;
export declare function moduleOf(callFrame: { url: string; lineNumber: number; functionName: string }): string | undefined;
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number; scriptId?: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime?: number;
  endTime?: number;
}
export declare function stagesOf(
  profiles: CpuProfile[],
  households: number,
): {
  households: number;
  profiledMs: number;
  microsPerHousehold: number;
  stages: { stage: string; ms: number; microsPerHousehold: number; share: number; top: { name: string; ms: number }[] }[];
  unnamedModules: { module: string; ms: number }[];
};
export declare function readProfiles(dir: string): CpuProfile[];
