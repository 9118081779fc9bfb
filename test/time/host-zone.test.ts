import { describe, expect, it } from 'vitest';
import { isTimeZone, UTC_NAMES } from '../../src/time/clock.js';
import { zoneOfLocaltimeLink } from '../../src/time/host-zone.js';

describe('zoneOfLocaltimeLink', () => {
  it('reads the zone out of Linux and macOS link targets', () => {
    expect(zoneOfLocaltimeLink('/usr/share/zoneinfo/Asia/Seoul')).toBe('Asia/Seoul');
    expect(zoneOfLocaltimeLink('../usr/share/zoneinfo/America/Argentina/Buenos_Aires')).toBe(
      'America/Argentina/Buenos_Aires',
    );
    expect(zoneOfLocaltimeLink('/var/db/timezone/zoneinfo/Europe/Berlin')).toBe('Europe/Berlin');
    expect(zoneOfLocaltimeLink('/usr/share/zoneinfo/Etc/UTC')).toBe('Etc/UTC');
    expect(zoneOfLocaltimeLink('/usr/share/zoneinfo/posix/Asia/Seoul')).toBe('Asia/Seoul');
  });

  it('names nothing for other targets and for leap-second zones', () => {
    expect(zoneOfLocaltimeLink('/etc/localtime.bak')).toBeNull();
    expect(zoneOfLocaltimeLink('/usr/share/zoneinfo/right/Asia/Seoul')).toBeNull();
    expect(zoneOfLocaltimeLink('')).toBeNull();
  });
});

describe('UTC_NAMES', () => {
  it('are zones ICU itself accepts, with offset 0', () => {
    for (const tz of UTC_NAMES) {
      expect(isTimeZone(tz), tz).toBe(true);
      const parts = new Intl.DateTimeFormat('en', { timeZone: tz, timeZoneName: 'longOffset' }).formatToParts(
        new Date(Date.UTC(2024, 6, 1)),
      );
      expect(parts.find((p) => p.type === 'timeZoneName')?.value, tz).toMatch(/^GMT(\+00:00)?$/);
    }
  });
});
