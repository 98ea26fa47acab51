package uk.lantern.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.codec.language.DoubleMetaphone;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.identity.PersonRecord.Sex;

/**
 * A synthetic, deterministic (by seed) population of children with UK-like names, dates of birth, postcodes and
 * addresses, and strong identifiers on a share of the records. Two styles (see {@link Style}); {@link Style#UK} is the
 * default.
 *
 * <ul>
 *   <li>Given names: about 150 girls' and 150 boys' names at the head (the commonest about 1.4 % of its sex, as Olivia
 *       or Muhammad are in England), then a tail of rarer names up to 6,000 per sex, Zipf–Mandelbrot frequency
 *       {@code 1/(rank+10)} (UK style; the concentrated style stops at the 150).</li>
 *   <li>Family names: about 300 real British and British-Asian/European surnames, commonest first, then some 2,700
 *       compound English place-style surnames (Ashworth, Blackburn, …), then (UK style) a tail of rarer surnames up to
 *       60,000, Zipf–Mandelbrot {@code 1/(rank+10)}: Smith is about 1.1 % of everyone (1.6 % in the concentrated
 *       style, whose list ends at 3,067).</li>
 *   <li>Households of 1–4 children share family name, postcode and address (45 %, 35 %, 15 %, 5 %). UK style:
 *       siblings have given names that neither repeat nor sound alike, are born at least 300 days apart, and one
 *       sibling in {@link #TWIN_SHARE} is the twin of the one before (same date of birth).</li>
 *   <li>Date of birth: uniform over ages 0–17 at {@link #REFERENCE_DATE}.</li>
 *   <li>Postcodes: 30 areas × 20 districts × 10 sectors × 400 units (2.4 million possible units; the UK has about
 *       1.7 million). UK style: the street belongs to the postcode (a unit lies on one street) and is one of about
 *       30,000 street names, High Street and Station Road commonest; concentrated style: one of 50 street names
 *       anywhere.</li>
 *   <li>Strong identifiers, independently: NHS number (valid check digit) on {@link #NHS_SHARE}, UPN on
 *       {@link #UPN_SHARE} of the school-age (4+), local-authority id on {@link #LA_SHARE}, police id on
 *       {@link #POLICE_SHARE}. All unique.</li>
 * </ul>
 */
public final class Population {
    public static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 22);
    public static final double NHS_SHARE = 0.60;
    public static final double UPN_SHARE = 0.50;
    public static final double LA_SHARE = 0.25;
    public static final double POLICE_SHARE = 0.10;
    /** UK style: the share of younger siblings who are the twin of the sibling before (about 3 % of children). */
    public static final double TWIN_SHARE = 0.035;

    /** How names and streets are drawn. */
    public enum Style {
        /**
         * The first generator, kept to reproduce earlier figures: 302 given names and 3,067 family names, 50 street
         * names anywhere in the country, siblings' names and dates of birth drawn independently. Namesakes are several
         * times commoner than in the UK.
         */
        CONCENTRATED,
        /** UK-like frequency tails: 6,000 given names per sex, 60,000 family names, streets tied to postcodes. */
        UK
    }

    static final int UK_GIVEN_NAMES_PER_SEX = 6_000;
    static final int UK_FAMILY_NAMES = 60_000;
    static final int UK_STREET_NAMES = 30_000;

    static final String[] GIRLS = {
        "Olivia", "Amelia", "Isla", "Ava", "Lily", "Freya", "Ivy", "Florence", "Isabella", "Mia", "Willow", "Rosie",
        "Sophia", "Isabelle", "Grace", "Daisy", "Sienna", "Poppy", "Elsie", "Emily", "Ella", "Evelyn", "Phoebe",
        "Sofia", "Evie", "Charlotte", "Harper", "Millie", "Matilda", "Maya", "Sophie", "Alice", "Emilia", "Isabel",
        "Ruby", "Luna", "Maisie", "Aria", "Penelope", "Mila", "Bonnie", "Eva", "Hallie", "Scarlett", "Ada", "Esme",
        "Violet", "Layla", "Lottie", "Ellie", "Thea", "Jessica", "Chloe", "Harriet", "Margot", "Arabella", "Maria",
        "Aisha", "Zara", "Fatima", "Maryam", "Hannah", "Amelie", "Georgia", "Lucy", "Molly", "Holly", "Lola",
        "Robyn", "Erin", "Megan", "Lauren", "Amber", "Jasmine", "Katie", "Leah", "Abigail", "Summer", "Imogen",
        "Eliza", "Orla", "Niamh", "Aoife", "Caitlin", "Bethany", "Paige", "Courtney", "Shannon", "Chelsea", "Jade",
        "Amy", "Rebecca", "Rachel", "Laura", "Sarah", "Hollie", "Keira", "Tilly", "Nancy", "Beatrice", "Elizabeth",
        "Victoria", "Anna", "Hanna", "Zoe", "Naomi", "Eleanor", "Francesca", "Gabriella", "Kayla", "Aaliyah",
        "Amira", "Hafsa", "Inaya", "Khadija", "Safa", "Simran", "Priya", "Anaya", "Zainab", "Hana", "Julia",
        "Zuzanna", "Oliwia", "Lena", "Nina", "Kacey", "Tia", "Demi", "Kelsey", "Brooke", "Skye", "Mollie", "Libby",
        "Darcy", "Darcie", "Gracie", "Lexi", "Lacey", "Macie", "Ellis", "Frankie", "Jorja", "Kiera", "Madison",
        "Hope", "Faith", "Tegan", "Carys", "Ffion", "Seren", "Eilidh", "Kirsty"};

    static final String[] BOYS = {
        "Muhammad", "Noah", "Oliver", "Leo", "George", "Luca", "Theodore", "Oscar", "Arthur", "Archie", "Freddie",
        "Harry", "Jack", "Henry", "Charlie", "Alfie", "Finley", "Thomas", "Teddy", "Jacob", "Edward", "Isaac",
        "Tommy", "Albie", "Lucas", "Arlo", "Jude", "Hudson", "Rory", "Louie", "Reggie", "Tobias", "William",
        "Joshua", "James", "Ezra", "Grayson", "Elijah", "Max", "Ronnie", "Roman", "Mohammed", "Hunter", "Jaxon",
        "Sebastian", "Mason", "Hugo", "Harrison", "Louis", "Daniel", "Samuel", "Ethan", "Dylan", "Logan", "Jayden",
        "Riley", "Joseph", "Benjamin", "Alexander", "Adam", "Ryan", "Callum", "Connor", "Kieran", "Liam", "Kyle",
        "Jordan", "Nathan", "Lewis", "Aaron", "Bradley", "Jamie", "Owen", "Tyler", "Reece", "Declan", "Sean",
        "Cameron", "Luke", "Matthew", "Michael", "David", "Jake", "Ben", "Sam", "Toby", "Stanley", "Frankie",
        "Ollie", "Bobby", "Billy", "Alfred", "Ibrahim", "Yusuf", "Ali", "Omar", "Ayaan", "Zayn", "Hamza", "Idris",
        "Rayyan", "Arjun", "Aarav", "Rohan", "Kai", "Jakub", "Szymon", "Filip", "Kacper", "Antoni", "Mikolaj",
        "Elliot", "Elliott", "Zachary", "Theo", "Jenson", "Jasper", "Felix", "Hector", "Rupert", "Caleb", "Ellis",
        "Kayden", "Brandon", "Corey", "Jack", "Charley", "Mackenzie", "Harley", "Lennon", "Jayce", "Kian", "Rhys",
        "Dafydd", "Gethin", "Cian", "Callan", "Fraser", "Euan", "Ruaridh", "Finlay", "Lachlan", "Harvey", "Ashton",
        "Dexter", "Marley", "Otis", "Ezekiel", "Nathaniel"};

    /** Commonest first, roughly in the order of England and Wales. */
    static final String[] COMMON_SURNAMES = {
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
        "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
        "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly",
        "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox",
        "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
        "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
        "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell",
        "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed",
        "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders",
        "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson", "Bradley",
        "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan",
        "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman", "Barrett",
        "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons",
        "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver",
        "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates", "Henderson",
        "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross", "Long",
        "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson",
        "Robson", "Curtis", "Hopkins", "O'Connor", "Harper", "Coleman", "Watkins", "Moss", "McCarthy",
        "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston",
        "Gordon", "Doyle", "Wallace", "George", "Jordan", "Hutchinson", "Rahman", "Miah", "Islam", "Uddin",
        "Akhtar", "Iqbal", "Mahmood", "Hussein", "Sharma", "Kumar", "Mistry", "Chauhan", "Nowak", "Kowalski",
        "Wisniewski", "Wojcik", "Kaminski", "Lewandowski", "Nguyen", "Chen", "Wang", "Li", "Zhang", "Okafor",
        "Adeyemi", "Mensah", "Osei", "Abdi", "Mohamed", "Hassan", "Ibrahim", "Yilmaz", "Popescu", "Silva",
        "Santos", "Ferreira", "Rossi", "Kelly", "Quinn", "Doherty", "Gallagher", "Maguire", "Fraser", "Douglas",
        "MacLeod", "Mackenzie", "Sinclair", "Duncan", "Ferguson", "Hughes-Jones", "Smith-Taylor", "Lloyd-Davies"};

    static final String[] PREFIXES = {
        "Ash", "Black", "Brad", "Brook", "Bur", "Cald", "Chat", "Clay", "Cold", "Cran", "Dal", "Den", "Down",
        "East", "Elm", "Fair", "Farn", "Fern", "Fox", "Gold", "Green", "Hal", "Ham", "Hart", "Haw", "Hay", "Heath",
        "High", "Hol", "Kings", "Lang", "Lea", "Lid", "Lock", "Marl", "Mid", "Mill", "Moor", "Nor", "Oak", "Pen",
        "Ply", "Red", "Ridge", "Rock", "Rother", "Salt", "Sand", "Shel", "Stan", "Staf", "Stock", "Sud", "Thorn",
        "Wal", "Wat", "Well", "West", "Whit", "Wim", "Win", "Wood", "Worth", "Yar", "Ald", "Bar", "Bel", "Bex",
        "Brom", "Cas", "Chil", "Col", "Dur", "Ever", "Gars", "Grim", "Hick", "Ing", "Kel", "Kirk"};

    static final String[] SUFFIXES = {
        "worth", "burn", "ley", "field", "ford", "ton", "well", "wood", "more", "by", "combe", "ham", "hurst",
        "bury", "dale", "stead", "wick", "thorpe", "cliffe", "bridge", "brook", "den", "don", "gate", "holme",
        "ington", "land", "low", "mere", "over", "shaw", "stone", "wall", "way", "win"};

    static final String[] STREETS = {
        "High Street", "Station Road", "Church Lane", "Park Road", "Victoria Road", "Green Lane", "Manor Road",
        "Church Street", "Park Avenue", "The Avenue", "Queens Road", "New Road", "Grange Road", "Kings Road",
        "Alexandra Road", "Mill Lane", "School Lane", "York Road", "Main Street", "Springfield Road",
        "North Street", "Lincoln Road", "Broadway", "Cromwell Road", "Bourges Boulevard", "Thorpe Road",
        "Eastfield Road", "Dogsthorpe Road", "Gladstone Street", "Padholme Road", "Welland Road", "Fulbridge Road",
        "Oundle Road", "London Road", "Cambridge Road", "Newark Avenue", "Belsize Avenue", "Fletton Avenue",
        "Crowland Road", "Westwood Park Road", "Orchard Street", "Cobden Street", "Harris Street", "Vere Road",
        "Russell Street", "Burghley Road", "Taverners Road", "Deacon Street", "Mayors Walk", "Bright Street"};

    static final String[] POSTCODE_AREAS = {
        "PE", "CB", "NN", "LE", "NG", "LN", "MK", "SG", "IP", "NR", "CO", "CM", "LU", "B", "CV", "DE", "S", "M",
        "L", "LS", "BD", "HU", "YO", "E", "N", "SE", "SW", "W", "NW", "BS"};

    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final SplittableRandom random;
    private final Style style;
    private final String[] girlNames;
    private final String[] boyNames;
    private final String[] surnames;
    private final Zipf girls;
    private final Zipf boys;
    private final Zipf surnameRank;
    private int serial;

    private final String idPrefix;

    private Population(long seed, String idPrefix, int firstSerial, Style style) {
        this.random = new SplittableRandom(seed);
        this.idPrefix = idPrefix;
        this.serial = firstSerial;
        this.style = style;
        if (style == Style.UK) {
            Tables t = Tables.uk();
            girlNames = t.girls;
            boyNames = t.boys;
            surnames = t.surnames;
        } else {
            girlNames = GIRLS;
            boyNames = BOYS;
            surnames = surnames();
        }
        girls = new Zipf(girlNames.length, 10, 1.0);
        boys = new Zipf(boyNames.length, 10, 1.0);
        surnameRank = new Zipf(surnames.length, 10, 1.0);
    }

    /** {@code n} distinct known children (record ids {@code known-0000000}…), deterministic by seed. */
    public static List<PersonRecord> generate(long seed, int n) {
        return generate(seed, n, "known-", 0);
    }

    /**
     * {@code n} distinct children whose record ids start with {@code idPrefix} and whose strong identifiers are
     * derived from serials {@code firstSerial}, {@code firstSerial + 1}, … (so two calls with disjoint serial
     * ranges below 50,000,000 never share an identifier).
     */
    public static List<PersonRecord> generate(long seed, int n, String idPrefix, int firstSerial) {
        return generate(seed, n, idPrefix, firstSerial, Style.UK);
    }

    /** As {@link #generate(long, int, String, int)}, in the given style. */
    public static List<PersonRecord> generate(long seed, int n, String idPrefix, int firstSerial, Style style) {
        Population p = new Population(seed, idPrefix, firstSerial, style);
        List<PersonRecord> out = new ArrayList<>(n);
        while (out.size() < n) {
            if (style == Style.UK) {
                p.ukHousehold(out, n);
            } else {
                p.household(out, n);
            }
        }
        return out;
    }

    /** The full list of family names, commonest first. */
    public static String[] surnames() {
        List<String> all = new ArrayList<>(Arrays.asList(COMMON_SURNAMES));
        for (String p : PREFIXES) {
            for (String s : SUFFIXES) {
                all.add(p + s);
            }
        }
        return all.stream().distinct().toArray(String[]::new);
    }

    /** The probability of the commonest family name. */
    public static double commonestSurnameShare() {
        return new Zipf(surnames().length, 10, 1.0).probability(0);
    }

    private void household(List<PersonRecord> out, int n) {
        double u = random.nextDouble();
        int size = u < 0.45 ? 1 : u < 0.80 ? 2 : u < 0.95 ? 3 : 4;
        String family = surnames[surnameRank.sample(random)];
        String postcode = postcode(random);
        String address = (1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)];
        for (int i = 0; i < size && out.size() < n; i++) {
            out.add(child(idPrefix + String.format("%07d", serial++), family, postcode, address));
        }
    }

    private PersonRecord child(String recordId, String family, String postcode, String address) {
        boolean girl = random.nextBoolean();
        String given = girl ? girlNames[girls.sample(random)] : boyNames[boys.sample(random)];
        LocalDate dob = REFERENCE_DATE.minusDays(1 + random.nextInt(18 * 365 + 4));
        return withIdentifiers(PersonRecord.builder(recordId).givenName(given).familyName(family)
                .dateOfBirth(dob.toString()).sex(girl ? Sex.FEMALE : Sex.MALE).postcode(postcode)
                .addressLine(address), dob);
    }

    /** Strong identifiers, each on its share, derived from the serial (unique per record). */
    private PersonRecord withIdentifiers(PersonRecord.Builder b, LocalDate dob) {
        int age = REFERENCE_DATE.getYear() - dob.getYear();
        int s = serial;
        if (random.nextDouble() < NHS_SHARE) {
            b.nhsNumber(nhsNumber(s));
        }
        if (age >= 4 && random.nextDouble() < UPN_SHARE) {
            b.upn(upn(s));
        }
        if (random.nextDouble() < LA_SHARE) {
            b.localAuthorityId(String.format("LA-%08d", s));
        }
        if (random.nextDouble() < POLICE_SHARE) {
            b.policeId(String.format("PNC%09dX", (s * 7_919L) % 1_000_000_000L));
        }
        return b.build();
    }

    /**
     * A UK-style household: the street comes with the postcode; siblings get given names that neither repeat nor
     * sound alike (Double Metaphone), dates of birth at least 300 days apart, or, one in {@link #TWIN_SHARE}, the
     * date of birth of the sibling before (twins).
     */
    private void ukHousehold(List<PersonRecord> out, int n) {
        double u = random.nextDouble();
        int size = u < 0.45 ? 1 : u < 0.80 ? 2 : u < 0.95 ? 3 : 4;
        String family = surnames[surnameRank.sample(random)];
        String postcode = postcode(random);
        String address = (1 + random.nextInt(180)) + " " + streetOf(postcode);
        List<String> sounds = new ArrayList<>();
        List<LocalDate> born = new ArrayList<>();
        for (int i = 0; i < size && out.size() < n; i++) {
            boolean girl = random.nextBoolean();
            String given;
            do {
                given = girl ? girlNames[girls.sample(random)] : boyNames[boys.sample(random)];
            } while (sounds.contains(sound(given)));
            sounds.add(sound(given));
            LocalDate dob;
            if (i > 0 && random.nextDouble() < TWIN_SHARE) {
                dob = born.get(i - 1);
            } else {
                int tries = 0;
                do {
                    dob = REFERENCE_DATE.minusDays(1 + random.nextInt(18 * 365 + 4));
                } while (++tries < 100 && tooClose(dob, born));
            }
            born.add(dob);
            String recordId = idPrefix + String.format("%07d", serial++);
            out.add(withIdentifiers(PersonRecord.builder(recordId).givenName(given).familyName(family)
                    .dateOfBirth(dob.toString()).sex(girl ? Sex.FEMALE : Sex.MALE).postcode(postcode)
                    .addressLine(address), dob));
        }
    }

    private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

    private static String sound(String name) {
        return DOUBLE_METAPHONE.doubleMetaphone(name);
    }

    private static boolean tooClose(LocalDate dob, List<LocalDate> siblings) {
        for (LocalDate other : siblings) {
            if (Math.abs(dob.toEpochDay() - other.toEpochDay()) < 300) {
                return true;
            }
        }
        return false;
    }

    /** The street of a postcode unit: always the same for one postcode, common names commonest. */
    static String streetOf(String postcode) {
        Tables t = Tables.uk();
        return t.streets[t.streetRank.sample(new SplittableRandom(postcode.hashCode() * 0x9E3779B97F4A7C15L))];
    }

    public static String postcode(SplittableRandom random) {
        String area = POSTCODE_AREAS[random.nextInt(POSTCODE_AREAS.length)];
        return area + (1 + random.nextInt(20)) + " " + random.nextInt(10)
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()))
                + INWARD_LETTERS.charAt(random.nextInt(INWARD_LETTERS.length()));
    }

    /**
     * A valid NHS number unique to {@code serial}: nine digits from a bijection of the serial (multiplying by a
     * number prime to 10^9), then the modulus-11 check digit; when the check would be 10 the serial is moved into
     * another range of the nine digits that no other serial reaches.
     */
    public static String nhsNumber(int serial) {
        for (long attempt = 0; ; attempt++) {
            long base = ((serial + attempt * 50_000_000L) * 987_654_323L) % 1_000_000_000L;
            String nine = String.format("%09d", base);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return nine + check;
            }
        }
    }

    static String upn(int serial) {
        char letter = (char) ('A' + serial % 26);
        return letter + String.format("%03d%04d%05d", 874, (serial / 100_000) % 10_000, serial % 100_000);
    }

    public static Map<String, Object> description() {
        return description(Style.UK);
    }

    public static Map<String, Object> description(Style style) {
        boolean uk = style == Style.UK;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("style", style.name());
        d.put("given_names", uk ? 2 * UK_GIVEN_NAMES_PER_SEX : GIRLS.length + BOYS.length);
        d.put("family_names", uk ? UK_FAMILY_NAMES : surnames().length);
        d.put("name_frequency", "Zipf-Mandelbrot 1/(rank+10)");
        d.put("commonest_given_name_share_of_its_sex", round4(new Zipf(uk ? UK_GIVEN_NAMES_PER_SEX : GIRLS.length,
                10, 1.0).probability(0)));
        d.put("commonest_family_name_share", round4(uk ? new Zipf(UK_FAMILY_NAMES, 10, 1.0).probability(0)
                : commonestSurnameShare()));
        d.put("household_sizes", "1:45%, 2:35%, 3:15%, 4:5% (siblings share family name, postcode, address)");
        if (uk) {
            d.put("siblings", "given names neither repeated nor sounding alike; born 300+ days apart, or twins ("
                    + TWIN_SHARE + " of younger siblings)");
        } else {
            d.put("siblings", "names and dates of birth drawn independently");
        }
        d.put("ages", "0-17 at " + REFERENCE_DATE);
        d.put("postcode_areas", POSTCODE_AREAS.length);
        d.put("postcode_units_possible", POSTCODE_AREAS.length * 20 * 10 * INWARD_LETTERS.length()
                * INWARD_LETTERS.length());
        d.put("streets", uk ? UK_STREET_NAMES + " names, one per postcode unit, Zipf-Mandelbrot 1/(rank+10)"
                : STREETS.length + " names, any street anywhere");
        d.put("nhs_number_share", NHS_SHARE);
        d.put("upn_share_of_age_4_plus", UPN_SHARE);
        d.put("local_authority_id_share", LA_SHARE);
        d.put("police_id_share", POLICE_SHARE);
        return d;
    }

    private static double round4(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /**
     * The UK-style name and street tables: the real names first (commonest first), then made-up but pronounceable
     * ones from syllables, each distinct, so that the rare tail is as long as the UK's.
     */
    static final class Tables {
        private static Tables uk;

        final String[] girls;
        final String[] boys;
        final String[] surnames;
        final String[] streets;
        final Zipf streetRank;

        private Tables() {
            java.util.Set<String> taken = new java.util.HashSet<>();
            girls = extend(GIRLS, UK_GIVEN_NAMES_PER_SEX, taken, GIRL_ENDINGS, 0, 11);
            boys = extend(BOYS, UK_GIVEN_NAMES_PER_SEX, taken, BOY_ENDINGS, 0, 12);
            surnames = extend(surnames(), UK_FAMILY_NAMES, new java.util.HashSet<>(), SURNAME_ENDINGS, 1, 13);
            List<String> streetNames = new ArrayList<>(Arrays.asList(STREETS));
            java.util.Set<String> seen = new java.util.HashSet<>(streetNames);
            String[] places = extend(surnames(), 3_000, new java.util.HashSet<>(), SURNAME_ENDINGS, 1, 14);
            for (String place : places) {
                for (String type : STREET_TYPES) {
                    String street = place + " " + type;
                    if (streetNames.size() < UK_STREET_NAMES && seen.add(street)) {
                        streetNames.add(street);
                    }
                }
            }
            streets = streetNames.toArray(String[]::new);
            streetRank = new Zipf(streets.length, 10, 1.0);
        }

        static synchronized Tables uk() {
            if (uk == null) {
                uk = new Tables();
            }
            return uk;
        }

        private static String[] extend(String[] head, int size, java.util.Set<String> taken, String[] endings,
                                       int maxMiddle, long seed) {
            List<String> out = new ArrayList<>(size);
            for (String h : head) {
                if (taken.add(h.toLowerCase()) && out.size() < size) {
                    out.add(h);
                }
            }
            SplittableRandom r = new SplittableRandom(seed);
            while (out.size() < size) {
                StringBuilder b = new StringBuilder();
                b.append(ONSETS[r.nextInt(ONSETS.length)]).append(VOWELS[r.nextInt(VOWELS.length)])
                        .append(CODAS[r.nextInt(CODAS.length)]);
                int middle = r.nextInt(maxMiddle + 1);
                for (int i = 0; i < middle; i++) {
                    b.append(ONSETS[r.nextInt(ONSETS.length)].toLowerCase()).append(VOWELS[r.nextInt(VOWELS.length)]);
                }
                b.append(endings[r.nextInt(endings.length)]);
                String name = b.toString();
                if (name.length() >= 3 && taken.add(name.toLowerCase())) {
                    out.add(name);
                }
            }
            return out.toArray(String[]::new);
        }
    }

    private static final String[] ONSETS = {
        "B", "Br", "C", "Ch", "Cl", "Cr", "D", "Dr", "F", "Fl", "Fr", "G", "Gl", "Gr", "H", "J", "K", "Kn", "L", "M",
        "N", "P", "Pr", "Qu", "R", "S", "Sc", "Sh", "Sl", "Sp", "St", "T", "Th", "Tr", "V", "W", "Wh", "Y", "Z", "A",
        "E", "I", "O", "U"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ee", "oo", "ou", "y", "ie", "au"};
    private static final String[] CODAS = {
        "", "b", "ck", "d", "ff", "g", "ll", "m", "n", "nd", "ng", "nn", "p", "r", "rd", "rk", "rn", "rr", "s", "ss",
        "t", "tt", "th", "x", "ld", "lt", "nt", "st", "sh", "v", "z"};
    private static final String[] SURNAME_ENDINGS = {
        "", "er", "ing", "ton", "ley", "son", "man", "well", "by", "field", "worth", "ham", "ford", "wood", "ridge",
        "en", "ett", "ock", "ard", "ins", "ell", "ow", "ick", "sey", "ney", "land", "dale", "es", "ey", "is"};
    private static final String[] GIRL_ENDINGS = {
        "a", "ia", "elle", "ina", "ette", "ie", "y", "ah", "lyn", "ra", "ana", "ene", "issa", "ola", "ey", "ina"};
    private static final String[] BOY_ENDINGS = {
        "", "o", "an", "el", "er", "on", "us", "ie", "ey", "ar", "iel", "en", "in", "as", "is", "ik"};
    private static final String[] STREET_TYPES = {
        "Road", "Street", "Lane", "Avenue", "Close", "Drive", "Way", "Gardens", "Crescent", "Place", "Grove",
        "Court"};

    /** Zipf–Mandelbrot over ranks 0..n-1: p(rank) ∝ 1/(rank+1+q)^s, sampled by binary search. */
    static final class Zipf {
        private final double[] cumulative;

        Zipf(int n, double q, double s) {
            cumulative = new double[n];
            double total = 0;
            for (int k = 0; k < n; k++) {
                total += 1 / Math.pow(k + 1 + q, s);
                cumulative[k] = total;
            }
            for (int k = 0; k < n; k++) {
                cumulative[k] /= total;
            }
        }

        double probability(int rank) {
            return rank == 0 ? cumulative[0] : cumulative[rank] - cumulative[rank - 1];
        }

        int sample(SplittableRandom random) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
        }
    }
}
