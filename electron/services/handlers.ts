import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { CallerContext } from './context';

export type Handler<M extends MethodName> = (
  ctx: CallerContext,
  input: ParsedInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/** One implementation per contract method; both transports call through the same table. */
export type HandlerTable = { [M in MethodName]: Handler<M> };

/** The handlers of the methods named `<prefix>.…` (a domain's part of the table), e.g. `HandlersOf<'complaints'>`. */
export type HandlersOf<Prefix extends string> = {
  [M in MethodName as M extends `${Prefix}.${string}` ? M : never]: Handler<M>;
};
