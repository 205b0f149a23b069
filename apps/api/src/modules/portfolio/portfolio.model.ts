import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ATTENTION_KIND_LABELS, ATTENTION_KINDS, type AttentionKind } from '@rollout/domain';
import { described, enumOf } from '../../common/graphql/enums.js';

export const AttentionKindEnum = enumOf(ATTENTION_KINDS);
registerEnumType(AttentionKindEnum, { name: 'AttentionKind', description: 'Why something across the portfolio needs attention.', valuesMap: described(ATTENTION_KIND_LABELS) });

@ObjectType('AttentionItem', { description: 'Something across the portfolio that needs attention, linked to the record behind it.' })
export class AttentionItemModel {
  @Field(() => AttentionKindEnum, { description: 'What kind of thing it is.' })
  kind: AttentionKind;

  @Field(() => ID, { description: 'Its program.' })
  programId: string;

  @Field({ description: 'The program’s name.' })
  programName: string;

  @Field({ description: 'What it is about, in a sentence.' })
  text: string;

  @Field({ description: 'The app path of the record behind it.' })
  link: string;

  @Field(() => Int, { description: 'Days late (0 for what is coming).' })
  daysLate: number;
}

@ObjectType('AttentionList', { description: 'The first items of the portfolio’s attention list, and how many there are.' })
export class AttentionListModel {
  @Field(() => Int, { description: 'Items in the whole list.' })
  totalCount: number;

  @Field(() => [AttentionItemModel], { description: 'The first items, late before coming.' })
  items: AttentionItemModel[];
}
