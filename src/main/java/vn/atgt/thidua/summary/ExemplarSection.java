package vn.atgt.thidua.summary;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.common.security.CurrentUser;
import vn.atgt.thidua.exemplar.ExemplarKind;
import vn.atgt.thidua.exemplar.ExemplarService;
import vn.atgt.thidua.exemplar.RecognisedExemplar;

/**
 * The exemplary models and their replication, from the exemplar module's door: the models the office recognised, by
 * kind, how many were replicated and where in all, the most replicated named, and a table of them. The exemplar
 * module keeps no date of recognition its door gives, so a six-month report counts those recognised so far.
 */
@Component
class ExemplarSection {

	private static final int NAMED = 3;

	private final ExemplarService exemplars;

	ExemplarSection(ExemplarService exemplars) {
		this.exemplars = exemplars;
	}

	SectionContent draft(CurrentUser user, SummaryScope scope) {
		return compose(exemplars.recognised(user, scope.campaign().id(), null));
	}

	/** The section's text and table from the recognised exemplars, most replicated first. */
	static SectionContent compose(List<RecognisedExemplar> recognised) {
		if (recognised.isEmpty()) {
			return SectionContent.text("Chưa có mô hình, điển hình tiên tiến nào được công nhận.");
		}
		List<String> kinds = new ArrayList<>();
		for (ExemplarKind kind : ExemplarKind.values()) {
			long count = recognised.stream().filter(e -> e.kind() == kind).count();
			if (count > 0) {
				kinds.add(count + " " + Texts.lowerFirst(kindWord(kind)));
			}
		}
		long replicated = recognised.stream().filter(e -> e.replications() > 0).count();
		long places = recognised.stream().mapToLong(RecognisedExemplar::replications).sum();
		List<String> lines = new ArrayList<>();
		lines.add("Các đơn vị đã xây dựng " + recognised.size() + " mô hình, điển hình tiên tiến được Văn phòng thường trực "
				+ "công nhận (" + String.join(", ", kinds) + ")"
				+ (replicated == 0 ? "; chưa có mô hình nào được nhân rộng."
						: ", trong đó " + replicated + " mô hình được nhân rộng tại tổng cộng " + places + " đơn vị."));
		List<String> named = recognised.stream().filter(e -> e.replications() > 0).limit(NAMED)
			.map(e -> name(e) + " của " + e.unitName() + " (nhân rộng tại " + e.replications() + " đơn vị)").toList();
		if (!named.isEmpty()) {
			lines.add("Tiêu biểu: " + String.join("; ", named) + ".");
		}
		List<List<String>> rows = new ArrayList<>();
		for (RecognisedExemplar e : recognised) {
			rows.add(List.of(Integer.toString(rows.size() + 1),
					e.personName() == null || e.personName().isBlank() ? e.title() : e.title() + " (" + e.personName() + ")",
					kindWord(e.kind()), e.unitName(),
					Long.toString(e.replications())));
		}
		return new SectionContent(String.join("\n", lines), new SectionTable(
				List.of("STT", "Mô hình, điển hình", "Loại", "Đơn vị", "Số đơn vị nhân rộng"), rows));
	}

	/** "Cổng trường an toàn giao thông", or for a good deed "Nguyễn Văn A: Cứu người bị nạn". */
	private static String name(RecognisedExemplar e) {
		String title = "\u201C" + e.title() + "\u201D";
		return e.personName() == null || e.personName().isBlank() ? "mô hình " + title : e.personName() + " với " + title;
	}

	static String kindWord(ExemplarKind kind) {
		return switch (kind) {
			case COLLECTIVE_MODEL -> "Mô hình tập thể";
			case GOOD_DEED -> "Gương người tốt, việc tốt";
			case PRACTICE -> "Cách làm hay";
		};
	}
}
