import QRCode from 'qrcode';

/** A QR code as an SVG data URL, for pages (their CSP allows data: images, nothing inline). */
export async function qrDataUrl(payload: string): Promise<string> {
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
