// localStorage when the browser allows it (private modes and sandboxed frames may not), otherwise memory, so the
// game always runs; it just cannot keep anything across a reload then.
import type { StateStorage } from 'zustand/middleware';

const memory = new Map<string, string>();
const memoryStorage: StateStorage = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
  removeItem: (k) => void memory.delete(k),
};

function browserStorage(): StateStorage {
  try {
    return typeof localStorage === 'undefined' ? memoryStorage : localStorage;
  } catch {
    return memoryStorage;
  }
}

/** Reads a key; null when it is absent or storage refuses. */
export function readStored(key: string): string | null {
  try {
    const value = browserStorage().getItem(key);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** Writes a key; false when storage is full or refuses (the game goes on unsaved). */
export function writeStored(key: string, value: string): boolean {
  try {
    void browserStorage().setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    void browserStorage().removeItem(key);
  } catch {
    // Nothing to do: a storage that refuses has nothing stored either.
  }
}

/** For zustand's persist: the same storage, but a refusal (quota, privacy mode) never throws into a state update. */
export const forgivingStorage: StateStorage = {
  getItem: readStored,
  setItem: (key, value) => void writeStored(key, value),
  removeItem: removeStored,
};
