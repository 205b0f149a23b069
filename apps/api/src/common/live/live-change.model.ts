import { Field, ID, ObjectType } from '@nestjs/graphql';
import { isInUnitScope, type Actor } from '@rollout/domain';

@ObjectType('LiveChange', { description: 'Something changed on a page a subscriber is looking at: ids only, the client reads the records again.' })
export class LiveChangeModel {
  @Field(() => ID, { description: 'The program it happened in.' })
  programId: string;

  @Field(() => ID, { nullable: true, description: 'The pilot, when it is about one.' })
  pilotId?: string | null;

  @Field(() => ID, { description: 'The unit it is about.' })
  unitId: string;
}

/** A unit's event reaches a partner only for units in their scope; everyone else reads every unit. */
export function unitEventVisible(actor: Actor, unitId: string): boolean {
  return actor.role !== 'regional_partner' || isInUnitScope(actor, unitId);
}
