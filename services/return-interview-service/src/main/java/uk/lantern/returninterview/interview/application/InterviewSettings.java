package uk.lantern.returninterview.interview.application;

import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.lantern.returninterview.interview.domain.Assignment;
import uk.lantern.returninterview.interview.domain.Context;

/**
 * Local policy, with DOMAIN.md's defaults: the interview is due carried out {@code interviewWindow} after the return
 * (72 h: statutory guidance, and the one setting of it: the case's deadline is published with the case), a case is
 * "due soon" {@code dueSoon} before its deadline (24 h), each context has its provider, and months are counted in
 * {@code reportingZone}.
 */
@ConfigurationProperties("lantern.return-interviews")
public record InterviewSettings(
        @DefaultValue("72h") Duration interviewWindow,
        @DefaultValue("24h") Duration dueSoon,
        Map<Context, String> providers,
        @DefaultValue("Europe/London") ZoneId reportingZone) {

    public InterviewSettings {
        Map<Context, String> withDefaults = new EnumMap<>(Context.class);
        withDefaults.put(Context.MISSING_FROM_HOME, "brightpath");
        withDefaults.put(Context.MISSING_FROM_CARE, "harbour-advocacy");
        if (providers != null) {
            withDefaults.putAll(providers);
        }
        providers = Map.copyOf(withDefaults);
    }

    public Assignment assignment() {
        return new Assignment(interviewWindow, providers);
    }
}
