package vn.atgt.thidua.commendation;

import java.time.Instant;

/** A comment of the public on a published nominee, as the office reads it on the proposal's page. */
public record NomineeCommentRow(String authorName, String contact, String body, Instant createdAt) {
}
