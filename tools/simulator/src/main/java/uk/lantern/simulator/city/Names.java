package uk.lantern.simulator.city;

import java.util.List;

/** Built-in plausible UK names and organisations. */
final class Names {

    static final List<String> GIRLS = List.of(
            "Amelia", "Olivia", "Isla", "Ava", "Mia", "Ivy", "Lily", "Isabella", "Rosie", "Sophia",
            "Grace", "Freya", "Evie", "Poppy", "Ella", "Emily", "Chloe", "Jessica", "Holly", "Megan",
            "Leah", "Aisha", "Maryam", "Zara", "Amira", "Hannah", "Ruby", "Millie", "Scarlett", "Phoebe",
            "Eliza", "Daisy", "Summer", "Lacey", "Courtney", "Shannon", "Kayla", "Nikola", "Julia", "Maja");

    static final List<String> BOYS = List.of(
            "Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Oscar", "Jack", "Charlie", "Jacob",
            "Thomas", "Alfie", "Freddie", "Archie", "Henry", "Theo", "Joshua", "Kai", "Tyler", "Mason",
            "Riley", "Callum", "Connor", "Jayden", "Kieran", "Liam", "Ryan", "Lewis", "Ethan", "Reece",
            "Mohammed", "Yusuf", "Ibrahim", "Adam", "Hamza", "Kacper", "Jakub", "Dawid", "Tomas", "Lukas");

    static final List<String> FAMILY = List.of(
            "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
            "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
            "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
            "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
            "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
            "Khan", "Hussain", "Ali", "Ahmed", "Begum", "Kowalski", "Nowak", "Kaur", "Singh", "Mitchell");

    static final String HOME_AUTHORITY = "Peterborough";

    static final List<String> OTHER_AUTHORITIES = List.of(
            "Cambridgeshire", "Lincolnshire", "North Northamptonshire", "Norfolk", "Leicestershire",
            "Hertfordshire", "Essex", "London Borough of Enfield", "Bedford", "Luton");

    static final List<String> CHILDRENS_HOMES = List.of(
            "Oakwood House children's home", "Nene View children's home", "Willow Lodge children's home",
            "Cathedral Close children's home");

    static final List<String> SUPPORTED_ACCOMMODATION = List.of(
            "Riverside supported accommodation", "Fengate Lodge semi-independent living");

    static final String POLICE = "Cambridgeshire Constabulary";

    private Names() {
    }

    static String given(Sex sex, Pick pick) {
        return switch (sex) {
            case FEMALE -> pick.oneOf(GIRLS);
            case MALE -> pick.oneOf(BOYS);
            default -> pick.oneOf(pick.chance(0.5) ? GIRLS : BOYS);
        };
    }

    static String fullName(Pick pick) {
        return given(pick.chance(0.5) ? Sex.FEMALE : Sex.MALE, pick) + " " + pick.oneOf(FAMILY);
    }
}
