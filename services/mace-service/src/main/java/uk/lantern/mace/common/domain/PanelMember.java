package uk.lantern.mace.common.domain;

/** A person and the agency they speak for (an attendee, the chair, an action's owner). */
public record PanelMember(String name, Agency agency) {

    public PanelMember {
        Checks.text("name", name, 200);
        Checks.present("agency", agency);
        name = name.strip();
    }

    public String words() {
        return name + " (" + agency.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
