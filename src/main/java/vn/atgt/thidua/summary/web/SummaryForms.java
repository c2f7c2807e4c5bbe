package vn.atgt.thidua.summary.web;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.atgt.thidua.summary.HighlightFilter;
import vn.atgt.thidua.summary.SummaryCommand;
import vn.atgt.thidua.summary.SummaryKind;
import vn.atgt.thidua.summary.SummaryPage;

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

	/**
	 * The narratives chosen as highlights, with the picker's filter as the page showed it (to come back to it) and
	 * the page to go to after saving ({@code go}: the picker's "previous" and "next" buttons save the choice first).
	 */
	record HighlightsForm(List<Long> narrativeIds, long version, Long area, Long period, String unit, String text,
			Integer page, Integer go) {

		HighlightsForm {
			narrativeIds = narrativeIds == null ? List.of() : List.copyOf(narrativeIds);
		}

		static HighlightsForm of(SummaryPage page) {
			HighlightFilter f = page.picker() == null ? HighlightFilter.NONE : page.picker().filter();
			return new HighlightsForm(page.report().highlights().stream().toList(), page.report().version(),
					f.taskAreaId(), f.periodId(), f.unit(), f.text(), f.page(), null);
		}

		PickerForm picker() {
			return new PickerForm(area, period, unit, text, go != null ? go : page);
		}
	}

	/**
	 * The highlight picker's filter, from the page's query: a task area, a period, words of the unit's name and of the
	 * text, the page. A value that does not parse is no filter (a link edited by hand shows the first page unfiltered).
	 */
	record PickerForm(Long area, Long period, String unit, String text, Integer page) {

		HighlightFilter toFilter(BindingResult result) {
			return new HighlightFilter(valid(result, "area", area), valid(result, "period", period), unit, text,
					page == null || result.hasFieldErrors("page") ? 1 : page);
		}

		private static Long valid(BindingResult result, String field, Long value) {
			return result.hasFieldErrors(field) ? null : value;
		}

		/** The query parameters to come back to this filter (those set only). */
		void addTo(RedirectAttributes redirect) {
			if (area != null) {
				redirect.addAttribute("area", area);
			}
			if (period != null) {
				redirect.addAttribute("period", period);
			}
			if (unit != null && !unit.isBlank()) {
				redirect.addAttribute("unit", unit.strip());
			}
			if (text != null && !text.isBlank()) {
				redirect.addAttribute("text", text.strip());
			}
			if (page != null && page > 1) {
				redirect.addAttribute("page", page);
			}
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
