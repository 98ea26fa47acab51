package uk.lantern.correlation.profile;

import java.util.Collection;
import java.util.Locale;
import java.util.stream.IntStream;

import uk.lantern.schemas.correlation.ChildProfile.OpenFlag;

/**
 * The weights of the MACE score, which orders children for the panel's agenda: higher is more worrying. The formula
 * and the reasons for the defaults are in PROFILE.md. Every weight is local policy, so none may be negative (a
 * negative weight would let a worrying fact lower a child's place on the agenda).
 */
public record MaceScore(int urgentFlag, int highFlag, int mediumFlag, int lowFlag, int perEpisodeLast90Days,
                        int significantRisk, int moderateRisk, int mildRisk, int onCmeRegister, int missingNow) {

    public MaceScore {
        if (IntStream.of(urgentFlag, highFlag, mediumFlag, lowFlag, perEpisodeLast90Days, significantRisk,
                moderateRisk, mildRisk, onCmeRegister, missingNow).anyMatch(weight -> weight < 0)) {
            throw new IllegalArgumentException("MACE score weights may not be negative");
        }
    }

    public static MaceScore defaults() {
        return new MaceScore(40, 20, 10, 5, 5, 30, 20, 5, 10, 15);
    }

    /**
     * @param openFlags              the child's open alerts; each counts by its severity
     * @param episodesLast90Days     episodes that started in the last 90 days
     * @param openAssessmentCategory the category in force of an open assessment, null when none is open
     */
    public int score(Collection<OpenFlag> openFlags, int episodesLast90Days, String openAssessmentCategory,
                     boolean onCmeRegister, boolean missingNow) {
        var score = openFlags.stream().mapToInt(this::flag).sum();
        score += perEpisodeLast90Days * episodesLast90Days;
        score += category(openAssessmentCategory);
        score += onCmeRegister ? this.onCmeRegister : 0;
        score += missingNow ? this.missingNow : 0;
        return score;
    }

    private int flag(OpenFlag flag) {
        var severity = flag.severity() == null ? "" : flag.severity().toUpperCase(Locale.ROOT);
        return switch (severity) {
            case "URGENT" -> urgentFlag;
            case "HIGH" -> highFlag;
            case "MEDIUM" -> mediumFlag;
            case "LOW" -> lowFlag;
            default -> 0;
        };
    }

    private int category(String category) {
        if (category == null) {
            return 0;
        }
        return switch (category) {
            case "SIGNIFICANT" -> significantRisk;
            case "MODERATE" -> moderateRisk;
            case "MILD" -> mildRisk;
            default -> 0;
        };
    }
}
