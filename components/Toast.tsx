/**
 * A short-lived note at the bottom of the screen with a way back ("Rule turned off: ... Undo").
 * It goes away by itself after a while, or with its close button; the note is read out politely.
 */
import { useEffect, useRef } from 'react';
import { useI18n } from '../lib/i18n/react';
import { keepFocus } from './keep-focus';

export const TOAST_MS = 10_000;

export interface ToastProps {
  message: string;
  onUndo: () => void;
  onClose: () => void;
}

export function Toast({ message, onUndo, onClose }: ToastProps) {
  const { t } = useI18n();
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const timer = setTimeout(() => close.current(), TOAST_MS);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <div className="nw-toast" role="status" data-testid="nw-toast" onMouseDown={keepFocus}>
      <span className="nw-toast-text">{t('toast.ruleOff', { message })}</span>
      <button type="button" data-testid="nw-toast-undo" onMouseDown={keepFocus} onClick={onUndo}>
        {t('toast.undo')}
      </button>
      <button type="button" className="nw-close" aria-label={t('toast.close')} onMouseDown={keepFocus} onClick={onClose}>
        ×
      </button>
    </div>
  );
}
