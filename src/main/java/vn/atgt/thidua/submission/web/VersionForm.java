package vn.atgt.thidua.submission.web;

import jakarta.validation.constraints.NotNull;

/** A button on a sending (receive, accept): only the version the page showed. */
record VersionForm(@NotNull(message = "{validation.staleForm}") Long version) {
}
