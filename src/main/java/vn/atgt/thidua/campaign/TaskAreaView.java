package vn.atgt.thidua.campaign;

/** A focus task area (nhiệm vụ trọng tâm) of a campaign, numbered from 1 in the plan's order. */
public record TaskAreaView(Long id, int number, String title, String description, long version) {
}
