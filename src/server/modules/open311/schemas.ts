export {
  CreatedRequestsResponse,
  CreateRequestBody,
  Open311Errors,
  Open311Format,
  Open311RequestParams,
  RequestsQuery,
  RequestsResponse,
  ServicesQuery,
  ServicesResponse,
  SingleRequestQuery,
} from '../../../shared/api/open311';
