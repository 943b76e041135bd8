import type { Context } from './index';
/** Make a @datadog/datadog-api-client configuration take its credentials from credplug. */
export declare function useCredplug<T extends object>(configuration: T, ctx?: Context): T;
