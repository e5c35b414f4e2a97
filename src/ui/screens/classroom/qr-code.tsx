// A QR code for an address. The qrcode library loads only when a QR code is first shown (its own chunk).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { readonly text: string; readonly label: string; readonly size?: number };

export function QrCode({ text, label, size = 176 }: Props) {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ text: string; src: string | null } | null>(null);
  useEffect(() => {
    let live = true;
    import('qrcode')
      .then((qr) => qr.toString(text, { type: 'svg', errorCorrectionLevel: 'L', margin: 2, color: { dark: '#000000', light: '#ffffff' } }))
      .then(
        (svg) => live && setResult({ text, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }),
        () => live && setResult({ text, src: null }),
      );
    return () => {
      live = false;
    };
  }, [text]);
  if (!result || result.text !== text) return <p className="qr-code qr-code--pending" style={{ width: size, height: size }}>{t('classroom.qr.loading')}</p>;
  if (!result.src) return <p className="qr-code qr-code--none">{t('classroom.qr.tooLong')}</p>;
  return <img className="qr-code" src={result.src} width={size} height={size} alt={label} />;
}
