export {
  ApiKeyListResponse,
  ApiKeyParams,
  ApiKeyResponse,
  IssueApiKeyBody,
  IssuedApiKeyResponse,
} from '../../../shared/api/api-keys';
