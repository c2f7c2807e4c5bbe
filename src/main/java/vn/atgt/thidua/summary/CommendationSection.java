package vn.atgt.thidua.summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import vn.atgt.thidua.commendation.NomineeKind;
import vn.atgt.thidua.commendation.ProposalQueries;
import vn.atgt.thidua.commendation.ProposalRow;
import vn.atgt.thidua.commendation.ProposalStatus;
import vn.atgt.thidua.common.security.CurrentUser;

/**
 * The commendation proposals and decisions, from the commendation module's door (its list of proposals, every unit):
 * how many collectives and individuals the units proposed, where the proposals stand (received, approved by the
 * council, forwarded, decided, refused), the decisions by number with what they award, and the list of nominees. A
 * draft or a returned proposal is the unit's, not yet a proposal: it is not counted.
 */
@Component
class CommendationSection {

	private final ProposalQueries proposals;

	CommendationSection(ProposalQueries proposals) {
		this.proposals = proposals;
	}

	SectionContent draft(CurrentUser user, SummaryScope scope) {
		return compose(proposed(user, scope));
	}

	/** The campaign's proposals sent to the office, by unit then nominee (the XLSX lists them too). */
	List<ProposalRow> proposed(CurrentUser user, SummaryScope scope) {
		return proposals.listPage(user, scope.campaign().id(), null, Pageable.unpaged()).proposals().getContent()
			.stream().filter(p -> !p.status().editable()).toList();
	}

	static SectionContent compose(List<ProposalRow> proposed) {
		if (proposed.isEmpty()) {
			return SectionContent.text("Chưa có đơn vị nào gửi đề nghị khen thưởng.");
		}
		long collectives = proposed.stream().filter(p -> p.kind() == NomineeKind.COLLECTIVE).count();
		List<String> lines = new ArrayList<>();
		lines.add("Các đơn vị đã đề nghị khen thưởng " + collectives + " tập thể và " + (proposed.size() - collectives)
				+ " cá nhân có thành tích xuất sắc trong phong trào.");
		Map<ProposalStatus, Integer> counts = new EnumMap<>(ProposalStatus.class);
		proposed.forEach(p -> counts.merge(p.status(), 1, Integer::sum));
		List<String> stands = new ArrayList<>();
		counts.forEach((status, count) -> stands.add(count + " " + standing(status)));
		lines.add("Kết quả xét duyệt: " + String.join(", ", stands) + ".");
		Map<String, List<ProposalRow>> decisions = new LinkedHashMap<>();
		proposed.stream().filter(p -> p.status() == ProposalStatus.DECIDED)
			.forEach(p -> decisions.computeIfAbsent(p.decisionNumber() == null ? "" : p.decisionNumber(),
					k -> new ArrayList<>()).add(p));
		decisions.forEach((number, awarded) -> {
			long c = awarded.stream().filter(p -> p.kind() == NomineeKind.COLLECTIVE).count();
			Set<String> forms = new LinkedHashSet<>(awarded.stream().map(ProposalRow::awardFormName).toList());
			lines.add((number.isEmpty() ? "Quyết định khen thưởng" : "Quyết định số " + number) + ": khen thưởng "
					+ (c > 0 ? c + " tập thể" : "") + (c > 0 && awarded.size() > c ? " và " : "")
					+ (awarded.size() > c ? (awarded.size() - c) + " cá nhân" : "") + " (" + String.join(", ", forms) + ").");
		});
		List<List<String>> rows = new ArrayList<>();
		for (ProposalRow p : proposed) {
			rows.add(List.of(Integer.toString(rows.size() + 1), p.nomineeName(),
					p.kind() == NomineeKind.COLLECTIVE ? "Tập thể" : "Cá nhân", p.unitName(), p.awardFormName(),
					result(p.status()), p.decisionNumber() == null ? "" : p.decisionNumber()));
		}
		return new SectionContent(String.join("\n", lines), new SectionTable(List.of("STT", "Tập thể, cá nhân", "Loại",
				"Đơn vị đề nghị", "Hình thức khen thưởng", "Kết quả", "Số quyết định"), rows));
	}

	/** How many stand there, in the report's words: "3 hồ sơ đang chờ tiếp nhận". */
	private static String standing(ProposalStatus status) {
		return switch (status) {
			case SUBMITTED -> "hồ sơ đang chờ Văn phòng thường trực tiếp nhận";
			case ACCEPTED, PUBLISHED -> "hồ sơ đã tiếp nhận, đang xét";
			case APPROVED -> "hồ sơ được Hội đồng thống nhất đề nghị";
			case REJECTED -> "hồ sơ không được Hội đồng đề nghị";
			case FORWARDED -> "hồ sơ đã trình cấp có thẩm quyền quyết định";
			case DECIDED -> "trường hợp đã có quyết định khen thưởng";
			case NOT_AWARDED -> "trường hợp không được khen thưởng";
			case DRAFT, RETURNED -> "hồ sơ chưa gửi";
		};
	}

	/** The table's "Kết quả" cell. */
	static String result(ProposalStatus status) {
		return switch (status) {
			case SUBMITTED -> "Chờ tiếp nhận";
			case ACCEPTED, PUBLISHED -> "Đang xét";
			case APPROVED -> "Hội đồng đề nghị";
			case REJECTED -> "Không đề nghị";
			case FORWARDED -> "Đã trình cấp quyết định";
			case DECIDED -> "Đã khen thưởng";
			case NOT_AWARDED -> "Không được khen thưởng";
			case DRAFT, RETURNED -> "Chưa gửi";
		};
	}
}
