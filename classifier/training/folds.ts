/** FNV-1a, 32 bit: a stable hash so that fold assignment depends on the seed and the id only, not on Math.random. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The cross-validation fold of an article: same seed and id → same fold, whatever else is in the corpus. */
export function foldOf(id: string, seed: number, folds: number): number {
  return fnv1a(`${seed}:${id}`) % folds;
}
