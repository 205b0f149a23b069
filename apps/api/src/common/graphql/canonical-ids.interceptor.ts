import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { DomainError, id, type FieldError } from '@rollout/domain';
import { getNullableType, isInputObjectType, isListType, isScalarType, type GraphQLInputType, type GraphQLResolveInfo } from 'graphql';
import type { Observable } from 'rxjs';

const NOT_AN_ID = 'Not a valid id.';

/**
 * The edge where ids enter through GraphQL: every `ID` argument and every `ID` field of an input
 * (at any depth, in lists too) is validated as a UUID and replaced by its lower-case spelling
 * before the resolver runs, so services, the domain and SQL only ever compare canonical ids.
 * It runs after the guards: an unauthenticated or wrong-role caller learns nothing from it.
 */
@Injectable()
export class CanonicalIdsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      const info = gql.getInfo<GraphQLResolveInfo>();
      const args = gql.getArgs<Record<string, unknown>>();
      const definitions = info.parentType.getFields()[info.fieldName]?.args ?? [];
      const errors: FieldError[] = [];
      for (const arg of definitions) {
        if (!(arg.name in args)) continue;
        // Field errors are paths into an input object (`unitIds.1`), or the bare argument's name.
        const path = isInputObjectType(getNullableType(arg.type)) ? [] : [arg.name];
        args[arg.name] = canonicalValue(arg.type, args[arg.name], path, errors);
      }
      if (errors.length) throw new DomainError('BAD_USER_INPUT', NOT_AN_ID, errors);
    }
    return next.handle();
  }
}

function canonicalValue(type: GraphQLInputType, value: unknown, path: string[], errors: FieldError[]): unknown {
  if (value === null || value === undefined) return value;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    return Array.isArray(value) ? value.map((item, index) => canonicalValue(nullable.ofType, item, [...path, String(index)], errors)) : value;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return value;
    const fields = nullable.getFields();
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        const field = fields[key];
        return [key, field ? canonicalValue(field.type, item, [...path, key], errors) : item];
      }),
    );
  }
  if (isScalarType(nullable) && nullable.name === 'ID') {
    const parsed = id.safeParse(value);
    if (parsed.success) return parsed.data;
    errors.push({ field: path.join('.') || '_', message: NOT_AN_ID });
  }
  return value;
}
