package uk.lantern.simulator.city;

/** Someone who records a step: a police officer, a carer, a missing persons coordinator. */
public record Professional(String name, String role, String organisation) {
}
