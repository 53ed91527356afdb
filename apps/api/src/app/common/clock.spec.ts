import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileClock } from './clock';

describe('FileClock', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs ahead by the offset in its file, and tells listeners when it jumps', async () => {
    const file = join(dir, 'offset');
    writeFileSync(file, '0');
    const clock = new FileClock(file);
    try {
      expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
      const jumped = new Promise<void>((resolve) => clock.onJump(resolve));
      writeFileSync(file, String(30 * 86_400_000));
      await jumped;
      expect(clock.now().getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    } finally {
      clock.stop();
    }
  });

  it('reads a missing or unreadable file as no offset', () => {
    const clock = new FileClock(join(dir, 'missing'));
    try {
      expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1000);
    } finally {
      clock.stop();
    }
  });
});
