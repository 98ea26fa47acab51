package uk.lantern.missingepisode.episode.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A police reference or Idempotency-Key and the episode it belongs to. The unique _id makes the claim atomic. */
@Document("submission_claims")
record SubmissionClaimDocument(@Id String key, String episodeId, String fingerprint) {
}
