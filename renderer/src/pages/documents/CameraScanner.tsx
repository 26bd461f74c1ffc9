import jsQR from 'jsqr';
import { useEffect, useRef, useState } from 'react';

interface CameraScannerProps {
  /** The text of the first QR code seen; the camera stops before this is called. */
  onCode: (text: string) => void;
  onClose: () => void;
}

/** Frames are scaled down to this width before decoding: enough for a printed QR, light on an office PC. */
const DECODE_WIDTH = 640;
const SCAN_EVERY_MS = 150;

function cameraError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Izin kamera ditolak. Izinkan kamera untuk SIPKA, atau ketik kodenya.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return 'Tidak ada kamera yang terhubung ke komputer ini. Ketik kodenya atau gunakan pemindai QR.';
  }
  if (name === 'NotReadableError')
    return 'Kamera sedang dipakai program lain. Tutup program itu lalu coba lagi.';
  return 'Kamera tidak dapat dibuka. Ketik kodenya atau gunakan pemindai QR.';
}

/** Absent outside a secure context (and in old browsers). */
function cameraAvailable(): boolean {
  const media = (navigator as { mediaDevices?: MediaDevices }).mediaDevices;
  return typeof media?.getUserMedia === 'function';
}

/** The video of the camera, read frame by frame with jsQR until a QR code is found. */
export function CameraScanner({ onCode, onClose }: CameraScannerProps) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<string | null>(() =>
    cameraAvailable()
      ? null
      : 'Kamera tidak tersedia di jendela ini. Ketik kodenya atau gunakan pemindai QR.',
  );
  const [ready, setReady] = useState(false);
  const found = useRef(onCode);

  useEffect(() => {
    found.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let live = true;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const stop = () => {
      window.clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
      stream = null;
    };

    const scan = () => {
      const video = videoRef.current;
      if (!video || !context || video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) return;
      const scale = Math.min(1, DECODE_WIDTH / (video.videoWidth || DECODE_WIDTH));
      const width = Math.max(1, Math.round(video.videoWidth * scale));
      const height = Math.max(1, Math.round(video.videoHeight * scale));
      canvas.width = width;
      canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      const code = jsQR(context.getImageData(0, 0, width, height).data, width, height, {
        inversionAttempts: 'dontInvert',
      });
      if (code && code.data.trim() !== '') {
        stop();
        found.current(code.data.trim());
      }
    };

    if (!cameraAvailable()) return;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (opened) => {
        if (!live) {
          opened.getTracks().forEach((track) => track.stop());
          return;
        }
        stream = opened;
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = opened;
        await video.play().catch(() => undefined);
        setReady(true);
        timer = window.setInterval(scan, SCAN_EVERY_MS);
      })
      .catch((failure: unknown) => {
        if (live) setError(cameraError(failure));
      });
    return () => {
      live = false;
      stop();
    };
  }, []);

  return (
    <div className="camera-scanner" data-testid="camera-scanner">
      {error ? (
        <p className="field-error" role="alert" data-testid="camera-error">
          {error}
        </p>
      ) : (
        <>
          <div className="camera-frame">
            <video ref={videoRef} muted playsInline aria-label="Gambar kamera untuk membaca QR" />
            <span className="camera-target" aria-hidden="true" />
          </div>
          <p className="field-hint" role="status">
            {ready ? 'Arahkan QR di dokumen ke kamera sampai terbaca.' : 'Membuka kamera…'}
          </p>
        </>
      )}
      <div>
        <button type="button" className="btn btn-secondary btn-small" onClick={onClose}>
          Tutup kamera
        </button>
      </div>
    </div>
  );
}
