package vn.atgt.thidua.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.atgt.thidua.campaign.CampaignService;
import vn.atgt.thidua.campaign.ParticipantView;
import vn.atgt.thidua.campaign.TaskAreaView;
import vn.atgt.thidua.common.format.Formats;
import vn.atgt.thidua.common.format.VietnameseNumbers;
import vn.atgt.thidua.registration.TargetRules;
import vn.atgt.thidua.report.Completion;
import vn.atgt.thidua.report.Outcome;
import vn.atgt.thidua.report.QuotableNarrative;
import vn.atgt.thidua.report.ReportNarratives;
import vn.atgt.thidua.report.ReportProgress;
import vn.atgt.thidua.report.TargetProgressRow;

/**
 * The results per task area against the targets, from the report module's door: for each suggested indicator (the
 * office's common indicators, which can be added up over units) the sum of the targets approved, the sum of what the
 * accepted reports add up to, the completion, and how many units are ahead (reached, exceeded, within the limit, done)
 * or behind; and the highlights the office picked from the units' accepted narratives, each quoted with its unit and
 * period. Figures are the accepted reports' values added up (the report module's {@link ReportProgress}, a few SQL
 * statements whatever the number of units: every approved target with its value): of the periods within a six-month
 * report's dates, of every period for the year-end one (the value the report module keeps per target). The rows are
 * grouped once by task area (and unit, for the annex), so that the work grows with the targets, not with units ×
 * targets.
 */
@Component
class ResultsSection {

	private final ReportProgress progress;
	private final CampaignService campaigns;
	private final ReportNarratives narratives;

	ResultsSection(ReportProgress progress, CampaignService campaigns, ReportNarratives narratives) {
		this.progress = progress;
		this.campaigns = campaigns;
		this.narratives = narratives;
	}

	/** An indicator's figures summed over the units that chose it. */
	private record IndicatorSum(String name, String unit, BigDecimal target, BigDecimal done, int ahead, int behind) {

		IndicatorSum plus(TargetProgressRow p) {
			Outcome outcome = outcome(p);
			return new IndicatorSum(name, unit, add(target, p.targetValue()), add(done, p.cumulativeValue()),
					ahead + (outcome != null && outcome.isSuccess() ? 1 : 0),
					behind + (outcome != null && !outcome.isSuccess() ? 1 : 0));
		}

		private static BigDecimal add(BigDecimal a, BigDecimal b) {
			return b == null ? a : a.add(b);
		}
	}

	/** How many targets, how many reached or exceeded, how many behind (the rest have no accepted report). */
	private record Tally(int targets, int ahead, int behind) {

		static Tally of(List<TargetProgressRow> rows) {
			int ahead = 0;
			int behind = 0;
			for (TargetProgressRow row : rows) {
				Outcome outcome = outcome(row);
				ahead += outcome != null && outcome.isSuccess() ? 1 : 0;
				behind += outcome != null && !outcome.isSuccess() ? 1 : 0;
			}
			return new Tally(rows.size(), ahead, behind);
		}

		int missing() {
			return targets - ahead - behind;
		}
	}

	SectionContent results(SummaryScope scope) {
		Long campaignId = scope.campaign().id();
		List<TargetProgressRow> progress = progress(scope);
		Map<Long, List<TargetProgressRow>> byArea = progress.stream()
			.collect(Collectors.groupingBy(r -> Objects.requireNonNullElse(r.taskAreaId(), 0L)));
		List<String> lines = new ArrayList<>();
		if (scope.kind() == SummaryKind.SIX_MONTH) {
			lines.add("Kết quả thực hiện từ ngày " + Formats.DATE.format(scope.from()) + " đến ngày "
					+ Formats.DATE.format(scope.to()) + " (theo các báo cáo đã được duyệt của các kỳ trong thời gian này), so "
					+ "với chỉ tiêu đăng ký cả năm:");
		}
		List<List<String>> rows = new ArrayList<>();
		for (TaskAreaView area : campaigns.taskAreas(campaignId)) {
			List<TargetProgressRow> ofArea = byArea.getOrDefault(area.id(), List.of());
			Tally tally = Tally.of(ofArea);
			lines.add("Nội dung " + area.number() + " (" + area.title() + "): " + tally.targets() + " chỉ tiêu, "
					+ tally.ahead() + " chỉ tiêu đạt và vượt, " + tally.behind() + " chỉ tiêu chưa đạt"
					+ (tally.missing() > 0 ? ", " + tally.missing() + " chỉ tiêu chưa có báo cáo được duyệt" : "") + ".");
			for (IndicatorSum sum : sums(ofArea)) {
				BigDecimal percent = Completion.percent(sum.done(), sum.target());
				rows.add(List.of(Integer.toString(area.number()), sum.name(), sum.unit() == null ? "" : sum.unit(),
						VietnameseNumbers.format(sum.target()), VietnameseNumbers.format(sum.done()),
						percent == null ? "—" : VietnameseNumbers.format(percent) + "%", Integer.toString(sum.ahead()),
						Integer.toString(sum.behind())));
			}
		}
		SectionTable table = rows.isEmpty() ? null
				: new SectionTable(List.of("Nội dung", "Chỉ tiêu", "Đơn vị tính", "Đăng ký", "Thực hiện", "Tỷ lệ",
						"Số đơn vị đạt", "Số đơn vị chưa đạt"), rows);
		if (progress.isEmpty()) {
			lines.add("Chưa có chỉ tiêu thi đua nào được phê duyệt.");
		}
		return new SectionContent(String.join("\n", lines), table);
	}

	/**
	 * Every approved target with what the accepted reports add up to: of the report's periods for a six-month report,
	 * of all of them for the year-end one.
	 */
	private List<TargetProgressRow> progress(SummaryScope scope) {
		Long campaignId = scope.campaign().id();
		return scope.kind() == SummaryKind.SIX_MONTH ? progress.progress(campaignId, scope.from(), scope.to())
				: progress.progress(campaignId);
	}

	/**
	 * The annex's results by unit and task area: for each participating unit (in the campaign's order) and task area
	 * it has targets in, the number of targets, those reached or exceeded, those behind and those without an accepted
	 * report.
	 */
	List<List<Object>> byUnit(SummaryScope scope) {
		Long campaignId = scope.campaign().id();
		Map<Long, Map<Long, List<TargetProgressRow>>> byUnit = progress(scope).stream()
			.collect(Collectors.groupingBy(TargetProgressRow::unitId,
					Collectors.groupingBy(r -> Objects.requireNonNullElse(r.taskAreaId(), 0L))));
		List<TaskAreaView> areas = campaigns.taskAreas(campaignId);
		List<List<Object>> rows = new ArrayList<>();
		for (ParticipantView unit : campaigns.participants(campaignId)) {
			Map<Long, List<TargetProgressRow>> ofUnit = byUnit.getOrDefault(unit.unitId(), Map.of());
			for (TaskAreaView area : areas) {
				List<TargetProgressRow> of = ofUnit.getOrDefault(area.id(), List.of());
				if (!of.isEmpty()) {
					Tally tally = Tally.of(of);
					rows.add(List.of(rows.size() + 1, unit.unitName(), area.number() + ". " + area.title(),
							tally.targets(), tally.ahead(), tally.behind(), tally.missing()));
				}
			}
		}
		return rows;
	}

	/** The suggested indicators of these targets with their sums; percentages are not summed. */
	private static Collection<IndicatorSum> sums(List<TargetProgressRow> targets) {
		Map<Long, IndicatorSum> sums = new LinkedHashMap<>();
		for (TargetProgressRow t : targets) {
			if (t.suggestedIndicatorId() != null && !t.isMilestone() && !TargetRules.isPercent(t.unitOfMeasure())
					&& t.targetValue() != null) {
				sums.computeIfAbsent(t.suggestedIndicatorId(),
						k -> new IndicatorSum(t.indicatorName(), t.unitOfMeasure(), BigDecimal.ZERO, BigDecimal.ZERO, 0, 0));
				sums.computeIfPresent(t.suggestedIndicatorId(), (k, s) -> s.plus(t));
			}
		}
		return sums.values();
	}

	private static Outcome outcome(TargetProgressRow row) {
		return row == null || row.acceptedReports() == 0 && !row.isMilestone() ? null : row.outcome();
	}

	/**
	 * The highlights chosen, each quoted with its unit and period, in the order of periods and units: those still
	 * accepted, read by id (one statement, however many narratives the campaign has).
	 */
	SectionContent highlights(SummaryScope scope, Collection<Long> chosen) {
		if (chosen.isEmpty()) {
			return SectionContent.text("Văn phòng thường trực chưa chọn kết quả nổi bật từ báo cáo của các đơn vị.");
		}
		List<String> lines = new ArrayList<>();
		for (QuotableNarrative n : narratives.chosen(scope.campaign().id(), chosen)) {
			lines.add(n.unitName() + " (" + Texts.lowerFirst(n.periodName()) + "): \u201C" + n.text() + "\u201D");
		}
		return SectionContent.text(String.join("\n", lines));
	}
}
