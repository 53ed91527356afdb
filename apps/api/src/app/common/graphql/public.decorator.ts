import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'impactReview:isPublic';

/**
 * Operations are private by default: the global guard rejects anonymous calls unless the
 * handler says it is public, so a forgotten decorator fails closed.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
