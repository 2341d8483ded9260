import { storageKeys } from './storage-keys';
import { aid } from '../annotations/__fixtures__/annotations';
import { pid } from '../paper/__fixtures__/paper-ids';

describe('storageKeys', () => {
  const keys = storageKeys('marginalia');

  it('names one key per annotation and splits a paper index by the first character of the id', () => {
    expect(keys.annotation(aid('0b6f3c1e'))).toBe('marginalia:v2:a:0b6f3c1e');
    expect(keys.index(pid('sha256:ab'), aid('0b6f3c1e'))).toBe('marginalia:v2:idx:sha256:ab:0');
    expect(keys.index(pid('sha256:ab'), aid('F00'))).toBe('marginalia:v2:idx:sha256:ab:f');
    expect(keys.index(pid('sha256:ab'), aid(':odd'))).toBe('marginalia:v2:idx:sha256:ab:_');
  });

  it('reads ids, index keys and record entries back from key names', () => {
    expect(keys.annotationIdOf('marginalia:v2:a:0b6f3c1e')).toBe('0b6f3c1e');
    expect(keys.annotationIdOf('marginalia:v2:meta')).toBeNull();
    expect(keys.isIndex('marginalia:v2:idx:sha256:ab:0')).toBe(true);
    expect(keys.metaEntryOf('marginalia:v2:m:papers:sha256:ab')).toEqual({
      field: 'papers',
      key: 'sha256:ab',
    });
    expect(keys.metaEntryOf('marginalia:v2:m:papers')).toBeNull();
  });

  it('puts backups outside the layout so clearing it keeps them', () => {
    expect(keys.backup('marginalia:v2:a:x', 5)).toBe('marginalia:backup:marginalia:v2:a:x:5');
    expect(keys.backup('marginalia:v2:a:x', 5).startsWith(keys.root)).toBe(false);
  });
});
