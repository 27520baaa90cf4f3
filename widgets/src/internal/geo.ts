export interface LatLng {
  lat: number;
  lng: number;
}

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Straight-line (great-circle) distance in kilometres. Good enough to order outlets in a city; we
 * say “straight-line” in the UI because travel distance needs a routing service we do not use.
 */
export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Where the visitor is: `navigator.geolocation` by default; tests and kiosks inject their own. */
export interface GeolocationProvider {
  getCurrentPosition(
    success: (position: { coords: { latitude: number; longitude: number } }) => void,
    error?: (error: { code: number; message?: string }) => void,
    options?: PositionOptions,
  ): void;
}

export type LocateResult = { ok: true; position: LatLng } | { ok: false; reason: 'denied' | 'unavailable' };

/** Ask once, with a timeout; never throws. Code 1 is PERMISSION_DENIED in the Geolocation API. */
export function locate(provider: GeolocationProvider | undefined, timeoutMs = 15000): Promise<LocateResult> {
  if (!provider) return Promise.resolve({ ok: false, reason: 'unavailable' });
  return new Promise((resolve) => {
    try {
      provider.getCurrentPosition(
        (p) => resolve({ ok: true, position: { lat: p.coords.latitude, lng: p.coords.longitude } }),
        (e) => resolve({ ok: false, reason: e.code === 1 ? 'denied' : 'unavailable' }),
        { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 5 * 60 * 1000 },
      );
    } catch {
      resolve({ ok: false, reason: 'unavailable' });
    }
  });
}
