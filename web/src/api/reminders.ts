import { request } from './client';
import type {
  ChooseReminderChannelsBody,
  FailedReminderList,
  ReminderChannel,
  ReminderContact,
  SentReminderList,
  StartEmailVerificationBody,
  StartPhoneVerificationBody,
} from './types';

// Reminders by SMS and e-mail: one function per route of `/api/reminders`.

const ME = '/api/reminders/me';

export function getMyChannels(signal?: AbortSignal): Promise<ReminderContact> {
  return request(ME, { signal });
}

export function startPhoneVerification(body: StartPhoneVerificationBody): Promise<ReminderContact> {
  return request(`${ME}/phone`, { method: 'POST', body });
}

export function startEmailVerification(body: StartEmailVerificationBody): Promise<ReminderContact> {
  return request(`${ME}/email`, { method: 'POST', body });
}

export function verifyChannel(channel: ReminderChannel, code: string): Promise<ReminderContact> {
  return request(`${ME}/${channel}/verify`, { method: 'POST', body: { code } });
}

export function chooseChannels(body: ChooseReminderChannelsBody): Promise<ReminderContact> {
  return request(ME, { method: 'PUT', body });
}

/** The STOP link: no sign-in, the token says who; sent with no identity at all. */
export function stopReminders(token: string): Promise<{ stopped: true }> {
  return request('/api/reminders/stop', { method: 'POST', body: { token }, anonymous: true });
}

export function listSentReminders(youthId: string, signal?: AbortSignal): Promise<SentReminderList> {
  return request(`/api/reminders/sent/${encodeURIComponent(youthId)}`, { signal });
}

export function listFailedReminders(signal?: AbortSignal): Promise<FailedReminderList> {
  return request('/api/reminders/failed', { signal });
}
