import { clientNetwork } from './client-network';

describe('clientNetwork', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['::1', '0:0:0:0::/64'],
    ['2001:db8:85a3::8a2e:370:7334', '2001:db8:85a3:0::/64'],
    ['2001:0db8:85a3:0000:1111:8a2e:0370:7334', '2001:db8:85a3:0::/64'],
    ['2001:db8:85a3:0:ffff:8a2e:370:1', '2001:db8:85a3:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['', 'unknown'],
    [undefined, 'unknown'],
    ['not an address', 'unknown'],
  ])('%j → %s', (ip, network) => {
    expect(clientNetwork(ip)).toBe(network);
  });
});
