package uk.lantern.correlation.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A small built-in table of English given-name variants (each group: the formal name, then its short forms). A
 * formal name and one of its short forms are the same name; two short forms are only when they stand for exactly the
 * same formal names (Bill and Will; Sam and Sammy), not when one of them could also be someone else's (Charlie is
 * Charles or Charlotte, so Charlie and Lottie are not taken as one name).
 */
final class Nicknames {
    private static final String[] GROUPS = {
        "william bill billy will willy liam", "robert bob bobby rob robbie bert", "richard rick ricky dick rich",
        "james jim jimmy jamie", "john jack johnny jon", "jonathan jon jonny", "joseph joe joey",
        "thomas tom tommy", "michael mike mikey mick mickey", "christopher chris kit", "daniel dan danny",
        "david dave davey", "matthew matt matty", "nicholas nick nicky", "anthony tony", "alexander alex sandy xander",
        "benjamin ben benny", "samuel sam sammy", "edward ed eddie ted ned", "charles charlie chas chuck",
        "henry harry hank", "joshua josh", "zachary zach zack", "nathan nate", "nathaniel nate nat",
        "andrew andy drew", "stephen steve stevie", "steven steve stevie", "peter pete", "patrick paddy pat",
        "frederick fred freddie", "lewis lew", "louis lou", "timothy tim timmy", "kenneth ken kenny",
        "jacob jake", "oliver ollie olly", "elizabeth liz lizzie beth betty eliza libby", "margaret maggie meg peggy",
        "katherine kate katie kathy kat", "catherine cate cathy kate katie", "jennifer jen jenny",
        "rebecca becky becca", "victoria vicky tori", "samantha sam sammy", "alexandra alex lexi sandra",
        "abigail abbie abby gail", "charlotte charlie lottie", "jessica jess jessie", "olivia liv livvy",
        "isabella bella izzy isabel", "isabelle bella izzy", "amelia millie amy", "emily em emmy", "emma em",
        "sophia sophie", "madeline maddie maddy", "madison maddie maddy", "natalie nat", "natalia nat",
        "elena ellie", "eleanor ellie nell nora", "ellen ellie nell", "susan sue susie", "deborah debbie deb",
        "patricia pat patty trish", "christine chris chrissie", "christina chris tina", "jacqueline jackie",
        "theresa tess tessa", "lucinda lucy", "lucy lu", "hannah hanna", "georgia georgie", "kayleigh kayla kaylee",
    };
    private static final Map<String, Set<Integer>> GROUP_OF = new HashMap<>();

    static {
        for (int g = 0; g < GROUPS.length; g++) {
            for (String name : GROUPS[g].split(" ")) {
                GROUP_OF.computeIfAbsent(name, k -> new java.util.HashSet<>()).add(g);
            }
        }
    }

    private Nicknames() {
    }

    static boolean equivalent(String a, String b) {
        Set<Integer> ga = GROUP_OF.get(a);
        Set<Integer> gb = GROUP_OF.get(b);
        if (ga == null || gb == null) {
            return false;
        }
        for (Integer g : ga) {
            if (gb.contains(g) && (isFormal(a, g) || isFormal(b, g))) {
                return true;
            }
        }
        return ga.equals(gb);
    }

    private static boolean isFormal(String name, int group) {
        return GROUPS[group].startsWith(name + " ");
    }
}
