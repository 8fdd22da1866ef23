import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const WANTED = 'carechain.handoverNotifications';

type NotificationState = 'unsupported' | 'denied' | 'on' | 'off';

function notificationState(): NotificationState {
  if (typeof window === 'undefined' || !('Notification' in window)) return 'unsupported';
  if (Notification.permission === 'denied') return 'denied';
  return Notification.permission === 'granted' && localStorage.getItem(WANTED) === 'on' ? 'on' : 'off';
}

/**
 * A browser notification for a new handover, only when the user turned them on here and the
 * browser allows them; the page's spoken announcement is made either way.
 */
export function notifyHandover(title: string, body: string, packageId: string): void {
  if (notificationState() !== 'on') return;
  new Notification(title, { body, tag: `handover:${packageId}`, lang: document.documentElement.lang });
}

/** Lets the user turn handover notifications on or off, and says why when the browser will not. */
export function NotificationSwitch() {
  const { t } = useTranslation();
  const [state, setState] = useState(notificationState);
  const turnOn = async () => {
    localStorage.setItem(WANTED, 'on');
    if (Notification.permission !== 'granted') await Notification.requestPermission();
    setState(notificationState());
  };
  const turnOff = () => {
    localStorage.removeItem(WANTED);
    setState(notificationState());
  };
  if (state === 'unsupported' || state === 'denied')
    return <p className="hint">{t(`notifications.${state}`)}</p>;
  return (
    <p className="notifications">
      <span role="status">{t(`notifications.${state}`)}</span>{' '}
      {state === 'on' ? (
        <button type="button" className="secondary" onClick={turnOff}>
          {t('notifications.turnOff')}
        </button>
      ) : (
        <button type="button" className="secondary" onClick={() => void turnOn()}>
          {t('notifications.turnOn')}
        </button>
      )}
    </p>
  );
}
