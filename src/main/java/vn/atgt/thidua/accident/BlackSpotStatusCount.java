package vn.atgt.thidua.accident;

/** How many points of a committee's register stand in one status of their treatment (one SQL aggregate). */
public record BlackSpotStatusCount(BlackSpotStatus status, long count) {
}
