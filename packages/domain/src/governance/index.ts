// Govern: forums and their occurrences, generated agendas, minutes, decisions and action items.
export * from './zoned-time.js';
export * from './recurrence.js';
export * from './forum.js';
export * from './agenda.js';
export * from './minutes.js';
export * from './reminders.js';
