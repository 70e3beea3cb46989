// The API keys module's door (接口密钥: keys partner systems present to Open311).

export { authenticateApiKey, linkKeyRequest, type PartnerKey, requestsOfKey } from './partner';
export { apiKeyRoutes } from './routes';
