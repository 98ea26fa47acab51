package uk.lantern.schemas.missingepisode;

import uk.lantern.schemas.EventData;

/** The payloads published on {@code lantern.missing-episodes.v1}. */
public sealed interface MissingEpisodeEvent extends EventData
        permits EpisodeReported, RiskRegraded, ChildReturned, EpisodeClosed, NeedToKnowRaised,
        EpisodeErased {

    String episodeId();
}
