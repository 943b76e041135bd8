// Types of the credplug Node binding (index.js).
export type Auth = string[] | string | null;
export type HeaderPair = [string, string];

export interface ContextOptions {
  config?: string;
  configJson?: string | object;
  flags?: number;
}

export declare class CredplugError extends Error {
  readonly status: number;
  readonly code: string;
}

export declare class Context {
  static readonly FLAGS: {
    STRICT: 1; NO_CONFIG_FILE: 2; NO_MODULES: 4; INTERACTIVE: 8; DUMPABLE_SECRETS: 16;
  };
  static readonly FIELDS: { api_key: 0; app_key: 1; pat: 2; site: 3 };
  constructor(opts?: ContextOptions);
  headers(method: string, url: string, auth: Auth): HeaderPair[];
  headersAsync(method: string, url: string, auth: Auth): Promise<HeaderPair[]>;
  set(field: 'api_key' | 'app_key' | 'pat' | 'site' | number, value: string | null): void;
  resolve(): void;
  resolveAsync(): Promise<void>;
  reject(method: string, url: string, auth: Auth, httpStatus: number): boolean;
  rejectAsync(method: string, url: string, auth: Auth, httpStatus: number): Promise<boolean>;
  explain(): Record<string, unknown>;
  close(): void;
}

export declare const FLAGS: typeof Context.FLAGS;
export declare const FIELDS: typeof Context.FIELDS;
export declare function version(): string;
