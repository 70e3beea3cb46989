import type { z } from 'zod';
import type { ListNotificationsQuery } from '../../../shared/api/notifications';

export * from '../../../shared/api/notifications';

export type ListNotificationsInput = z.infer<typeof ListNotificationsQuery>;
