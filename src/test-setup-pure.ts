// Setup for the pure (Node) tests: the word-by-word note merge loaded, as the app loads it at start.
import { beforeAll } from 'vitest';
import { loadNoteMerge } from './annotations/note-merge';

beforeAll(() => loadNoteMerge());
