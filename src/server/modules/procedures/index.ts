// The procedures module's door (议事规程 and each council's settings: its procedure and fixed meeting days).

export { ensureBuiltInProcedures, findBuiltInProcedure, findOfferedProcedure } from './queries';
export { procedureRoutes } from './routes';
export { BUILT_IN_PROCEDURES, type BuiltInProcedureKey, DEFAULT_PROCEDURE_KEY } from './rules';
