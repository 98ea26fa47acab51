package uk.lantern.simulator.city;

/** Someone the child was with; phone and vehicle registration may be unknown. */
public record Associate(String name, String phone, String vehicleRegistration) {
}
