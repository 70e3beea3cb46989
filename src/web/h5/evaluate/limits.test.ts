import { describe, expect, it } from 'vitest';
import { EVALUATION_LIMITS } from '../../../shared/api/evaluations';
import { COMMENT_LIMITS } from '../../modules/evaluations/limits';
import { COMMENT_MAX } from './limits';

describe('the pages check the limits the server checks', () => {
  it('residents’ comment', () => expect(COMMENT_MAX).toBe(EVALUATION_LIMITS.residentCommentMax));
  it('leaders’ and members’ comments', () =>
    expect(COMMENT_LIMITS).toEqual({
      leaderMax: EVALUATION_LIMITS.leaderCommentMax,
      memberMax: EVALUATION_LIMITS.memberCommentMax,
    }));
});
