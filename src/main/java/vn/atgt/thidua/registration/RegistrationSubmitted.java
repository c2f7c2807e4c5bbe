package vn.atgt.thidua.registration;

/** Published when a unit's registration was submitted (in the same transaction); {@code actor} is the user name. */
public record RegistrationSubmitted(Long campaignId, Long unitId, Long registrationId, String actor) {
}
