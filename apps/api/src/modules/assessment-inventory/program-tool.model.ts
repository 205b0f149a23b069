import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ToolCategory } from '@rollout/domain';
import { ToolCategoryEnum } from './assessment-inventory.enums.js';

@ObjectType('ProgramTool', { description: 'A tool in a program’s inventory (assessment).' })
export class ProgramToolModel {
  @Field(() => ID, { description: 'Stable id.' })
  id: string;

  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field({ description: 'Tool name.' })
  name: string;

  @Field(() => ToolCategoryEnum, { description: 'Category; redundancy is counted per category.' })
  category: ToolCategory;

  /** Resolved to `units` by a field resolver. */
  @Field(() => [ID], { description: 'Units using the tool.' })
  unitIds: string[];

  @Field(() => Int, { description: 'Annual cost in whole US dollars.' })
  annualCost: number;

  /** Resolved to `owner` by a field resolver. */
  @Field(() => ID, { nullable: true, description: 'The user who owns the tool, if they have an account.' })
  ownerId: string | null;

  @Field({ description: 'A named person who owns the tool (when not a user); empty when none.' })
  ownerName: string;

  @Field(() => String, { nullable: true, description: 'Contract renewal date (YYYY-MM-DD), if known.' })
  renewalDate: string | null;

  @Field(() => Int, { description: 'Version for optimistic concurrency.' })
  version: number;
}

@ObjectType('ToolRedundancy', { description: 'A tool category holding two tools or more, with what overlap costs.' })
export class ToolRedundancyModel {
  @Field(() => ToolCategoryEnum, { description: 'The category.' })
  category: ToolCategory;

  @Field(() => Int, { description: 'Tools in the category.' })
  toolCount: number;

  @Field(() => Int, { description: 'What the category’s tools cost a year, in US dollars.' })
  totalAnnualCost: number;

  @Field(() => ID, { description: 'The tool the category would keep: the one used by the most units (ties: the cheaper).' })
  keptToolId: string;

  @Field({ description: 'Name of the tool the category would keep.' })
  keptToolName: string;

  @Field(() => Int, { description: 'Yearly cost of overlap: everything the category spends above the kept tool, in US dollars.' })
  overlapAnnualCost: number;

  @Field({ description: 'The category in words: “4 analytics platforms, $310k a year”.' })
  summary: string;

  @Field({ description: 'The saving in words: “Consolidating on Looker would save up to $220k a year.”' })
  savingSentence: string;
}
