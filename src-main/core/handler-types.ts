import type { ApiCall } from '@common/api/calls';
import type { ApiOutput, ApiParsed } from '@common/api/contract';
import type { Session } from './session';

export type Handler<C extends ApiCall> = (session: Session, input: ApiParsed<C>) => ApiOutput<C> | Promise<ApiOutput<C>>;

/** The handlers of every call whose name starts with one of the prefixes. */
export type HandlerMap<Prefix extends string> = { [C in Extract<ApiCall, `${Prefix}${string}`>]: Handler<C> };
