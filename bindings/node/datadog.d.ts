import type { Context } from './index';
/** Make a @datadog/datadog-api-client configuration take its credentials from credplug. */
export declare function useCredplug<T extends object>(configuration: T, ctx?: Context): T;
/** The security list the client's factory applied to `requestContext` under useCredplug (a comma list, '' for none); undefined when `configuration` is not credplug-managed. For tests and benchmarks. */
export declare function recordedList(configuration: object, requestContext: object): string | undefined;
