// Elapsed times in words of the locale: 4.1s / 4.1초, 2m 05s / 2분 05초.
import { defineCatalog, translate, type Locale } from './catalog';

const units = defineCatalog(
  'duration',
  { seconds: '{seconds}s', minutes: '{minutes}m {seconds}s' },
  { seconds: '{seconds}초', minutes: '{minutes}분 {seconds}초' },
);

export function formatDuration(ms: number, locale: Locale): string {
  if (ms < 10_000) return translate(units, locale, 'seconds', { seconds: (ms / 1000).toFixed(1) });
  if (ms < 60_000) return translate(units, locale, 'seconds', { seconds: Math.round(ms / 1000) });
  const minutes = Math.floor(ms / 60_000);
  const seconds = String(Math.round((ms % 60_000) / 1000)).padStart(2, '0');
  return translate(units, locale, 'minutes', { minutes, seconds });
}
