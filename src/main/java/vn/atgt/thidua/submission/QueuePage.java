package vn.atgt.thidua.submission;

import java.util.List;

import org.springframework.data.domain.Page;

import vn.atgt.thidua.unit.CommitteeSummary;

/**
 * The parent office's queue of what arrived from its children (or, {@code sent}, what the committee sent upward):
 * a page of rows, the child committees for the filter, the committee's parent (null at the top).
 */
public record QueuePage(boolean sent, Page<SubmissionRow> rows, List<CommitteeSummary> children, String parentName) {
}
