package uk.lantern.correlation.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lantern.correlation.areas.*}: the localities of the local authority, each a name and the postcode districts
 * it covers ({@code lantern.correlation.areas.North=PE4,PE6}), in the order the board lists them. A child is in the
 * area of its home postcode's district; a postcode no area covers, or none, is "Area not known". An area given no
 * districts is left out (Spring adds the areas of every property source together, so that is how a deployment drops
 * one of application.yml's demo areas). A district in two areas, or a blank name, stops the service at start-up.
 */
@ConfigurationProperties("lantern.correlation")
public record AreaSettings(Map<String, List<String>> areas) {

    /** What the alert API says of a child whose home postcode no area covers, or who has none. */
    public static final String NOT_KNOWN = "Area not known";

    public AreaSettings {
        Map<String, List<String>> kept = new LinkedHashMap<>();
        Map<String, String> areaOf = new LinkedHashMap<>();
        (areas == null ? Map.<String, List<String>>of() : areas).forEach((name, districts) -> {
            String area = name == null ? "" : name.strip();
            List<String> normal = new ArrayList<>();
            (districts == null ? List.<String>of() : districts).stream().map(AreaSettings::district)
                    .filter(d -> !d.isEmpty() && !normal.contains(d)).forEach(normal::add);
            if (normal.isEmpty()) {
                return;
            }
            if (area.isEmpty() || area.equalsIgnoreCase(NOT_KNOWN)) {
                throw new IllegalArgumentException("lantern.correlation.areas: an area needs a name, and not '"
                        + NOT_KNOWN + "' (districts " + normal + ")");
            }
            for (String district : normal) {
                if (!district.matches("[A-Z][A-Z0-9]{1,3}")) {
                    throw new IllegalArgumentException("lantern.correlation.areas." + area + ": '" + district
                            + "' is not a postcode district (PE1, SW1A)");
                }
                String other = areaOf.putIfAbsent(district, area);
                if (other != null && !other.equals(area)) {
                    throw new IllegalArgumentException("lantern.correlation.areas: postcode district " + district
                            + " is in both " + other + " and " + area);
                }
            }
            kept.put(area, List.copyOf(normal));
        });
        areas = java.util.Collections.unmodifiableMap(kept);
    }

    /** The area whose districts cover the postcode ("PE1 4LZ", "pe14lz"); empty when none does or there is none. */
    public Optional<String> areaOf(String postcode) {
        Optional<String> district = outward(postcode);
        if (district.isEmpty()) {
            return Optional.empty();
        }
        return areas.entrySet().stream().filter(e -> e.getValue().contains(district.get())).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The area's name as configured, matched without regard to case; empty when there is no such area. */
    public Optional<String> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return areas.keySet().stream().filter(a -> a.equalsIgnoreCase(wanted)).findFirst();
    }

    /**
     * A postcode's outward code, the district: "PE1 4LZ" and "PE14LZ" give PE1 (the inward code is always a digit and
     * two letters); a district alone ("PE1") is itself.
     */
    static Optional<String> outward(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String compact = postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        if (compact.length() >= 5 && compact.substring(compact.length() - 3).matches("[0-9][A-Z]{2}")) {
            return Optional.of(compact.substring(0, compact.length() - 3));
        }
        return Optional.of(compact);
    }

    private static String district(String raw) {
        return raw == null ? "" : raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
