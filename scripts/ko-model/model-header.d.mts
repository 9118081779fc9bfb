/** Types of model-header.mjs, for the test that compares the committed model's header with it. */
export declare const settings: Record<string, unknown>;
export declare function modelHeader(): { sources: Record<string, string>; settings: Record<string, unknown> };
