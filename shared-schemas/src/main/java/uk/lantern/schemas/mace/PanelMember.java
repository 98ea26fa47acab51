package uk.lantern.schemas.mace;

/** A person on the panel and the agency they speak for. */
public record PanelMember(String name, Agency agency) {
}
