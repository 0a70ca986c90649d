export declare const NODE_BUILTINS: string[];
export declare const LAYERS: { folder: string; forbidden: string[] }[];
