package vn.atgt.thidua.registration;

/** Published when a unit's registration was approved (in the same transaction); {@code actor} is the user name. */
public record RegistrationApproved(Long campaignId, Long unitId, Long registrationId, String actor) {
}
