/** How many pilots and lessons are tagged with a catalog activity. */
export interface ActivityTagCount {
  pilots: number;
  lessons: number;
}

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Why a catalog activity cannot be removed while pilots or lessons are tagged with it: they would
 * lose what they are about. Names the activity and what to retag first.
 */
export function taggedActivityMessage(activityName: string, tagged: ActivityTagCount): string {
  const parts = [tagged.pilots > 0 ? counted(tagged.pilots, 'pilot', 'pilots') : null, tagged.lessons > 0 ? counted(tagged.lessons, 'lesson', 'lessons') : null].filter(
    (part) => part !== null,
  );
  return `${activityName} is the tag of ${parts.join(' and ')}; tag them with another activity before removing it.`;
}
