package vn.atgt.thidua.registration;

/**
 * What a registration belongs to, as the access policy sees it: the campaign and the unit. It is the one argument
 * every check of {@link RegistrationAccess} takes, so that a later owner field (the committee of the campaign) is
 * added here and in the policy, not in every caller.
 */
public record RegistrationScope(Long campaignId, Long unitId) {
}
