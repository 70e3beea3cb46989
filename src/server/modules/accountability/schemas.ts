export {
  BoardOutcomePage,
  BoardOutcomesQuery,
  BoardResponse,
  PlaceCodeParams,
} from '../../../shared/api/accountability';
