package uk.lantern.missingepisode.episode.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.lantern.missingepisode.episode.domain.Category;
import uk.lantern.missingepisode.episode.domain.Episode;
import uk.lantern.missingepisode.episode.domain.EpisodeContext;

/**
 * Episodes reported and open, by context (home or care); reported also by category (missing, or away from placement
 * without authorisation: counted apart, as the SSDA903 return's M and A). What coordinators and managers watch.
 */
@Component
public class EpisodeMetrics {

    private final MeterRegistry meters;
    private final EpisodeStore store;
    private final Map<EpisodeContext.Type, AtomicLong> open = new EnumMap<>(EpisodeContext.Type.class);

    public EpisodeMetrics(MeterRegistry meters, EpisodeStore store) {
        this.meters = meters;
        this.store = store;
        for (EpisodeContext.Type type : EpisodeContext.Type.values()) {
            AtomicLong count = new AtomicLong();
            open.put(type, count);
            Gauge.builder("lantern.episodes.open", count, AtomicLong::get)
                    .description("Episodes not yet closed")
                    .tag("context", type.name())
                    .register(meters);
            for (Category category : Category.values()) {
                reported(type, category);
            }
        }
    }

    void episodeReported(Episode episode) {
        reported(episode.context().type(), episode.category()).increment();
        open.get(episode.context().type()).incrementAndGet();
    }

    @Scheduled(fixedDelayString = "${lantern.metrics.open-episodes-refresh:15s}", initialDelay = 0)
    public void refreshOpenEpisodes() {
        store.countOpenByContext().forEach((type, count) -> open.get(type).set(count));
    }

    private Counter reported(EpisodeContext.Type type, Category category) {
        return Counter.builder("lantern.episodes.reported")
                .description("Episodes reported since the service started")
                .tag("context", type.name())
                .tag("category", category.name())
                .register(meters);
    }
}
