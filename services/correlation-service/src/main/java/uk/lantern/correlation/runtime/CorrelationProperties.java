package uk.lantern.correlation.runtime;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.lantern.correlation.analyst.AnalystFeed;
import uk.lantern.correlation.identity.FieldModel;
import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.correlation.patterns.WorkingCalendar;
import uk.lantern.correlation.profile.MaceScore;
import uk.lantern.correlation.profile.ProfileSettings;
import uk.lantern.correlation.stream.CorrelationSettings;

/**
 * The {@code lantern.correlation.*} settings. Every threshold of identity matching and of the pattern rules, the
 * profile's episode windows and the MACE score's weights are here, and each starts at the value of
 * {@link MatchSettings#defaults()}, {@link PatternSettings#defaults()} or {@link ProfileSettings#defaults()}, so a
 * deployment overrides only what its local policy changes. The analyst key has no default: without it the service
 * refuses to start (a made-up key would pseudonymise the police feed with a secret everyone knows).
 */
@ConfigurationProperties("lantern.correlation")
public class CorrelationProperties {

    static final int MIN_ANALYST_KEY_BYTES = 32;

    private String analystKey;
    private Duration clockTick = Duration.ofMillis(250);
    private boolean persistentStores = true;
    private int profileMaxBytes = CorrelationSettings.DEFAULT_PROFILE_MAX_BYTES;
    /** Publish lantern.analyst-feed.v1 beside v2: until the cut-over stated in analyst-event.v2.json. */
    private boolean analystFeedV1 = true;
    /** The span the analyst feed's times are cut down to. */
    private Duration analystTimePrecision = AnalystFeed.DEFAULT_TIME_PRECISION;
    private Path stateDir = Path.of(System.getProperty("java.io.tmpdir"), "lantern-correlation");
    private String instanceId;
    private Matching matching = new Matching(MatchSettings.defaults());
    private Patterns patterns = new Patterns(PatternSettings.defaults());
    private Profile profile = new Profile(ProfileSettings.defaults());
    private Duration catchUpBehind = CorrelationSettings.DEFAULT_CATCH_UP_BEHIND;

    /**
     * Source facts read one after another this far behind the clock (1h) are a backlog: a migration or the days after
     * an outage, whose rules run once it is read, so it raises only what is still true.
     */
    public Duration getCatchUpBehind() {
        return catchUpBehind;
    }

    public void setCatchUpBehind(Duration catchUpBehind) {
        this.catchUpBehind = catchUpBehind;
    }

    /** The topology's settings; fails with the reason when the analyst key is missing or too short. */
    public CorrelationSettings toSettings() {
        return new CorrelationSettings(matching.toSettings(), patterns.toSettings(), analystKeyBytes(), clockTick,
                persistentStores, profileMaxBytes, analystFeedV1, analystTimePrecision, profile.toSettings(),
                catchUpBehind);
    }

    byte[] analystKeyBytes() {
        if (analystKey == null || analystKey.isBlank()) {
            throw new IllegalStateException("lantern.correlation.analyst-key is not set: the analyst feed's pseudonyms "
                    + "need a secret key. Set LANTERN_CORRELATION_ANALYST_KEY to the base64 of at least "
                    + MIN_ANALYST_KEY_BYTES + " random bytes (e.g. `openssl rand -base64 32`), kept in a secret.");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(analystKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lantern.correlation.analyst-key is not base64: " + e.getMessage());
        }
        if (key.length < MIN_ANALYST_KEY_BYTES) {
            throw new IllegalStateException("lantern.correlation.analyst-key holds " + key.length + " bytes; at least "
                    + MIN_ANALYST_KEY_BYTES + " are required (e.g. `openssl rand -base64 32`)");
        }
        return key;
    }

    public String getAnalystKey() {
        return analystKey;
    }

    public void setAnalystKey(String analystKey) {
        this.analystKey = analystKey;
    }

    public Duration getAnalystTimePrecision() {
        return analystTimePrecision;
    }

    public void setAnalystTimePrecision(Duration analystTimePrecision) {
        this.analystTimePrecision = analystTimePrecision;
    }

    public boolean isAnalystFeedV1() {
        return analystFeedV1;
    }

    public void setAnalystFeedV1(boolean analystFeedV1) {
        this.analystFeedV1 = analystFeedV1;
    }

    public Duration getClockTick() {
        return clockTick;
    }

    public void setClockTick(Duration clockTick) {
        this.clockTick = clockTick;
    }

    public boolean isPersistentStores() {
        return persistentStores;
    }

    public void setPersistentStores(boolean persistentStores) {
        this.persistentStores = persistentStores;
    }

    public int getProfileMaxBytes() {
        return profileMaxBytes;
    }

    public void setProfileMaxBytes(int profileMaxBytes) {
        this.profileMaxBytes = profileMaxBytes;
    }

    public Path getStateDir() {
        return stateDir;
    }

    public void setStateDir(Path stateDir) {
        this.stateDir = stateDir;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    public Matching getMatching() {
        return matching;
    }

    public void setMatching(Matching matching) {
        this.matching = matching;
    }

    public Patterns getPatterns() {
        return patterns;
    }

    public void setPatterns(Patterns patterns) {
        this.patterns = patterns;
    }

    public Profile getProfile() {
        return profile;
    }

    public void setProfile(Profile profile) {
        this.profile = profile;
    }

    /** {@code lantern.correlation.matching.*}: see {@link MatchSettings}. */
    public static class Matching {
        private double linkThreshold;
        private double reviewThreshold;
        private Field givenName;
        private Field familyName;
        private Field dateOfBirth;
        private Field sex;
        private Field postcode;
        private Field address;
        private Field strongId;
        private double swapPenalty;
        private boolean strongIdTypoTolerant;
        private MatchSettings.HouseholdGuard householdGuard;
        private int maxBlockSize;
        private MatchSettings.StrongIdDifference strongIdDifference;

        public Matching() {
            this(MatchSettings.defaults());
        }

        Matching(MatchSettings d) {
            linkThreshold = d.linkThreshold();
            reviewThreshold = d.reviewThreshold();
            givenName = new Field(d.givenName());
            familyName = new Field(d.familyName());
            dateOfBirth = new Field(d.dateOfBirth());
            sex = new Field(d.sex());
            postcode = new Field(d.postcode());
            address = new Field(d.address());
            strongId = new Field(d.strongId());
            swapPenalty = d.swapPenalty();
            strongIdTypoTolerant = d.strongIdTypoTolerant();
            householdGuard = d.householdGuard();
            maxBlockSize = d.maxBlockSize();
            strongIdDifference = d.strongIdDifference();
        }

        MatchSettings toSettings() {
            return new MatchSettings(linkThreshold, reviewThreshold, givenName.toModel(), familyName.toModel(),
                    dateOfBirth.toModel(), sex.toModel(), postcode.toModel(), address.toModel(), strongId.toModel(),
                    swapPenalty, strongIdTypoTolerant, householdGuard, maxBlockSize, strongIdDifference);
        }

        public double getLinkThreshold() {
            return linkThreshold;
        }

        public void setLinkThreshold(double linkThreshold) {
            this.linkThreshold = linkThreshold;
        }

        public double getReviewThreshold() {
            return reviewThreshold;
        }

        public void setReviewThreshold(double reviewThreshold) {
            this.reviewThreshold = reviewThreshold;
        }

        public Field getGivenName() {
            return givenName;
        }

        public void setGivenName(Field givenName) {
            this.givenName = givenName;
        }

        public Field getFamilyName() {
            return familyName;
        }

        public void setFamilyName(Field familyName) {
            this.familyName = familyName;
        }

        public Field getDateOfBirth() {
            return dateOfBirth;
        }

        public void setDateOfBirth(Field dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
        }

        public Field getSex() {
            return sex;
        }

        public void setSex(Field sex) {
            this.sex = sex;
        }

        public Field getPostcode() {
            return postcode;
        }

        public void setPostcode(Field postcode) {
            this.postcode = postcode;
        }

        public Field getAddress() {
            return address;
        }

        public void setAddress(Field address) {
            this.address = address;
        }

        public Field getStrongId() {
            return strongId;
        }

        public void setStrongId(Field strongId) {
            this.strongId = strongId;
        }

        public double getSwapPenalty() {
            return swapPenalty;
        }

        public void setSwapPenalty(double swapPenalty) {
            this.swapPenalty = swapPenalty;
        }

        public boolean isStrongIdTypoTolerant() {
            return strongIdTypoTolerant;
        }

        public void setStrongIdTypoTolerant(boolean strongIdTypoTolerant) {
            this.strongIdTypoTolerant = strongIdTypoTolerant;
        }

        public MatchSettings.HouseholdGuard getHouseholdGuard() {
            return householdGuard;
        }

        public void setHouseholdGuard(MatchSettings.HouseholdGuard householdGuard) {
            this.householdGuard = householdGuard;
        }

        public MatchSettings.StrongIdDifference getStrongIdDifference() {
            return strongIdDifference;
        }

        public void setStrongIdDifference(MatchSettings.StrongIdDifference strongIdDifference) {
            this.strongIdDifference = strongIdDifference;
        }

        public int getMaxBlockSize() {
            return maxBlockSize;
        }

        public void setMaxBlockSize(int maxBlockSize) {
            this.maxBlockSize = maxBlockSize;
        }
    }

    /**
     * One field's Fellegi–Sunter probabilities ({@link FieldModel}): {@code m-exact}, {@code u-exact},
     * {@code m-close}, {@code u-close}, {@code m-partial}, {@code u-partial}.
     */
    public static class Field {
        private double mExact;
        private double uExact;
        private double mClose;
        private double uClose;
        private double mPartial;
        private double uPartial;

        public Field() {
        }

        Field(FieldModel d) {
            mExact = d.mExact();
            uExact = d.uExact();
            mClose = d.mClose();
            uClose = d.uClose();
            mPartial = d.mPartial();
            uPartial = d.uPartial();
        }

        FieldModel toModel() {
            return new FieldModel(mExact, uExact, mClose, uClose, mPartial, uPartial);
        }

        public double getMExact() {
            return mExact;
        }

        public void setMExact(double mExact) {
            this.mExact = mExact;
        }

        public double getUExact() {
            return uExact;
        }

        public void setUExact(double uExact) {
            this.uExact = uExact;
        }

        public double getMClose() {
            return mClose;
        }

        public void setMClose(double mClose) {
            this.mClose = mClose;
        }

        public double getUClose() {
            return uClose;
        }

        public void setUClose(double uClose) {
            this.uClose = uClose;
        }

        public double getMPartial() {
            return mPartial;
        }

        public void setMPartial(double mPartial) {
            this.mPartial = mPartial;
        }

        public double getUPartial() {
            return uPartial;
        }

        public void setUPartial(double uPartial) {
            this.uPartial = uPartial;
        }
    }

    /** {@code lantern.correlation.patterns.*}: see {@link PatternSettings}. */
    public static class Patterns {
        private ZoneId zone;
        private List<String> schoolHolidays;
        private int repeatMissingEpisodes;
        private Period repeatMissingWindow;
        private int repeatMissingActWithinWorkingDays;
        private boolean repeatMissingIncludeAway;
        private Period missingAndCmeRecentWithin;
        private int missingAndCmeActWithinWorkingDays;
        private int screeningGapWorkingDays;
        private Period assessmentReviewInterval;
        private int cmeEnquiryStalledSchoolDays;
        private Period sharedLinksWindow;
        private int sharedLinksMinChildren;
        private int sharedLinksActWithinWorkingDays;
        private int sharedLinksHotspotAbove;
        private List<String> sharedLinksGenericPlaces;
        private int maceDriftActWithinWorkingDays;

        public Patterns() {
            this(PatternSettings.defaults());
        }

        Patterns(PatternSettings d) {
            zone = d.zone();
            schoolHolidays = new ArrayList<>();
            repeatMissingEpisodes = d.repeatMissing().episodes();
            repeatMissingWindow = d.repeatMissing().window();
            repeatMissingActWithinWorkingDays = d.repeatMissing().actWithinWorkingDays();
            repeatMissingIncludeAway = d.repeatMissing().includeAway();
            missingAndCmeRecentWithin = d.missingAndCme().recentWithin();
            missingAndCmeActWithinWorkingDays = d.missingAndCme().actWithinWorkingDays();
            screeningGapWorkingDays = d.screeningGap().workingDays();
            assessmentReviewInterval = d.assessmentReviewOverdue().reviewInterval();
            cmeEnquiryStalledSchoolDays = d.cmeEnquiryStalled().schoolDays();
            sharedLinksWindow = d.sharedLinks().window();
            sharedLinksMinChildren = d.sharedLinks().minChildren();
            sharedLinksActWithinWorkingDays = d.sharedLinks().actWithinWorkingDays();
            sharedLinksHotspotAbove = d.sharedLinks().hotspotAbove();
            sharedLinksGenericPlaces = new ArrayList<>(d.sharedLinks().genericPlaces());
            maceDriftActWithinWorkingDays = d.maceDrift().actWithinWorkingDays();
        }

        PatternSettings toSettings() {
            return new PatternSettings(zone,
                    schoolHolidays.stream().map(WorkingCalendar.DateRange::parse).toList(),
                    new PatternSettings.RepeatMissing(repeatMissingEpisodes, repeatMissingWindow,
                            repeatMissingActWithinWorkingDays, repeatMissingIncludeAway),
                    new PatternSettings.MissingAndCme(missingAndCmeRecentWithin, missingAndCmeActWithinWorkingDays),
                    new PatternSettings.ScreeningGap(screeningGapWorkingDays),
                    new PatternSettings.AssessmentReviewOverdue(assessmentReviewInterval),
                    new PatternSettings.CmeEnquiryStalled(cmeEnquiryStalledSchoolDays),
                    new PatternSettings.SharedLinks(sharedLinksWindow, sharedLinksMinChildren,
                            sharedLinksActWithinWorkingDays, sharedLinksHotspotAbove, sharedLinksGenericPlaces),
                    new PatternSettings.MaceDrift(maceDriftActWithinWorkingDays));
        }

        /** MACE_DRIFT: working days the meeting's chair has to challenge drift the panel flagged (10). */
        public int getMaceDriftActWithinWorkingDays() {
            return maceDriftActWithinWorkingDays;
        }

        public void setMaceDriftActWithinWorkingDays(int maceDriftActWithinWorkingDays) {
            this.maceDriftActWithinWorkingDays = maceDriftActWithinWorkingDays;
        }

        /** More children than this seen with one place or adult in the window make it a hotspot (25). */
        public int getSharedLinksHotspotAbove() {
            return sharedLinksHotspotAbove;
        }

        public void setSharedLinksHotspotAbove(int sharedLinksHotspotAbove) {
            this.sharedLinksHotspotAbove = sharedLinksHotspotAbove;
        }

        /** Place names that never link children ("home", "placement", "school"...): replaces the default list. */
        public List<String> getSharedLinksGenericPlaces() {
            return sharedLinksGenericPlaces;
        }

        public void setSharedLinksGenericPlaces(List<String> sharedLinksGenericPlaces) {
            this.sharedLinksGenericPlaces = sharedLinksGenericPlaces == null ? new ArrayList<>()
                    : new ArrayList<>(sharedLinksGenericPlaces);
        }

        public ZoneId getZone() {
            return zone;
        }

        public void setZone(ZoneId zone) {
            this.zone = zone;
        }

        /** The authority's school holidays, each {@code 2026-07-22/2026-09-02} (both days included). */
        public List<String> getSchoolHolidays() {
            return schoolHolidays;
        }

        public void setSchoolHolidays(List<String> schoolHolidays) {
            this.schoolHolidays = schoolHolidays == null ? new ArrayList<>() : new ArrayList<>(schoolHolidays);
        }

        public boolean isRepeatMissingIncludeAway() {
            return repeatMissingIncludeAway;
        }

        public void setRepeatMissingIncludeAway(boolean repeatMissingIncludeAway) {
            this.repeatMissingIncludeAway = repeatMissingIncludeAway;
        }

        public int getRepeatMissingEpisodes() {
            return repeatMissingEpisodes;
        }

        public void setRepeatMissingEpisodes(int repeatMissingEpisodes) {
            this.repeatMissingEpisodes = repeatMissingEpisodes;
        }

        public Period getRepeatMissingWindow() {
            return repeatMissingWindow;
        }

        public void setRepeatMissingWindow(Period repeatMissingWindow) {
            this.repeatMissingWindow = repeatMissingWindow;
        }

        public int getRepeatMissingActWithinWorkingDays() {
            return repeatMissingActWithinWorkingDays;
        }

        public void setRepeatMissingActWithinWorkingDays(int repeatMissingActWithinWorkingDays) {
            this.repeatMissingActWithinWorkingDays = repeatMissingActWithinWorkingDays;
        }

        public Period getMissingAndCmeRecentWithin() {
            return missingAndCmeRecentWithin;
        }

        public void setMissingAndCmeRecentWithin(Period missingAndCmeRecentWithin) {
            this.missingAndCmeRecentWithin = missingAndCmeRecentWithin;
        }

        public int getMissingAndCmeActWithinWorkingDays() {
            return missingAndCmeActWithinWorkingDays;
        }

        public void setMissingAndCmeActWithinWorkingDays(int missingAndCmeActWithinWorkingDays) {
            this.missingAndCmeActWithinWorkingDays = missingAndCmeActWithinWorkingDays;
        }

        public int getScreeningGapWorkingDays() {
            return screeningGapWorkingDays;
        }

        public void setScreeningGapWorkingDays(int screeningGapWorkingDays) {
            this.screeningGapWorkingDays = screeningGapWorkingDays;
        }

        public Period getAssessmentReviewInterval() {
            return assessmentReviewInterval;
        }

        public void setAssessmentReviewInterval(Period assessmentReviewInterval) {
            this.assessmentReviewInterval = assessmentReviewInterval;
        }

        public int getCmeEnquiryStalledSchoolDays() {
            return cmeEnquiryStalledSchoolDays;
        }

        public void setCmeEnquiryStalledSchoolDays(int cmeEnquiryStalledSchoolDays) {
            this.cmeEnquiryStalledSchoolDays = cmeEnquiryStalledSchoolDays;
        }

        public Period getSharedLinksWindow() {
            return sharedLinksWindow;
        }

        public void setSharedLinksWindow(Period sharedLinksWindow) {
            this.sharedLinksWindow = sharedLinksWindow;
        }

        public int getSharedLinksMinChildren() {
            return sharedLinksMinChildren;
        }

        public void setSharedLinksMinChildren(int sharedLinksMinChildren) {
            this.sharedLinksMinChildren = sharedLinksMinChildren;
        }

        public int getSharedLinksActWithinWorkingDays() {
            return sharedLinksActWithinWorkingDays;
        }

        public void setSharedLinksActWithinWorkingDays(int sharedLinksActWithinWorkingDays) {
            this.sharedLinksActWithinWorkingDays = sharedLinksActWithinWorkingDays;
        }
    }

    /**
     * {@code lantern.correlation.profile.*}: see {@link ProfileSettings}. The windows of the profile's three episode
     * counts ({@code episodes-last30-days-window: 30d}, ...; calendar days in {@code patterns.zone}) and, under
     * {@code mace}, the MACE score's weights ({@code mace.urgent-flag: 40}, ...).
     */
    public static class Profile {
        private Period episodesLast30DaysWindow;
        private Period episodesLast90DaysWindow;
        private Period episodesLast365DaysWindow;
        private Mace mace;

        public Profile() {
            this(ProfileSettings.defaults());
        }

        Profile(ProfileSettings d) {
            episodesLast30DaysWindow = d.episodesLast30DaysWindow();
            episodesLast90DaysWindow = d.episodesLast90DaysWindow();
            episodesLast365DaysWindow = d.episodesLast365DaysWindow();
            mace = new Mace(d.mace());
        }

        ProfileSettings toSettings() {
            return new ProfileSettings(episodesLast30DaysWindow, episodesLast90DaysWindow, episodesLast365DaysWindow,
                    mace.toScore());
        }

        public Period getEpisodesLast30DaysWindow() {
            return episodesLast30DaysWindow;
        }

        public void setEpisodesLast30DaysWindow(Period episodesLast30DaysWindow) {
            this.episodesLast30DaysWindow = episodesLast30DaysWindow;
        }

        public Period getEpisodesLast90DaysWindow() {
            return episodesLast90DaysWindow;
        }

        public void setEpisodesLast90DaysWindow(Period episodesLast90DaysWindow) {
            this.episodesLast90DaysWindow = episodesLast90DaysWindow;
        }

        public Period getEpisodesLast365DaysWindow() {
            return episodesLast365DaysWindow;
        }

        public void setEpisodesLast365DaysWindow(Period episodesLast365DaysWindow) {
            this.episodesLast365DaysWindow = episodesLast365DaysWindow;
        }

        public Mace getMace() {
            return mace;
        }

        public void setMace(Mace mace) {
            this.mace = mace;
        }
    }

    /** {@code lantern.correlation.profile.mace.*}: the weights of {@link MaceScore}, none negative. */
    public static class Mace {
        private int urgentFlag;
        private int highFlag;
        private int mediumFlag;
        private int lowFlag;
        private int perEpisodeLast90Days;
        private int significantRisk;
        private int moderateRisk;
        private int mildRisk;
        private int onCmeRegister;
        private int missingNow;

        public Mace() {
            this(MaceScore.defaults());
        }

        Mace(MaceScore d) {
            urgentFlag = d.urgentFlag();
            highFlag = d.highFlag();
            mediumFlag = d.mediumFlag();
            lowFlag = d.lowFlag();
            perEpisodeLast90Days = d.perEpisodeLast90Days();
            significantRisk = d.significantRisk();
            moderateRisk = d.moderateRisk();
            mildRisk = d.mildRisk();
            onCmeRegister = d.onCmeRegister();
            missingNow = d.missingNow();
        }

        MaceScore toScore() {
            return new MaceScore(urgentFlag, highFlag, mediumFlag, lowFlag, perEpisodeLast90Days, significantRisk,
                    moderateRisk, mildRisk, onCmeRegister, missingNow);
        }

        public int getUrgentFlag() {
            return urgentFlag;
        }

        public void setUrgentFlag(int urgentFlag) {
            this.urgentFlag = urgentFlag;
        }

        public int getHighFlag() {
            return highFlag;
        }

        public void setHighFlag(int highFlag) {
            this.highFlag = highFlag;
        }

        public int getMediumFlag() {
            return mediumFlag;
        }

        public void setMediumFlag(int mediumFlag) {
            this.mediumFlag = mediumFlag;
        }

        public int getLowFlag() {
            return lowFlag;
        }

        public void setLowFlag(int lowFlag) {
            this.lowFlag = lowFlag;
        }

        public int getPerEpisodeLast90Days() {
            return perEpisodeLast90Days;
        }

        public void setPerEpisodeLast90Days(int perEpisodeLast90Days) {
            this.perEpisodeLast90Days = perEpisodeLast90Days;
        }

        public int getSignificantRisk() {
            return significantRisk;
        }

        public void setSignificantRisk(int significantRisk) {
            this.significantRisk = significantRisk;
        }

        public int getModerateRisk() {
            return moderateRisk;
        }

        public void setModerateRisk(int moderateRisk) {
            this.moderateRisk = moderateRisk;
        }

        public int getMildRisk() {
            return mildRisk;
        }

        public void setMildRisk(int mildRisk) {
            this.mildRisk = mildRisk;
        }

        public int getOnCmeRegister() {
            return onCmeRegister;
        }

        public void setOnCmeRegister(int onCmeRegister) {
            this.onCmeRegister = onCmeRegister;
        }

        public int getMissingNow() {
            return missingNow;
        }

        public void setMissingNow(int missingNow) {
            this.missingNow = missingNow;
        }
    }
}
