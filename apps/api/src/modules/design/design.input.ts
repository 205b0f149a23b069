import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { DesignDimensionKey, Placement } from '@rollout/domain';
import { DesignDimensionKeyEnum, PlacementEnum } from './design.enums.js';

@InputType('SavePlacementInput', {
  description: 'Places a catalog activity in the target model (program owner, leads, admins). Without expectedVersion it places an unplaced activity; with it, it changes the placement you saw. Sending what is saved changes nothing.',
})
export class SavePlacementInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The activity (one of the program’s catalog).' })
  activityId: string;

  @Field(() => PlacementEnum, { description: 'Hub, spokes or shared.' })
  placement: Placement;

  @Field(() => String, { nullable: true, description: 'One line saying why (at most 200 characters); empty when left out.' })
  reason?: string | null;

  @Field(() => DesignDimensionKeyEnum, { nullable: true, description: 'The dimension the activity answers to instead of its capability’s default; null or left out for the default.' })
  dimension?: DesignDimensionKey | null;

  @Field(() => Int, { nullable: true, description: 'The version of the placement you saw; null or left out for an unplaced activity.' })
  expectedVersion?: number | null;
}

@InputType('ClearPlacementInput', { description: 'Takes an activity’s placement out of the target model (program owner, leads, admins). Clearing an unplaced activity changes nothing.' })
export class ClearPlacementInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field(() => Int, { description: 'The version of the placement you saw.' })
  expectedVersion: number;
}

@InputType('SetDimensionEmphasisInput', {
  description: 'Sets how far one design dimension leans central or local (program owner, leads, admins). Without expectedVersion it replaces the default; with it, the emphasis you saw. Sending what is saved changes nothing.',
})
export class SetDimensionEmphasisInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => DesignDimensionKeyEnum, { description: 'The dimension.' })
  dimension: DesignDimensionKey;

  @Field(() => Int, { description: 'Emphasis: −2 strongly local, −1 leans local, 0 neutral, +1 leans central, +2 strongly central.' })
  emphasis: number;

  @Field(() => Int, { nullable: true, description: 'The version of the saved emphasis you saw; null or left out while the default applies.' })
  expectedVersion?: number | null;
}
