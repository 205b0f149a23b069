// Short, common, unambiguous words: easy to read out and type, and 303 of them give ~8.2 bits each.
const WORDS: readonly string[] = [
  'acorn', 'actor', 'adapt', 'admit', 'adobe', 'agent', 'alarm', 'album', 'alert', 'alpha', 'amber', 'ample',
  'angle', 'apple', 'apron', 'arena', 'argue', 'arrow', 'aspen', 'atlas', 'attic', 'audio', 'autumn', 'avoid',
  'award', 'bacon', 'badge', 'bagel', 'baker', 'bamboo', 'banjo', 'barley', 'basil', 'basin', 'beach', 'beacon',
  'beard', 'berry', 'bison', 'blade', 'blanket', 'blaze', 'blend', 'bloom', 'board', 'bonus', 'border', 'breeze',
  'brick', 'bridge', 'brook', 'brush', 'bucket', 'bugle', 'butter', 'cabin', 'cactus', 'camel', 'canal', 'candle',
  'canoe', 'canyon', 'carbon', 'cargo', 'carpet', 'castle', 'cedar', 'cellar', 'chalk', 'charm', 'cherry', 'chess',
  'cider', 'cinema', 'circle', 'civic', 'clover', 'cobalt', 'cocoa', 'comet', 'copper', 'coral', 'cotton', 'crane',
  'crater', 'crayon', 'credit', 'cricket', 'crisp', 'crown', 'cube', 'cycle', 'daisy', 'dance', 'delta', 'denim',
  'desert', 'diary', 'dinner', 'dolphin', 'domain', 'donkey', 'dragon', 'drift', 'drum', 'dune', 'eagle', 'earth',
  'easel', 'echo', 'eclipse', 'elbow', 'ember', 'emerald', 'engine', 'equal', 'ether', 'fabric', 'falcon', 'fancy',
  'feather', 'fence', 'fern', 'ferry', 'fiber', 'fiddle', 'field', 'finch', 'fjord', 'flame', 'flint', 'flute',
  'forest', 'fossil', 'fountain', 'frost', 'fudge', 'galaxy', 'garden', 'garlic', 'gazebo', 'gecko', 'gentle',
  'geyser', 'ginger', 'glacier', 'globe', 'goose', 'granite', 'grape', 'gravel', 'guitar', 'habit', 'hammer',
  'harbor', 'harvest', 'hazel', 'helmet', 'heron', 'hiking', 'honey', 'horizon', 'hotel', 'humble', 'igloo',
  'indigo', 'island', 'ivory', 'jacket', 'jade', 'jasmine', 'jelly', 'jigsaw', 'jockey', 'journal', 'jungle',
  'juniper', 'kayak', 'kernel', 'kettle', 'kitten', 'koala', 'ladder', 'lagoon', 'lantern', 'laptop', 'lemon',
  'lilac', 'linen', 'lizard', 'lobster', 'locket', 'lotus', 'lunar', 'magnet', 'mango', 'maple', 'marble', 'meadow',
  'melon', 'mentor', 'meteor', 'mimosa', 'mirror', 'mitten', 'mosaic', 'muffin', 'mural', 'napkin', 'nectar',
  'needle', 'nickel', 'noodle', 'nugget', 'oasis', 'ocean', 'olive', 'onion', 'orbit', 'orchid', 'otter', 'oyster',
  'paddle', 'pagoda', 'panda', 'paper', 'parrot', 'pastel', 'peach', 'pebble', 'pepper', 'piano', 'pillow', 'pilot',
  'planet', 'plum', 'pocket', 'polar', 'poppy', 'potato', 'prism', 'pumpkin', 'puzzle', 'quartz', 'quill', 'quiver',
  'rabbit', 'radar', 'radish', 'raven', 'ribbon', 'ripple', 'river', 'robin', 'rocket', 'rustic', 'saddle',
  'saffron', 'salmon', 'sandal', 'sapphire', 'scarf', 'season', 'shadow', 'shell', 'silver', 'sketch', 'sparrow',
  'spice', 'spiral', 'sprout', 'squash', 'summit', 'sunset', 'table', 'tango', 'teapot', 'temple', 'thistle',
  'thunder', 'tiger', 'timber', 'toast', 'topaz', 'torch', 'tulip', 'tunnel', 'turtle', 'umber', 'unicorn', 'valley',
  'velvet', 'violin', 'voyage', 'walnut', 'walrus', 'willow', 'window', 'winter', 'wizard', 'yogurt', 'zebra',
  'zephyr',
];

/** A uniformly random integer in [0, n) from the browser's CSPRNG (rejection sampling, no modulo bias). */
function randomBelow(n: number): number {
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < limit) return value % n;
  }
}

/** Words in a generated passphrase; with the number this is ~48 bits, far beyond online guessing. */
export const PASSPHRASE_WORDS = 5;

/**
 * A strong random passphrase such as `maple-orbit-quill-raven-ferry-47`: five words and a number,
 * 25–45 characters, so it passes the domain's 12–200 character rule and is easy to pass on.
 */
export function generatePassphrase(): string {
  const words = Array.from({ length: PASSPHRASE_WORDS }, () => WORDS[randomBelow(WORDS.length)] ?? 'maple');
  const number = String(10 + randomBelow(90));
  return [...words, number].join('-');
}
