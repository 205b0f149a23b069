import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DesignDimensionKey, DesignShiftKind, Placement } from '@rollout/domain';
import { DesignDimensionKeyEnum, DesignShiftKindEnum, PlacementEnum } from './design.enums.js';

@ObjectType('ActivityPlacement', { description: 'Where one catalog activity sits in the target model, and why.' })
export class ActivityPlacementModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The activity placed.' })
  activityId: string;

  @Field({ description: 'The activity’s name.' })
  activityName: string;

  @Field(() => PlacementEnum, { description: 'Hub, spokes or shared.' })
  placement: Placement;

  @Field({ description: 'One line saying why; empty when none was given.' })
  reason: string;

  @Field(() => DesignDimensionKeyEnum, { nullable: true, description: 'The dimension the activity answers to instead of its capability’s default; null = the default.' })
  dimension: DesignDimensionKey | null;

  @Field(() => Int, { description: 'Version; send it back as expectedVersion.' })
  version: number;
}

@ObjectType('DesignActivity', { description: 'A catalog activity as the design shows it: the dimension it answers to and its placement.' })
export class DesignActivityModel {
  @Field(() => ID, { description: 'The activity’s id.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field({ description: 'The capability it sits under.' })
  capabilityName: string;

  @Field(() => DesignDimensionKeyEnum, { nullable: true, description: 'The dimension it answers to (its override, else its capability’s default); null under a capability without a default until it has an override.' })
  dimension: DesignDimensionKey | null;

  @Field(() => ActivityPlacementModel, { nullable: true, description: 'Its placement; null while unplaced.' })
  placement: ActivityPlacementModel | null;
}

@ObjectType('DesignCapability', { description: 'A capability of the catalog with its activities, in grid order.' })
export class DesignCapabilityModel {
  @Field(() => ID, { description: 'The capability’s id.' })
  id: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => [DesignActivityModel], { description: 'Its activities, in grid order.' })
  activities: DesignActivityModel[];
}

@ObjectType('DesignDimension', { description: 'A design dimension and how far the program leans central or local on it.' })
export class DesignDimensionModel {
  @Field(() => DesignDimensionKeyEnum, { description: 'The dimension.' })
  key: DesignDimensionKey;

  @Field(() => Int, { description: 'The program’s emphasis, −2 strongly local … +2 strongly central; the default until one is set.' })
  emphasis: number;

  @Field(() => Int, { description: 'The default emphasis (selective centralization).' })
  defaultEmphasis: number;

  @Field(() => Int, { nullable: true, description: 'Version of the saved emphasis; null while the default applies (send null as expectedVersion).' })
  version: number | null;
}

@ObjectType('PlacementFlag', { description: 'A placement that goes against its dimension’s emphasis, for the workshop to discuss.' })
export class PlacementFlagModel {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field(() => DesignDimensionKeyEnum, { description: 'The dimension whose emphasis it goes against.' })
  dimension: DesignDimensionKey;

  @Field({ description: 'The flag in words, with names and labels.' })
  sentence: string;
}

@ObjectType('DesignShift', { description: 'One activity in a current-vs-target list.' })
export class DesignShiftModel {
  @Field(() => ID, { description: 'The activity.' })
  activityId: string;

  @Field({ description: 'The activity’s name.' })
  activityName: string;

  @Field(() => [String], { description: 'Names of the units the sentence is about (the central team is not a unit).' })
  unitNames: string[];

  @Field({ description: 'What changes, in words.' })
  sentence: string;
}

@ObjectType('DesignShiftList', { description: 'One list of the current-vs-target comparison, with its count.' })
export class DesignShiftListModel {
  @Field(() => DesignShiftKindEnum, { description: 'Which list.' })
  kind: DesignShiftKind;

  @Field(() => Int, { description: 'Activities in the list.' })
  count: number;

  @Field(() => [DesignShiftModel], { description: 'The activities, in catalog order.' })
  items: DesignShiftModel[];
}

@ObjectType('ProgramDesign', { description: 'The Design phase’s placements: where each activity sits, the dimensions’ emphasis, flags, and the current state compared with the target.' })
export class ProgramDesignModel {
  @Field(() => ID, { description: 'The program’s id (one design per program).' })
  id: string;

  @Field(() => [DesignCapabilityModel], { description: 'The catalog by capability, each activity with its placement.' })
  capabilities: DesignCapabilityModel[];

  @Field(() => [ActivityPlacementModel], { description: 'Saved placements, in catalog order.' })
  placements: ActivityPlacementModel[];

  @Field(() => [DesignDimensionModel], { description: 'The six dimensions, in their usual order, with the program’s emphasis.' })
  dimensions: DesignDimensionModel[];

  @Field(() => [PlacementFlagModel], { description: 'Placements against their dimension’s emphasis, in catalog order.' })
  flags: PlacementFlagModel[];

  @Field(() => [DesignActivityModel], { description: 'Activities without a placement, in catalog order.' })
  unplacedActivities: DesignActivityModel[];

  @Field(() => [DesignShiftListModel], { description: 'The current state (the assessment) compared with the target: every list, in the order the view shows them.' })
  currentVsTarget: DesignShiftListModel[];
}
