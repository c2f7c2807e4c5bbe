package vn.atgt.thidua.summary.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import vn.atgt.thidua.summary.SummaryCommand;
import vn.atgt.thidua.summary.SummaryKind;

/** The forms of the summary pages: small records bound by Spring; the rules are the door's. */
final class SummaryForms {

	private SummaryForms() {
	}

	/** A new report: its kind and, for a six-month one, the range of reporting periods. */
	record CreateForm(@NotNull(message = "{summary.kind.required}") SummaryKind kind, Long firstPeriodId,
			Long lastPeriodId) {

		static CreateForm empty() {
			return new CreateForm(SummaryKind.SIX_MONTH, null, null);
		}

		SummaryCommand toCommand() {
			return new SummaryCommand(kind, firstPeriodId, lastPeriodId);
		}
	}

	/** The office's text of a section, with the report's version as the page showed it. */
	record SectionForm(String text, long version) {
	}

	/** The narratives chosen as highlights. */
	record HighlightsForm(List<Long> narrativeIds, long version) {

		HighlightsForm {
			narrativeIds = narrativeIds == null ? List.of() : List.copyOf(narrativeIds);
		}
	}

	/** A button of the report page (refresh the figures, finalise): the version shown, and for a refresh whether to
	 * overwrite the office's edited texts. */
	record ButtonForm(long version, Boolean overwrite) {

		/** True when the office asked to replace its edited texts too (unset means no). */
		boolean replaceEdits() {
			return Boolean.TRUE.equals(overwrite);
		}
	}
}
