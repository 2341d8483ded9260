import { isPaperId, paperIdFromBytes } from './paper-id';

// sha256("abc"), from FIPS 180-2.
const ABC = 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('paperIdFromBytes', () => {
  it('hashes bytes to sha256:<hex>', async () => {
    expect(await paperIdFromBytes(new TextEncoder().encode('abc'))).toBe(ABC);
  });

  it('hashes an ArrayBuffer the same way', async () => {
    expect(await paperIdFromBytes(new Uint8Array([0x61, 0x62, 0x63]).buffer)).toBe(ABC);
  });

  it('hashes only the bytes a view covers', async () => {
    const view = new TextEncoder().encode('xxabcxx').subarray(2, 5);
    expect(await paperIdFromBytes(view)).toBe(ABC);
  });

  it('gives ids that isPaperId accepts', async () => {
    expect(isPaperId(await paperIdFromBytes(new Uint8Array()))).toBe(true);
    expect(isPaperId('sha256:xyz')).toBe(false);
  });
});
