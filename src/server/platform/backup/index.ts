export { createBackup, megabytes } from './backup';
export { BackupError } from './manifest';
export { restoreBackup } from './restore';
