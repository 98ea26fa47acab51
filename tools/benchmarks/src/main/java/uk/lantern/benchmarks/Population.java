package uk.lantern.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.identity.PersonRecord.Sex;

/**
 * A synthetic, deterministic (by seed) population of children with UK-like names, dates of birth, postcodes and
 * addresses, and strong identifiers on a share of the records.
 *
 * <ul>
 *   <li>Given names: about 150 girls' and 150 boys' names, Zipf–Mandelbrot frequency (the commonest is about 3 % of
 *       its sex, as Olivia or Muhammad are in England).</li>
 *   <li>Family names: about 300 real British and British-Asian/European surnames, commonest first, followed by some
 *       2,700 compound English place-style surnames (Ashworth, Blackburn, …), Zipf–Mandelbrot frequency {@code
 *       1/(rank+10)}: Smith is about 1.6 % of everyone, so common surnames make big blocks.</li>
 *   <li>Households of 1–4 children share family name, postcode and address (45 %, 35 %, 15 %, 5 %).</li>
 *   <li>Date of birth: uniform over ages 0–17 at {@link #REFERENCE_DATE}.</li>
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
    private final Zipf girls = new Zipf(GIRLS.length, 10, 1.0);
    private final Zipf boys = new Zipf(BOYS.length, 10, 1.0);
    private final String[] surnames = surnames();
    private final Zipf surnameRank = new Zipf(surnames.length, 10, 1.0);
    private int serial;

    private final String idPrefix;

    private Population(long seed, String idPrefix, int firstSerial) {
        this.random = new SplittableRandom(seed);
        this.idPrefix = idPrefix;
        this.serial = firstSerial;
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
        Population p = new Population(seed, idPrefix, firstSerial);
        List<PersonRecord> out = new ArrayList<>(n);
        while (out.size() < n) {
            p.household(out, n);
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
        String given = girl ? GIRLS[girls.sample(random)] : BOYS[boys.sample(random)];
        LocalDate dob = REFERENCE_DATE.minusDays(1 + random.nextInt(18 * 365 + 4));
        int age = REFERENCE_DATE.getYear() - dob.getYear();
        int s = serial; // unique per record: identifiers are derived from it bijectively
        PersonRecord.Builder b = PersonRecord.builder(recordId)
                .givenName(given).familyName(family).dateOfBirth(dob.toString())
                .sex(girl ? Sex.FEMALE : Sex.MALE).postcode(postcode).addressLine(address);
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
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("given_names", GIRLS.length + BOYS.length);
        d.put("family_names", surnames().length);
        d.put("name_frequency", "Zipf-Mandelbrot 1/(rank+10)");
        d.put("commonest_family_name_share", Math.round(commonestSurnameShare() * 10_000) / 10_000.0);
        d.put("household_sizes", "1:45%, 2:35%, 3:15%, 4:5% (siblings share family name, postcode, address)");
        d.put("ages", "0-17 at " + REFERENCE_DATE);
        d.put("postcode_areas", POSTCODE_AREAS.length);
        d.put("nhs_number_share", NHS_SHARE);
        d.put("upn_share_of_age_4_plus", UPN_SHARE);
        d.put("local_authority_id_share", LA_SHARE);
        d.put("police_id_share", POLICE_SHARE);
        return d;
    }

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
