package uk.lantern.simulator.city;

/**
 * Someone the child was with; phone and vehicle registration may be unknown. {@code adult}: the adults who turn up
 * with several children are recorded as adults, a friend as not one.
 */
public record Associate(String name, String phone, String vehicleRegistration, boolean adult) {
}
