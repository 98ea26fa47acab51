package uk.lantern.simulator.city;

/** A child's allocated social worker and their team, as the services take them ({@code {name, team}}). */
public record AllocatedWorker(String name, String team) {
}
