import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from './request-context';

/** The signed-in person (id and venue roles) as the session guard resolved it. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return GqlExecutionContext.create(context).getContext<RequestContext>().actor;
});

/** The whole request context, for resolvers that set cookies or use loaders. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  return GqlExecutionContext.create(context).getContext<RequestContext>();
});
