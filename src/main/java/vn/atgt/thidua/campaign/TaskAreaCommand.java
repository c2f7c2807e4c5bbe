package vn.atgt.thidua.campaign;

/** What the standing office enters for a task area. */
public record TaskAreaCommand(String title, String description) {
}
