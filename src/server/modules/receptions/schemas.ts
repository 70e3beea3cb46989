export {
  AbsentBody,
  CreateReceptionBody,
  FillMonthBody,
  FillMonthResult,
  ListReceptionsQuery,
  PublicReceptionWeek,
  RaiseProblemBody,
  ReceptionDetail,
  ReceptionList,
  ReceptionMembers,
  ReceptionMembersQuery,
  ReceptionParams,
  RecordReceptionBody,
  SwapBody,
} from '../../../shared/api/receptions';
export { PlaceCodeParams } from '../../../shared/api/submissions-public';
