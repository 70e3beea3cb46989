export * from '../../../shared/api/workbench';
