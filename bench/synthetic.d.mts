export declare function rng(seed: number): () => number;
export declare function syntheticCsv(n: number, seed?: number): string;
