/**
 * Where a visitor's phone goes when they scan the kiosk's QR code: the public portal that embeds
 * the same widgets, with the widgets' own deep links, so the phone opens the very guide or
 * consultation on screen. The kiosk's own address (app://kiosk) means nothing to a phone.
 */

/** yz-catalogue's hash route (`route="hash"`, the default): `#item=<id>`. */
export function guideLink(portalUrl: string | undefined, itemId: string): string | undefined {
  return withHash(portalUrl, new URLSearchParams({ item: itemId }));
}

/** What a consultation's status link carries (yz-consult-form's receipt). */
export interface ConsultationKeys {
  reference: string;
  /** Reads, exports and erases the case. */
  token: string;
  /** Rates the answer. */
  ratingToken: string;
}

/** yz-consult-form's status link: `#yz-ref=<reference>&yz-token=<token>&yz-rate=<ratingToken>`. */
export function consultationLink(portalUrl: string | undefined, keys: ConsultationKeys): string | undefined {
  return withHash(
    portalUrl,
    new URLSearchParams({ 'yz-ref': keys.reference, 'yz-token': keys.token, 'yz-rate': keys.ratingToken }),
  );
}

/** The consultation form's `status-url` template for the same link. */
export function consultationLinkTemplate(portalUrl: string | undefined): string | undefined {
  const base = portalBase(portalUrl);
  return base ? `${base}#yz-ref={reference}&yz-token={token}&yz-rate={ratingToken}` : undefined;
}

function portalBase(portalUrl: string | undefined): string | undefined {
  if (!portalUrl) return undefined;
  try {
    const url = new URL(portalUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

function withHash(portalUrl: string | undefined, params: URLSearchParams): string | undefined {
  const base = portalBase(portalUrl);
  return base ? `${base}#${params.toString()}` : undefined;
}
