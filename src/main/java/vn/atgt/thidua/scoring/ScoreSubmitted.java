package vn.atgt.thidua.scoring;

/** Published within the transaction of the step, for the modules that follow units' scores (notifications). */
public record ScoreSubmitted(Long campaignId, Long unitId, Long scoreId, String username) {
}
