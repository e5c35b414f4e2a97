// The aims a player can rank before the first term: what they are trying to achieve. The ranking is kept with the
// game's set-up so it travels with saves and run codes, but the model never reads it: it changes no result.

/** Every aim, in the default order offered to the player. */
export const AIM_IDS = ['cooperation', 'lives', 'support', 'sovereignty', 'law'] as const;

export type AimId = (typeof AIM_IDS)[number];

/** Whether `order` ranks each aim exactly once. */
export function isAimRanking(order: readonly string[]): order is readonly AimId[] {
  return order.length === AIM_IDS.length && AIM_IDS.every((aim) => order.includes(aim));
}
