package vn.atgt.thidua.scoring;

/** What the access policy needs to know of a unit's score: whose it is, in which campaign, and where it stands. */
public record ScoreScope(Long scoreId, Long campaignId, Long unitId, ScoreStatus status) {
}
