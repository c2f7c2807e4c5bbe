package vn.atgt.thidua.registration;

/**
 * Published when the standing office reopened a unit's registration (in the same transaction), with
 * the reason it gave; {@code actor} is the user name.
 */
public record RegistrationReopened(Long campaignId, Long unitId, Long registrationId, String actor, String reason) {
}
