package uk.lantern.mace.common.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.lantern.mace.common.domain.Agency;
import uk.lantern.mace.common.domain.AllocatedWorker;
import uk.lantern.mace.common.domain.PanelMember;

/** The JSON shapes shared by the requests. Shape is checked here; the rules by the domain. */
public final class Bodies {

    public record PanelMemberBody(@NotBlank @Size(max = 200) String name, @NotNull Agency agency) {
        public PanelMember toMember() {
            return new PanelMember(name, agency);
        }
    }

    public record AllocatedWorkerBody(@Size(min = 1, max = 200) String name, @NotBlank @Size(max = 200) String team) {
        public AllocatedWorker toWorker() {
            return new AllocatedWorker(name, team);
        }
    }

    private Bodies() {
    }
}
