import type { Stance } from '../../../shared/enums';
import type { DissentInput, OpinionInput, Participant } from './types';

/**
 * An opinion: the speaker is a participant when the typed name is one of theirs (so the minutes can
 * say who they are), otherwise someone not on the list, kept by name.
 */
export function toOpinionInput(
  v: { speakerName: string; stance: Stance; text: string },
  participants: readonly Pick<Participant, 'id' | 'name'>[],
): OpinionInput {
  const speakerName = v.speakerName.trim();
  const participant = participants.find((p) => p.name === speakerName);
  return {
    speakerName,
    stance: v.stance,
    text: v.text.trim(),
    ...(participant ? { participantId: participant.id } : {}),
  };
}

/** Dissent kept on record, against one consensus item or the whole. */
export function toDissentInput(v: { holderName: string; text: string; consensusItemId?: string | null }): DissentInput {
  return {
    holderName: v.holderName.trim(),
    text: v.text.trim(),
    ...(v.consensusItemId ? { consensusItemId: v.consensusItemId } : {}),
  };
}
