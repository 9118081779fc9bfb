import { describe, expect, it } from 'vitest';
import { isTimeZone, UTC_NAMES, machineZoneName, zoneOfLocaltimeLink } from '../../src/time/index.js';

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

describe('machineZoneName', () => {
  const links: Record<string, string> = {
    '/etc/localtime': '/usr/share/zoneinfo/Asia/Seoul',
    '/srv/tz': '../usr/share/zoneinfo/Europe/Berlin',
  };
  const readLink = (path: string): string | null => links[path] ?? null;

  it('takes TZ when it names a zone, with or without a colon', () => {
    expect(machineZoneName('America/Los_Angeles', readLink)).toBe('America/Los_Angeles');
    expect(machineZoneName(':America/Los_Angeles', readLink)).toBe('America/Los_Angeles');
    expect(machineZoneName('KST-9', readLink)).toBe('KST-9'); // the caller finds it is no zone
  });

  it('reads a zoneinfo path in TZ, or the link it points at', () => {
    expect(machineZoneName(':/usr/share/zoneinfo/Asia/Tokyo', readLink)).toBe('Asia/Tokyo');
    expect(machineZoneName(':/etc/localtime', readLink)).toBe('Asia/Seoul');
    expect(machineZoneName(':/srv/tz', readLink)).toBe('Europe/Berlin');
    expect(machineZoneName(':/srv/copied-file', readLink)).toBeNull();
  });

  it('reads /etc/localtime when TZ is unset or empty', () => {
    expect(machineZoneName(undefined, readLink)).toBe('Asia/Seoul');
    expect(machineZoneName('', readLink)).toBe('Asia/Seoul');
    expect(machineZoneName(undefined, () => null)).toBeNull();
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
