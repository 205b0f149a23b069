import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType('SignOffDesignInput', { description: 'Records the steering committee’s sign-off of the current design draft (program owner, leads, admins); it joins the decision log.' })
export class SignOffDesignInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => Int, { description: 'The version you saw (the current draft).' })
  version: number;

  @Field(() => String, { nullable: true, description: 'Who agreed and on what terms (at most 2,000 characters).' })
  note?: string | null;
}

@InputType('StartDesignVersionInput', { description: 'Starts the next draft after a signed-off version, to change the design (program owner, leads, admins).' })
export class StartDesignVersionInput {
  @Field(() => ID, { description: 'The program.' })
  programId: string;

  @Field(() => Int, { description: 'The signed-off version you saw.' })
  version: number;
}
